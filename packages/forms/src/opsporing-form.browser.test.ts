/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OpsporingAnswers } from '@rummelig/core';
import type { OpsporingSubmitDetail, RummeligOpsporing } from './opsporing-form.js';
// The tests use the single file a portal ships, not the sources.
import '../dist/rummelig-forms.js';

const shadow = (element: RummeligOpsporing): ShadowRoot => element.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(element: RummeligOpsporing, selector: string): T => {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
};
const activeId = (element: RummeligOpsporing): string | undefined => shadow(element).activeElement?.id;

async function tabTo(element: RummeligOpsporing, id: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await sendKeys({ press: 'Tab' });
    if (activeId(element) === id) return;
  }
  throw new Error(`Tab never reached #${id}; focus is on #${activeId(element) ?? 'nothing'}`);
}

async function render(template = html`<rummelig-opsporing></rummelig-opsporing>`): Promise<RummeligOpsporing> {
  const element = await fixture<RummeligOpsporing>(template);
  await element.updateComplete;
  return element;
}

async function submitByClick(element: RummeligOpsporing): Promise<void> {
  $(element, '[part="submit"]').click();
  await waitUntil(() => shadow(element).querySelector('#error-summary, #result-heading') !== null, 'no errors or result after submit');
}

const complete: OpsporingAnswers = {
  form: 'opsporing',
  formVersion: 1,
  impairments: [{ type: 'mental-illness', impact: 'large', score: 9 }],
  impactDescription: 'Jeg har svært ved at møde ind tidligt.',
  medicallyDocumented: true,
  priorCompensationSchemes: false,
  priorLimitation: true,
  caseworker: { citizenWantsVisitation: true, referToVisitation: true },
};

describe('<rummelig-opsporing>', () => {
  it('renders the form in Danish by default and in English with lang="en"', async () => {
    const danish = await render();
    expect($(danish, 'h2').textContent).to.equal('Har du en funktionsnedsættelse med betydning for dine job- og uddannelsesmuligheder?');
    expect($(danish, 'label[for="impairment-vision-hearing"]').textContent).to.equal('Syns- eller hørenedsættelse');
    const english = await render(html`<rummelig-opsporing lang="en"></rummelig-opsporing>`);
    expect($(english, 'h2').textContent).to.equal('Do you have an impairment that affects your job and education prospects?');
    expect($(english, '[part="submit"]').textContent?.trim()).to.equal('Send answers');
  });

  it('shows the caseworker section only with mode="caseworker"', async () => {
    const citizen = await render();
    expect(shadow(citizen).querySelector('#citizen-wants-visitation')).to.equal(null);
    expect(shadow(citizen).textContent).not.to.contain('Udfyldes af sagsbehandler');
    const caseworker = await render(html`<rummelig-opsporing mode="caseworker"></rummelig-opsporing>`);
    expect($(caseworker, '#citizen-wants-visitation legend').textContent).to.equal(
      'Ønsker borger at deltage i en visitationssamtale med en jobformidler?',
    );
    expect($(caseworker, '#refer-to-visitation')).to.exist;
  });

  it('has no axe violations when empty, in either mode', async () => {
    await expect(await render()).to.be.accessible();
    await expect(await render(html`<rummelig-opsporing mode="caseworker"></rummelig-opsporing>`)).to.be.accessible();
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>før</button><rummelig-opsporing></rummelig-opsporing></div>`);
    const element = wrapper.querySelector('rummelig-opsporing') as RummeligOpsporing;
    await element.updateComplete;
    wrapper.querySelector('button')?.focus();

    await tabTo(element, 'impairment-mobility');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    await tabTo(element, 'impact-mobility-none');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#impact-mobility-medium').checked).to.equal(true);

    await tabTo(element, 'impact-description');
    await sendKeys({ type: 'Jeg kan ikke stå op i længere tid.' });
    await tabTo(element, 'medically-documented-yes');
    await sendKeys({ press: 'Space' });
    await tabTo(element, 'prior-compensation-schemes-yes');
    await sendKeys({ press: 'ArrowRight' });
    await tabTo(element, 'prior-limitation-yes');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;

    const submitted = oneEvent(element, 'rummelig-submit');
    await tabTo(element, '');
    expect(shadow(element).activeElement?.getAttribute('part')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await submitted) as CustomEvent<OpsporingSubmitDetail>;

    expect(detail.answers).to.deep.equal({
      form: 'opsporing',
      formVersion: 1,
      impairments: [{ type: 'mobility', impact: 'medium' }],
      impactDescription: 'Jeg kan ikke stå op i længere tid.',
      medicallyDocumented: true,
      priorCompensationSchemes: false,
      priorLimitation: true,
    });
    // The citizen cannot answer the caseworker's questions, so criterion b is still open.
    expect(detail.result.recommendation).to.equal('undetermined');
    expect(detail.result.criteria.map((criterion) => `${criterion.id}:${criterion.status}`)).to.deep.equal([
      'a:met',
      'b:unknown',
      'c:not-met',
      'd:met',
    ]);
    await waitUntil(() => activeId(element) === 'result-heading', 'focus did not move to the result');
    await expect(element).to.be.accessible();
  });

  it('lets a caseworker complete a prefilled screening with the keyboard and get a referral', async () => {
    const element = await render(html`<rummelig-opsporing mode="caseworker"></rummelig-opsporing>`);
    const { caseworker: _omitted, ...citizenPart } = complete;
    element.answers = citizenPart;
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#impact-mental-illness-large').checked).to.equal(true);
    expect($<HTMLSelectElement>(element, '#score-mental-illness').value).to.equal('9');

    $(element, '#prior-limitation-yes').focus();
    await tabTo(element, 'citizen-wants-visitation-yes');
    await sendKeys({ press: 'Space' });
    await tabTo(element, 'refer-to-visitation-yes');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    const submitted = oneEvent(element, 'rummelig-submit');
    $(element, '[part="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = (await submitted) as CustomEvent<OpsporingSubmitDetail>;
    expect(detail.answers).to.deep.equal(complete);
    expect(detail.result.recommendation).to.equal('refer');
    expect(detail.result.decision).to.equal('refer');
    expect(detail.result.warnings).to.deep.equal([]);
  });

  it('shows an error summary that takes focus and links to each field, with the message by the field', async () => {
    const element = await render();
    await submitByClick(element);
    await waitUntil(() => activeId(element) === 'error-summary', 'the error summary did not take focus');
    const links = [...shadow(element).querySelectorAll<HTMLAnchorElement>('#error-summary a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      '#impairments',
      '#medically-documented',
      '#prior-compensation-schemes',
      '#prior-limitation',
    ]);
    expect(links[0]?.textContent).to.equal(
      'Sæt kryds ved dine funktionsnedsættelser, eller ved at du ikke har en funktionsnedsættelse.',
    );
    expect($(element, '#impairments-error').textContent).to.contain(links[0]?.textContent ?? '');
    expect($(element, '#impairments').getAttribute('aria-describedby')).to.contain('impairments-error');
    await expect(element).to.be.accessible();

    links[0]?.click();
    expect(activeId(element)).to.equal('impairment-mobility');
  });

  it('asks for the impact of a ticked row, the description of "Andet" and the elaboration', async () => {
    const element = await render();
    $(element, '#impairment-adhd').click();
    $(element, '#impairment-other').click();
    await element.updateComplete;
    $(element, '#impact-other-small').click();
    await submitByClick(element);
    const fields = [...shadow(element).querySelectorAll('#error-summary a')].map((link) => link.getAttribute('href'));
    expect(fields).to.deep.equal([
      '#impact-adhd',
      '#description-other',
      '#impact-description',
      '#medically-documented',
      '#prior-compensation-schemes',
      '#prior-limitation',
    ]);
    expect($(element, '#impact-adhd-none').getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('shows the contract’s errors, such as a CPR number that is not a date, in Danish by the field', async () => {
    const element = await render();
    const cpr = $<HTMLInputElement>(element, '#cpr');
    cpr.value = '320190-1234';
    cpr.dispatchEvent(new Event('input'));
    await submitByClick(element);
    expect($(element, '#cpr-error').textContent).to.contain('CPR-nummeret');
    expect(cpr.getAttribute('aria-invalid')).to.equal('true');
  });

  it('makes "Jeg har ikke en funktionsnedsættelse" and the rows exclude each other', async () => {
    const element = await render();
    $(element, '#impairment-autism').click();
    await element.updateComplete;
    $(element, '#impact-autism-small').click();
    $(element, '#no-impairment').click();
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#impairment-autism').checked).to.equal(false);
    expect(element.answers).to.deep.equal({ form: 'opsporing', formVersion: 1, noImpairment: true });
    $(element, '#impairment-autism').click();
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#no-impairment').checked).to.equal(false);
    expect(element.answers.noImpairment).to.equal(undefined);
  });

  it('sets the impact from the 0-10 helper scale', async () => {
    const element = await render();
    $(element, '#impairment-brain-injury').click();
    await element.updateComplete;
    const score = $<HTMLSelectElement>(element, '#score-brain-injury');
    score.value = '3';
    score.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#impact-brain-injury-small').checked).to.equal(true);
    expect(element.answers.impairments).to.deep.equal([{ type: 'brain-injury', impact: 'small', score: 3 }]);
  });

  it('takes part in a native form: its answers as JSON under its name, and an incomplete screening blocks submit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><rummelig-opsporing name="screening"></rummelig-opsporing></form>`);
    const element = form.querySelector('rummelig-opsporing') as RummeligOpsporing;
    await waitUntil(() => !form.checkValidity(), 'an empty screening should make the form invalid');
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits += 1;
    });
    form.requestSubmit();
    expect(submits).to.equal(0);

    element.answers = complete;
    await waitUntil(() => form.checkValidity(), 'a complete screening should make the form valid');
    expect(JSON.parse(String(new FormData(form).get('screening')))).to.deep.equal({ ...complete, caseworker: complete.caseworker });
    form.requestSubmit();
    expect(submits).to.equal(1);

    form.reset();
    await element.updateComplete;
    expect(element.answers).to.deep.equal({ form: 'opsporing', formVersion: 1 });
  });

  it('makes no network request of its own', async () => {
    const requests: string[] = [];
    const originalFetch = window.fetch;
    const originalOpen = XMLHttpRequest.prototype.open;
    window.fetch = (input, init) => {
      requests.push(String(input));
      return originalFetch(input, init);
    };
    XMLHttpRequest.prototype.open = function open(this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
      requests.push(String(args[1]));
      return originalOpen.apply(this, args as Parameters<typeof originalOpen>);
    } as XMLHttpRequest['open'];
    const resourcesBefore = performance.getEntriesByType('resource').length;
    try {
      const element = await render(html`<rummelig-opsporing mode="caseworker"></rummelig-opsporing>`);
      element.answers = complete;
      await element.updateComplete;
      await submitByClick(element);
      expect(requests).to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
    } finally {
      window.fetch = originalFetch;
      XMLHttpRequest.prototype.open = originalOpen;
    }
  });
});
