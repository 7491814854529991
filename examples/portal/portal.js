// The portal's own code: it shows what the component hands over. A real portal would
// send `detail.answers` to its case system instead, or let the form post them.
import { showInEnglish } from './english.js';
import { titleFollows } from './page-title.js';

const screening = document.querySelector('#screening');
const params = new URLSearchParams(window.location.search);
if (params.get('mode') === 'caseworker') screening.setAttribute('mode', 'caseworker');
if (params.has('flow')) screening.setAttribute('flow', params.get('flow'));
if (params.get('theme') === 'alternative') document.documentElement.classList.add('theme-alternative');
if (params.get('lang') === 'en') {
  showInEnglish();
  screening.setAttribute('lang', 'en');
  // The municipality's own words in the contact are its to translate, as the page's are.
  const contact = { ...JSON.parse(screening.getAttribute('contact')), organisation: 'Eksempelby Job Centre', hours: 'Monday to Friday 9-12' };
  screening.setAttribute('contact', JSON.stringify(contact));
}
titleFollows(screening);

screening.addEventListener('rummelig-submit', (event) => {
  const { answers, result } = event.detail;
  document.querySelector('#sent-json').textContent = JSON.stringify({ answers, result }, null, 2);
  document.querySelector('#sent').hidden = false;
});

// The native form: it submits only when the screening is complete, with the answers under the element's name.
document.querySelector('#portal-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const posted = Object.fromEntries(new FormData(event.target));
  document.querySelector('#posted-json').textContent = JSON.stringify(posted, null, 2);
});
