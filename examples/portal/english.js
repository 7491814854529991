// The portal's own words in English, for ?lang=en. Each element of the page's that says something carries its English
// in `data-en`, `data-en-label` for its aria-label and `data-en-href` for a link to a page's English, so that an English
// page has no Danish that a screen reader would read with English sounds. Text only: the page's policy lets no HTML be
// written.
export function showInEnglish() {
  document.documentElement.lang = 'en';
  for (const element of document.querySelectorAll('[data-en]')) element.textContent = element.dataset.en;
  for (const element of document.querySelectorAll('[data-en-label]')) element.setAttribute('aria-label', element.dataset.enLabel);
  for (const element of document.querySelectorAll('[data-en-href]')) element.setAttribute('href', element.dataset.enHref);
}
