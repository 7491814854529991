// The portal's own code for the schemes' check: it shows what the component hands over.
const check = document.querySelector('#check');
const params = new URLSearchParams(window.location.search);
if (params.get('lang') === 'en') {
  document.documentElement.lang = 'en';
  check.setAttribute('lang', 'en');
}
if (params.has('schemes')) check.setAttribute('schemes', params.get('schemes'));

check.addEventListener('rummelig-submit', (event) => {
  const { answers, results } = event.detail;
  document.querySelector('#sent-json').textContent = JSON.stringify({ answers, results }, null, 2);
  document.querySelector('#sent').hidden = false;
});
