/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, activeId, pressSubmit, requestsDuring, shadow, submitByClick, summaryLinks, tabTo, tick, type } from './browser-test-helpers.js';
import { TYPING_PAUSE_MS } from './typing-announcer.js';
import { COMPLETE_OPSPORING } from './test-answers.js';
import type { OpsporingSubmitDetail, RummeligOpsporing } from './opsporing-form.js';
// The tests use the single file a portal ships, not the sources.
import '../dist/rummelig-forms.js';

async function render(template = html`<rummelig-opsporing></rummelig-opsporing>`): Promise<RummeligOpsporing> {
  const element = await fixture<RummeligOpsporing>(template);
  await element.updateComplete;
  return element;
}

const complete = COMPLETE_OPSPORING;

describe('<rummelig-opsporing>', () => {
  describe('language', () => {
    it('renders the form in Danish by default, with the texts of the screening model', async () => {
      const element = await render();
      expect($(element, 'h2').textContent).to.equal('Har du en funktionsnedsættelse med betydning for dine job- og uddannelsesmuligheder?');
      expect($(element, 'label[for="impairment-vision-hearing"]').textContent).to.equal('Syns- eller hørenedsættelse');
      expect($(element, 'label[for="no-impairment"]').textContent).to.equal('Jeg har ikke en funktionsnedsættelse');
      expect($(element, '#prior-limitation legend').textContent).to.equal(
        'Har du tidligere oplevet, at din funktionsnedsættelse har begrænset dine job-/uddannelsesmuligheder eller været årsag til længerevarende sygemeldinger?',
      );
      expect($(element, '[part="submit"]').textContent?.trim()).to.equal('Send svar');
      expect(shadow(element).querySelectorAll('input[type="checkbox"][id^="impairment-"]')).to.have.length(11);
      expect($(element, 'div[lang]').getAttribute('lang')).to.equal('da');
    });

    it('renders in English with lang="en", and switches when the lang property changes', async () => {
      const element = await render(html`<rummelig-opsporing lang="en"></rummelig-opsporing>`);
      expect($(element, 'h2').textContent).to.equal('Do you have an impairment that affects your job and education prospects?');
      expect($(element, '[part="submit"]').textContent?.trim()).to.equal('Send answers');
      expect($(element, 'div[lang]').getAttribute('lang')).to.equal('en');
      element.lang = 'da';
      await element.updateComplete;
      expect($(element, '[part="submit"]').textContent?.trim()).to.equal('Send svar');
    });

    it('shows the contact text the municipality puts in the contact slot', async () => {
      const element = await render(html`<rummelig-opsporing><p slot="contact">Ring til Jobcenter Eksempelby.</p></rummelig-opsporing>`);
      const slot = $<HTMLSlotElement>(element, 'slot[name="contact"]');
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Ring til Jobcenter Eksempelby.']);
    });
  });

  describe('configured by the municipality', () => {
    it('hides optional questions and reorders the rest by the ui property, without forking', async () => {
      const element = await render();
      element.ui = {
        sections: [
          { id: 'first', title: 'otherConditions', part: 'other-conditions', questions: ['prior-limitation', 'medically-documented', 'prior-compensation-schemes'] },
          { id: 'impairments', questions: ['impairments', 'impact-description'] },
          { id: 'caseworker', title: 'caseworkerSection', questions: ['citizen-wants-visitation', 'refer-to-visitation'] },
        ],
      };
      await element.updateComplete;
      expect(shadow(element).querySelector('#cpr')).to.equal(null);
      const order = [...shadow(element).querySelectorAll('fieldset[id], textarea')].map((node) => node.id);
      expect(order).to.deep.equal(['prior-limitation', 'medically-documented', 'prior-compensation-schemes', 'impairments', 'impact-description']);
      await expect(element).to.be.accessible();
    });

    it('keeps the default layout, and says why, when the configuration would lose a question the rules need', async () => {
      const reported: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => reported.push(args);
      try {
        const element = await render(html`<rummelig-opsporing ui='{"hide":["medically-documented","name"]}'></rummelig-opsporing>`);
        expect($(element, '#medically-documented')).to.exist;
        expect($(element, '#name')).to.exist;
        expect(JSON.stringify(reported)).to.contain('required-question-missing');
      } finally {
        console.error = original;
      }
    });

    it('shows the municipality’s contact details in the opsporingsskema’s own sentence, in the introduction and on the result page', async () => {
      const element = await render(
        html`<rummelig-opsporing
          contact='{"organisation":"Jobcenter Eksempelby","name":"Anna Holm","phone":"+45 12 34 56 78","email":"anna@eksempelby.dk","hours":"kl. 9-12"}'
        ></rummelig-opsporing>`,
      );
      const contact = $(element, '[part="intro"] [part="contact"]');
      expect(contact.querySelector('p')?.textContent).to.equal(
        'Er du i tvivl, eller har du spørgsmål til skemaet, er du velkommen til at kontakte Anna Holm fra Jobcenter Eksempelby på tlf. +45 12 34 56 78 eller e-mail: anna@eksempelby.dk',
      );
      expect([...contact.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['tel:+4512345678', 'mailto:anna@eksempelby.dk']);
      expect(contact.textContent).to.include('Telefontid: kl. 9-12');
      const { caseworker: _omitted, ...citizenPart } = complete;
      element.answers = citizenPart;
      await element.updateComplete;
      await submitByClick(element);
      expect($(element, '[part="result"] [part="contact"]').textContent).to.include('Anna Holm fra Jobcenter Eksempelby');
      expect($(element, '[part="result"] slot[name="contact"]')).to.exist;
    });

    it('links only to what is really a phone number or an e-mail address', async () => {
      const element = await render();
      element.contact = { organisation: 'Jobcenter <b>X</b>', email: 'javascript:alert(1)' };
      await element.updateComplete;
      const contact = $(element, '[part="contact"]');
      expect(contact.querySelector('a')).to.equal(null);
      expect(contact.querySelector('b')).to.equal(null);
      expect(contact.textContent).to.include('Jobcenter <b>X</b> på e-mail: javascript:alert(1)');
    });

    it('rewords any text, label or hint through the texts property, per language', async () => {
      const element = await render();
      element.texts = {
        da: { 'medically-documented.label': 'Har en læge skrevet om din funktionsnedsættelse?', submit: 'Send til jobcentret', 'name.hint': 'Som i dit pas' },
        en: { submit: 'Send to the job centre' },
      };
      await element.updateComplete;
      expect($(element, '#medically-documented legend').textContent).to.equal('Har en læge skrevet om din funktionsnedsættelse?');
      expect($(element, '[part="submit"]').textContent?.trim()).to.equal('Send til jobcentret');
      expect($(element, '#name-hint').textContent).to.equal('Som i dit pas');
      element.lang = 'en';
      await element.updateComplete;
      expect($(element, '[part="submit"]').textContent?.trim()).to.equal('Send to the job centre');
      expect($(element, '#medically-documented legend').textContent).to.equal('Is your impairment medically documented?');
    });
  });

  describe('the caseworker section', () => {
    it('is absent without mode="caseworker"', async () => {
      const citizen = await render();
      expect(shadow(citizen).querySelector('[part="caseworker"]')).to.equal(null);
      expect(shadow(citizen).querySelector('#citizen-wants-visitation')).to.equal(null);
      expect(shadow(citizen).textContent).not.to.contain('Udfyldes af sagsbehandler');
    });

    it('is present with mode="caseworker", with its four questions', async () => {
      const caseworker = await render(html`<rummelig-opsporing mode="caseworker"></rummelig-opsporing>`);
      expect($(caseworker, '[part="caseworker"] legend').textContent).to.equal('Udfyldes af sagsbehandler');
      expect($(caseworker, '#citizen-wants-visitation legend').textContent).to.equal(
        'Ønsker borger at deltage i en visitationssamtale med en jobformidler?',
      );
      expect($(caseworker, '#refer-to-visitation legend').textContent).to.equal(
        'Vurderer sagsbehandler, at borger er i målgruppen for tilbud om visitationssamtale?',
      );
      expect($(caseworker, '#rehabilitation-team-screened')).to.exist;
      expect($(caseworker, '#benefit')).to.exist;
    });
  });

  describe('accessibility', () => {
    it('has no axe violations when empty, in either mode and language', async () => {
      await expect(await render()).to.be.accessible();
      await expect(await render(html`<rummelig-opsporing mode="caseworker"></rummelig-opsporing>`)).to.be.accessible();
      await expect(await render(html`<rummelig-opsporing lang="en"></rummelig-opsporing>`)).to.be.accessible();
    });

    it('leaves spell-check on in every box of text, and off only for the CPR number and the 0-10 helper', async () => {
      const element = await render();
      await tick(element, '#impairment-other');
      const spellchecked = (id: string) => $<HTMLInputElement | HTMLTextAreaElement>(element, `#${id}`).spellcheck;
      expect(['name', 'description-other', 'impact-description'].map(spellchecked)).to.deep.equal([true, true, true]);
      expect(['cpr', 'score-other'].map(spellchecked)).to.deep.equal([false, false]);
    });

    it('tells the limit of the long text before it is reached, with the box', async () => {
      const element = await render();
      const box = $<HTMLTextAreaElement>(element, '#impact-description');
      expect(box.getAttribute('aria-describedby')?.split(' ')).to.include('impact-description-limit');
      expect($(element, '#impact-description-limit').textContent).to.equal('Du kan indtaste op til 5.000 tegn.');
    });

    it('has no axe violations with every row ticked and revealed', async () => {
      const element = await render();
      for (const checkbox of shadow(element).querySelectorAll<HTMLInputElement>('input[id^="impairment-"]')) checkbox.click();
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('fieldset[id^="impact-"]')).to.have.length(11);
      await expect(element).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('can be filled in and sent with the keyboard alone, and moves focus to the explained result', async () => {
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
      const event = (await submitted) as CustomEvent<OpsporingSubmitDetail>;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);

      expect(event.detail.answers).to.deep.equal({
        form: 'opsporing',
        formVersion: 1,
        impairments: [{ type: 'mobility', impact: 'medium' }],
        impactDescription: 'Jeg kan ikke stå op i længere tid.',
        medicallyDocumented: true,
        priorCompensationSchemes: false,
        priorLimitation: true,
      });
      // The citizen cannot answer the caseworker's questions, so criterion b is still open.
      expect(event.detail.result.recommendation).to.equal('undetermined');
      expect(event.detail.result.criteria.map((criterion) => `${criterion.id}:${criterion.status}`)).to.deep.equal([
        'a:met',
        'b:unknown',
        'c:not-met',
        'd:met',
      ]);

      await waitUntil(() => activeId(element) === 'result-heading', 'focus did not move to the result');
      const result = $(element, '[part="result"]');
      // Only the caseworker's answers are missing, so the citizen is told that the caseworker completes the form.
      expect(result.textContent).to.contain('Din sagsbehandler udfylder resten af skemaet');
      expect([...result.querySelectorAll('h3')].map((heading) => heading.textContent?.trim())).to.include('Hvad betyder dine svar?');
      for (const criterion of event.detail.result.criteria) expect(result.textContent).to.contain(criterion.explanation.da);
      await expect(element).to.be.accessible();
    });

    it('lets a caseworker complete a prefilled screening with the keyboard and get a referral', async () => {
      const element = await render(html`<rummelig-opsporing mode="caseworker"></rummelig-opsporing>`);
      const { caseworker: _omitted, ...citizenPart } = complete;
      element.answers = citizenPart;
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#impact-mental-illness-large').checked).to.equal(true);
      expect($<HTMLInputElement>(element, '#score-mental-illness').value).to.equal('9');

      $(element, '#prior-limitation-yes').focus();
      await tabTo(element, 'citizen-wants-visitation-yes');
      await sendKeys({ press: 'Space' });
      await tabTo(element, 'refer-to-visitation-yes');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      const submitted = oneEvent(element, 'rummelig-submit');
      await tabTo(element, '');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await submitted) as CustomEvent<OpsporingSubmitDetail>;
      expect(detail.answers).to.deep.equal(complete);
      expect(detail.result.recommendation).to.equal('refer');
      expect(detail.result.decision).to.equal('refer');
      expect(detail.result.warnings).to.deep.equal([]);
      await waitUntil(() => activeId(element) === 'result-heading', 'focus did not move to the result');
      expect($(element, '#result-heading').textContent).to.equal('Resultat af opsporingen');
    });

    it('sets the impact from the 0-10 helper typed with the keyboard', async () => {
      const element = await render();
      $(element, '#impairment-brain-injury').focus();
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      await tabTo(element, 'score-brain-injury');
      await sendKeys({ type: '3' });
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#impact-brain-injury-small').checked).to.equal(true);
      expect(element.answers.impairments).to.deep.equal([{ type: 'brain-injury', impact: 'small', score: 3 }]);
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '10' });
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#impact-brain-injury-large').checked).to.equal(true);
      expect(element.answers.impairments).to.deep.equal([{ type: 'brain-injury', impact: 'large', score: 10 }]);
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '0' });
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#impact-brain-injury-none').checked).to.equal(true);
      expect(element.answers.impairments).to.deep.equal([{ type: 'brain-injury', impact: 'none', score: 0 }]);
    });
  });

  describe('errors', () => {
    it('shows an error summary that takes focus, with role="alert" inside, and a message by each field', async () => {
      const element = await render();
      await submitByClick(element);
      await waitUntil(() => activeId(element) === 'error-summary', 'the error summary did not take focus');
      // Under the form's <h2>, beside its sections' <h3>: the sections do not read as the summary's.
      expect($(element, '#error-summary h3').textContent).to.equal('Der er et problem');
      expect($(element, '#error-summary > [role="alert"]')).to.exist;
      expect(summaryLinks(element)).to.deep.equal(['#impairments', '#medically-documented', '#prior-compensation-schemes', '#prior-limitation']);
      const firstLink = $(element, '#error-summary a');
      expect(firstLink.textContent).to.equal("Sæt kryds ved de funktionsnedsættelser, du har, eller ved 'Jeg har ikke en funktionsnedsættelse'.");
      expect($(element, '#impairments-error').textContent).to.contain(firstLink.textContent ?? '');
      expect($(element, '#impairments').getAttribute('aria-describedby')).to.contain('impairments-error');
      expect($(element, '#medically-documented').getAttribute('aria-describedby')).to.equal('medically-documented-error');
      expect($(element, '#medically-documented-yes').getAttribute('aria-invalid')).to.equal('true');
      // The message is not told by colour alone.
      expect($(element, '#prior-limitation-error').textContent?.trim()).to.match(/^Fejl: Vælg, om/);
      await expect(element).to.be.accessible();
    });

    it('reads the summary out once a send, not again at each error the citizen fixes', async () => {
      const element = await render();
      await submitByClick(element);
      await waitUntil(() => activeId(element) === 'error-summary', 'the error summary did not take focus');
      expect($(element, '#error-summary > [role="alert"]'), 'just sent').to.exist;
      await tick(element, '#medically-documented-yes');
      await waitUntil(() => summaryLinks(element).length === 3, 'the fixed error stayed in the summary');
      expect(shadow(element).querySelector('#error-summary [role="alert"]'), 'a fix is not a send').to.equal(null);
      await submitByClick(element);
      await waitUntil(() => shadow(element).querySelector('#error-summary > [role="alert"]'), 'a send again is read out again');
    });

    it('puts the summary above the page heading, at its level, in the steps flow', async () => {
      const element = await render(html`<rummelig-opsporing flow="steps"></rummelig-opsporing>`);
      await pressSubmit(element);
      await pressSubmit(element);
      await pressSubmit(element);
      const headings = [...shadow(element).querySelectorAll('h2, h3')].map((heading) => `${heading.tagName} ${heading.textContent?.trim()}`);
      expect(headings.slice(0, 2)).to.deep.equal(['H2 Der er et problem', 'H2 Funktionsnedsættelse']);
    });

    it('links from the error summary to the field, with the keyboard', async () => {
      const element = await render();
      await submitByClick(element);
      await waitUntil(() => activeId(element) === 'error-summary', 'the error summary did not take focus');
      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement?.getAttribute('href')).to.equal('#impairments');
      await sendKeys({ press: 'Enter' });
      expect(activeId(element)).to.equal('impairment-mobility');

      $(element, '#error-summary').focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement?.getAttribute('href')).to.equal('#medically-documented');
      await sendKeys({ press: 'Enter' });
      expect(activeId(element)).to.equal('medically-documented-yes');
    });

    it('asks for the impact of a ticked row, the description of "Andet" and the elaboration', async () => {
      const element = await render();
      await tick(element, '#impairment-adhd');
      await tick(element, '#impairment-other');
      await tick(element, '#impact-other-small');
      await submitByClick(element);
      expect(summaryLinks(element)).to.deep.equal([
        '#impact-adhd',
        '#description-other',
        '#impact-description',
        '#medically-documented',
        '#prior-compensation-schemes',
        '#prior-limitation',
      ]);
      expect($(element, '#impact-adhd-error').textContent).to.contain('ADHD/ADD');
      expect($(element, '#description-other-error').textContent).to.contain('Skriv, hvilken anden funktionsnedsættelse du har.');
      expect($(element, '#impact-adhd-none').getAttribute('aria-invalid')).to.equal('true');
      expect($(element, '#description-other').getAttribute('aria-describedby')).to.equal('description-other-error');
      await expect(element).to.be.accessible();
    });

    it('asks for the impact and the description of a ticked "Andet" at the same submit', async () => {
      const element = await render();
      await tick(element, '#impairment-other');
      await submitByClick(element);
      expect(summaryLinks(element).slice(0, 2)).to.deep.equal(['#description-other', '#impact-other']);
    });

    it('does not ask for the elaboration when every impact is "Ingen betydning"', async () => {
      const element = await render();
      await tick(element, '#impairment-autism');
      await tick(element, '#impact-autism-none');
      await submitByClick(element);
      expect(summaryLinks(element)).to.deep.equal(['#medically-documented', '#prior-compensation-schemes', '#prior-limitation']);
    });

    it('lists a contract error, such as a CPR number that is not a date, together with the unanswered questions', async () => {
      const element = await render();
      await type(element, '#cpr', '320190-1234');
      await submitByClick(element);
      expect(summaryLinks(element)).to.deep.equal([
        '#cpr',
        '#impairments',
        '#medically-documented',
        '#prior-compensation-schemes',
        '#prior-limitation',
      ]);
      expect($(element, '#cpr-error').textContent).to.contain('CPR-nummeret');
      expect($<HTMLInputElement>(element, '#cpr').getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLInputElement>(element, '#cpr').getAttribute('aria-describedby')).to.equal('cpr-hint cpr-error');
    });

    it('takes a CPR number typed or pasted with spaces or another dash, when the digits are right', async () => {
      const element = await render();
      for (const [typed, cpr] of [
        ['0101901234 ', '0101901234'],
        [' 0101901234', '0101901234'],
        ['010190 1234', '010190-1234'],
        ['010190\u00a0 1234', '010190-1234'],
        ['010190–1234', '010190-1234'],
        ['010190—1234', '010190-1234'],
      ] as const) {
        await type(element, '#cpr', typed);
        expect(element.answers.citizen, JSON.stringify(typed)).to.deep.equal({ cpr });
      }
      await submitByClick(element);
      expect(summaryLinks(element)).not.to.include('#cpr');
      await type(element, '#cpr', '   ');
      expect(element.answers, 'only spaces is not an answer').not.to.have.property('citizen');
      await type(element, '#cpr', '010190 12345');
      await submitByClick(element);
      expect(summaryLinks(element), 'wrong digits are still pointed out').to.include('#cpr');
    });

    it('points out text in the 0-10 helper that is not a number from 0 to 10', async () => {
      const element = await render();
      await tick(element, '#impairment-breathing');
      await type(element, '#score-breathing', '12');
      await submitByClick(element);
      expect(summaryLinks(element).slice(0, 2)).to.deep.equal(['#impact-breathing', '#score-breathing']);
      expect($(element, '#score-breathing-error').textContent).to.contain('Skriv et helt tal fra 0 til 10');
    });

    it('takes away an error once it is fixed, but adds new ones only at the next submit', async () => {
      const element = await render();
      await submitByClick(element);
      await tick(element, '#medically-documented-no');
      await waitUntil(() => !summaryLinks(element).includes('#medically-documented'), 'the fixed error stayed');
      expect(summaryLinks(element)).to.deep.equal(['#impairments', '#prior-compensation-schemes', '#prior-limitation']);

      // Ticking a row answers "impairments" but opens a question that waits for the next submit.
      await tick(element, '#impairment-adhd');
      await waitUntil(() => !summaryLinks(element).includes('#impairments'), 'the fixed error stayed');
      expect(summaryLinks(element)).to.deep.equal(['#prior-compensation-schemes', '#prior-limitation']);
      expect(shadow(element).querySelector('#impact-adhd-error')).to.equal(null);

      await submitByClick(element);
      await waitUntil(() => summaryLinks(element).includes('#impact-adhd'), 'the new error did not appear at submit');
      expect(summaryLinks(element)).to.deep.equal(['#impact-adhd', '#prior-compensation-schemes', '#prior-limitation']);
    });

    it('writes the errors in English with lang="en", also when the language changes after a submit', async () => {
      const element = await render();
      await submitByClick(element);
      element.lang = 'en';
      await waitUntil(() => $(element, '#impairments-error').textContent?.includes('Tick') === true, 'the message stayed Danish');
      expect($(element, '#error-summary h3').textContent).to.equal('There is a problem');
      expect($(element, '#impairments-error').textContent?.trim()).to.equal(
        "Error: Tick the impairments you have, or tick 'I do not have an impairment'.",
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('the answers', () => {
    it('makes "Jeg har ikke en funktionsnedsættelse" and the rows exclude each other, and says so to screen readers', async () => {
      const element = await render();
      const status = $(element, '[role="status"]');
      await tick(element, '#impairment-autism');
      await tick(element, '#impact-autism-small');
      expect(status.textContent).to.equal('');
      await tick(element, '#no-impairment');
      expect($<HTMLInputElement>(element, '#impairment-autism').checked).to.equal(false);
      expect(shadow(element).querySelector('#impact-autism')).to.equal(null);
      expect(element.answers).to.deep.equal({ form: 'opsporing', formVersion: 1, noImpairment: true });
      expect(status.textContent).to.contain('Krydserne ved funktionsnedsættelser er fjernet');

      await tick(element, '#impairment-autism');
      expect($<HTMLInputElement>(element, '#no-impairment').checked).to.equal(false);
      expect(element.answers.noImpairment).to.equal(undefined);
      expect(status.textContent).to.contain("Krydset ved 'Jeg har ikke en funktionsnedsættelse' er fjernet");

      await tick(element, '#impairment-adhd');
      expect(status.textContent).to.equal('');
    });

    it('reveals a row’s impact question and helper only while it is ticked', async () => {
      const element = await render();
      expect(shadow(element).querySelector('#impact-mobility')).to.equal(null);
      await tick(element, '#impairment-mobility');
      expect($(element, '#impact-mobility legend').textContent).to.equal(
        'Nedsat bevægelighed: Hvilken betydning har funktionsnedsættelsen for dine job-/uddannelsesmuligheder?',
      );
      expect([...shadow(element).querySelectorAll('#impact-mobility label')].map((label) => label.textContent)).to.deep.equal([
        'Ingen betydning',
        'Lille (1-3)',
        'Mellem (4-7)',
        'Stor (8-10)',
      ]);
      expect($(element, 'label[for="score-mobility"]').textContent).to.contain('Nedsat bevægelighed');
      expect(shadow(element).querySelector('#description-other')).to.equal(null);
      await tick(element, '#impairment-other');
      expect($(element, '#description-other')).to.exist;
      await tick(element, '#impairment-mobility');
      expect(shadow(element).querySelector('#impact-mobility')).to.equal(null);
    });

    it('drops a typed score that the chosen impact contradicts', async () => {
      const element = await render();
      await tick(element, '#impairment-dyslexia-dyscalculia');
      await type(element, '#score-dyslexia-dyscalculia', '6');
      expect($<HTMLInputElement>(element, '#impact-dyslexia-dyscalculia-medium').checked).to.equal(true);
      await tick(element, '#impact-dyslexia-dyscalculia-large');
      expect($<HTMLInputElement>(element, '#score-dyslexia-dyscalculia').value).to.equal('');
      expect(element.answers.impairments).to.deep.equal([{ type: 'dyslexia-dyscalculia', impact: 'large' }]);
    });

    it('tells screen readers when a typed score moves the impact, once typing pauses, and when a chosen impact removes the score', async () => {
      const element = await render();
      const status = $(element, '[role="status"]');
      const said: string[] = [];
      new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, { childList: true, subtree: true, characterData: true });
      const pause = () => new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS + 100));
      await tick(element, '#impairment-adhd');
      $<HTMLInputElement>(element, '#score-adhd').focus();
      // "10" typed is Lille at its first keystroke and Stor at its second: only the second is said.
      await sendKeys({ type: '10' });
      await element.updateComplete;
      expect(status.textContent, 'not while typing').to.equal('');
      await pause();
      expect(said.filter(Boolean)).to.deep.equal(['Betydningen er nu Stor (8-10).']);
      await type(element, '#score-adhd', '8');
      await pause();
      expect(status.textContent, 'the impact did not move').to.equal('');
      await tick(element, '#impact-adhd-small');
      expect(status.textContent).to.equal('Tallet på skalaen 0-10 er fjernet, fordi det ikke passer til betydningen.');
      await type(element, '#score-adhd', '2');
      await pause();
      expect(status.textContent, 'the impact was already Lille').to.equal('');
      element.lang = 'en';
      await element.updateComplete;
      await type(element, '#score-adhd', '5');
      await pause();
      expect(status.textContent).to.equal('The effect is now Medium (4-7).');
      await tick(element, '#impact-adhd-none');
      expect(status.textContent).to.equal('The number on the 0-10 scale has been removed, because it does not match the effect.');
    });

    it('says nothing of a score typed just before another change, or before the citizen moves on', async () => {
      const pause = () => new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS + 100));
      const element = await render(html`<rummelig-opsporing flow="steps"></rummelig-opsporing>`);
      element.answers = { form: 'opsporing', formVersion: 1, citizen: { name: 'Jens Hansen' } };
      await pressSubmit(element);
      await pressSubmit(element);
      await tick(element, '#impairment-adhd');
      await type(element, '#score-adhd', '9');
      await tick(element, '#impairment-autism');
      await pause();
      expect($(element, '[role="status"]').textContent, 'another change came first').to.equal('');
      await tick(element, '#impact-autism-small');
      await type(element, '#score-adhd', '5');
      await pressSubmit(element);
      expect(shadow(element).querySelector('#score-adhd'), 'on the next page').to.equal(null);
      await pause();
      expect($(element, '[role="status"]').textContent, 'said on a page where the score is not').to.equal('');
    });

    it('gives a score back, and says so, when arrow keys pass through another band and return to its own', async () => {
      const element = await render();
      await tick(element, '#impairment-mobility');
      await type(element, '#score-mobility', '5');
      $<HTMLInputElement>(element, '#impact-mobility-medium').focus();
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#impact-mobility-large').checked).to.equal(true);
      expect($<HTMLInputElement>(element, '#score-mobility').value).to.equal('');
      await sendKeys({ press: 'ArrowUp' });
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#score-mobility').value).to.equal('5');
      expect($(element, '[role="status"]').textContent).to.equal('Tallet 5 på skalaen 0-10 er sat ind igen, fordi det passer til betydningen.');
      expect(element.answers.impairments).to.deep.equal([{ type: 'mobility', impact: 'medium', score: 5 }]);
    });

    it('hands out a copy of the answers, so changing it does not change the form', async () => {
      const element = await render();
      element.answers = complete;
      const answers = element.answers as unknown as { impairments: { impact: string }[] };
      const first = answers.impairments[0];
      if (first) first.impact = 'none';
      expect(element.answers).to.deep.equal(complete);
    });
  });

  describe('the result', () => {
    it('shows the rule set’s warnings to the caseworker, and has no axe violations', async () => {
      const element = await render(html`<rummelig-opsporing mode="caseworker"></rummelig-opsporing>`);
      element.answers = { ...complete, caseworker: { citizenWantsVisitation: false, referToVisitation: true } };
      await element.updateComplete;
      const submitted = oneEvent(element, 'rummelig-submit');
      await submitByClick(element);
      const { detail } = (await submitted) as CustomEvent<OpsporingSubmitDetail>;
      expect(detail.result.recommendation).to.equal('do-not-refer');
      expect(detail.result.warnings).to.have.length(1);
      expect($(element, '[part="result-warnings"]').textContent).to.contain(detail.result.warnings[0]?.message.da ?? '—');
      await expect(element).to.be.accessible();
    });

    it('tells the citizen that the caseworker completes the rest, not that answers are missing, and keeps the rules’ result', async () => {
      const element = await render();
      const { caseworker: _omitted, ...citizenPart } = complete;
      element.answers = citizenPart;
      await element.updateComplete;
      const submitted = oneEvent(element, 'rummelig-submit');
      await submitByClick(element);
      const { detail } = (await submitted) as CustomEvent<OpsporingSubmitDetail>;
      expect(detail.result.missing, 'the contract is unchanged').to.deep.equal(['caseworker.citizenWantsVisitation', 'caseworker.referToVisitation']);
      expect(detail.result.explanation.da).to.match(/^Der mangler endnu svar/);
      const result = $(element, '[part="result"]');
      expect(result.textContent).to.include('Du har svaret på alle dine spørgsmål. Din sagsbehandler udfylder resten af skemaet');
      expect(result.textContent).not.to.include('Der mangler endnu svar');
      await expect(element).to.be.accessible();
    });

    it('goes back to the filled-in form with "Ret svarene"', async () => {
      const element = await render();
      const { caseworker: _omitted, ...citizenPart } = complete;
      element.answers = citizenPart;
      await element.updateComplete;
      await submitByClick(element);
      $(element, '[part="result"] button').click();
      await waitUntil(() => activeId(element) === 'cpr', 'focus did not return to the form');
      expect($<HTMLInputElement>(element, '#impact-mental-illness-large').checked).to.equal(true);
    });
  });

  describe('in a native form', () => {
    it('submits its answers as JSON under its name, and an incomplete screening blocks the submit', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><rummelig-opsporing name="screening"></rummelig-opsporing></form>`);
      const element = form.querySelector('rummelig-opsporing') as RummeligOpsporing;
      expect(element.form).to.equal(form);
      await waitUntil(() => !form.checkValidity(), 'an empty screening should make the form invalid');
      expect(element.validationMessage).to.contain('Sæt kryds');
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits += 1;
      });
      form.requestSubmit();
      expect(submits).to.equal(0);
      // The blocked submit shows the element's own error summary.
      await waitUntil(() => activeId(element) === 'error-summary', 'the error summary did not take focus');

      element.answers = complete;
      await waitUntil(() => form.checkValidity(), 'a complete screening should make the form valid');
      expect(JSON.parse(String(new FormData(form).get('screening')))).to.deep.equal(complete);
      form.requestSubmit();
      expect(submits).to.equal(1);

      form.reset();
      await element.updateComplete;
      expect(element.answers).to.deep.equal({ form: 'opsporing', formVersion: 1 });
      expect(JSON.parse(String(new FormData(form).get('screening')))).to.deep.equal({ form: 'opsporing', formVersion: 1 });
    });

    it('updates the form value on every change', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><rummelig-opsporing name="screening"></rummelig-opsporing></form>`);
      const element = form.querySelector('rummelig-opsporing') as RummeligOpsporing;
      await element.updateComplete;
      await type(element, '#name', 'Jens Hansen');
      expect(JSON.parse(String(new FormData(form).get('screening')))).to.deep.equal({
        form: 'opsporing',
        formVersion: 1,
        citizen: { name: 'Jens Hansen' },
      });
    });

    it('is disabled with a disabled fieldset around it', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled><rummelig-opsporing name="screening"></rummelig-opsporing></fieldset></form>`,
      );
      const element = form.querySelector('rummelig-opsporing') as RummeligOpsporing;
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#impairment-mobility').matches(':disabled')).to.equal(true);
      expect($<HTMLButtonElement>(element, '[part="submit"]').matches(':disabled')).to.equal(true);
      form.querySelector('fieldset')?.removeAttribute('disabled');
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#impairment-mobility').matches(':disabled')).to.equal(false);
    });
  });

  it('makes no network request of its own', async () => {
    const requests = await requestsDuring(async () => {
      const element = await render(html`<rummelig-opsporing mode="caseworker"></rummelig-opsporing>`);
      element.answers = complete;
      await element.updateComplete;
      await type(element, '#name', 'Jens Hansen');
      await submitByClick(element);
      expect($(element, '#result-heading')).to.exist;
    });
    expect(requests).to.deep.equal([]);
  });
});
