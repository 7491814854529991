// The portal's own code for the schemes' check: it shows what the component hands over.
import { showInEnglish } from './english.js';
import { titleFollows } from './page-title.js';

const check = document.querySelector('#check');
const params = new URLSearchParams(window.location.search);
if (params.get('lang') === 'en') {
  showInEnglish();
  check.setAttribute('lang', 'en');
}
if (params.has('schemes')) check.setAttribute('schemes', params.get('schemes'));
if (params.has('flow')) check.setAttribute('flow', params.get('flow'));
if (params.get('theme') === 'alternative') document.documentElement.classList.add('theme-alternative');

titleFollows(check);

check.addEventListener('rummelig-submit', (event) => {
  const { answers, results } = event.detail;
  document.querySelector('#sent-json').textContent = JSON.stringify({ answers, results }, null, 2);
  document.querySelector('#sent').hidden = false;
});
