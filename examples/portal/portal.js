// The portal's own code: it shows what the component hands over. A real portal would
// send `detail.answers` to its case system instead.
const form = document.querySelector('#screening');
const params = new URLSearchParams(window.location.search);
if (params.get('mode') === 'caseworker') form.setAttribute('mode', 'caseworker');
if (params.get('lang') === 'en') {
  document.documentElement.lang = 'en';
  form.setAttribute('lang', 'en');
}

form.addEventListener('rummelig-submit', (event) => {
  const { answers, result } = event.detail;
  const sent = document.querySelector('#sent');
  document.querySelector('#sent-json').textContent = JSON.stringify({ answers, result }, null, 2);
  sent.hidden = false;
});
