// The page's title says where the citizen is, as GOV.UK's pattern asks: each page of the steps flow, and the page a
// kept draft brought back as the element started, which this script, loaded after the bundle, did not hear of.
export function titleFollows(element) {
  const baseTitle = document.title;
  const name = (title) => {
    document.title = title ? `${title} – ${baseTitle}` : baseTitle;
  };
  element.addEventListener('rummelig-step', (event) => name(event.detail.title));
  void customElements
    .whenDefined(element.localName)
    .then(() => element.updateComplete)
    .then(() => {
      if (element.currentStep) name(element.currentStep.title);
    });
}
