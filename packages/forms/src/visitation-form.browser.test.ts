/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OpsporingAnswers, VisitationAnswers } from '@rummelig/core';
import { COMPLETE_VISITATION } from './test-answers.js';
import { $, activeId, requestsDuring, shadow, submitByClick, summaryLinks, tabTo, tick, type } from './browser-test-helpers.js';
import { handoverFrom } from './handover-test-helper.js';
import type { RummeligVisitation, VisitationSubmitDetail } from './visitation-form.js';
// The tests use the single file a portal ships, not the sources.
import '../dist/rummelig-forms.js';

async function render(template = html`<rummelig-visitation></rummelig-visitation>`): Promise<RummeligVisitation> {
  const element = await fixture<RummeligVisitation>(template);
  await element.updateComplete;
  return element;
}

/** Waits until the live recommendation has caught up with the answers. */
async function recommendationIs(element: RummeligVisitation, text: string): Promise<void> {
  await waitUntil(() => $(element, '[part="recommendation"] .recommendation__outcome').textContent?.includes(text), `recommendation never became "${text}"`);
}

const stepOne: OpsporingAnswers = {
  form: 'opsporing',
  formVersion: 1,
  citizen: { cpr: '010190-1234', name: 'Mette Jensen' },
  impairments: [
    { type: 'mental-illness', impact: 'large', score: 8 },
    { type: 'other', impact: 'medium', description: 'Migræne' },
  ],
  impactDescription: 'Jeg kan ikke tåle <b>larm</b> og skarpt lys.',
  medicallyDocumented: true,
  priorCompensationSchemes: true,
  priorLimitation: true,
  caseworker: { citizenWantsVisitation: true, referToVisitation: true },
};

const complete = COMPLETE_VISITATION;

describe('<rummelig-visitation>', () => {
  describe('the form', () => {
    it('renders the dialogue themes with their help questions, three goal boxes and the assessment form, in Danish', async () => {
      const element = await render();
      expect($(element, 'h2').textContent).to.equal('Dialogtemaer og vurderingsskema til visitationssamtalen');
      expect($(element, 'label[for="experience"]').textContent?.trim()).to.equal('CV/erfaringer');
      expect($(element, '#experience-hint').textContent).to.include('Hvilke uddannelser har du påbegyndt eller gennemført?');
      expect(shadow(element).querySelectorAll('#support-and-start-conditions-hint li')).to.have.length(4);
      expect($<HTMLTextAreaElement>(element, '#experience').getAttribute('aria-describedby')).to.equal('experience-hint experience-limit');
      expect($(element, '#experience-limit').textContent, 'the limit, known before it is met').to.equal('Du kan indtaste op til 10.000 tegn.');
      expect(shadow(element).querySelectorAll('#goals input')).to.have.length(3);
      expect($(element, '#goals-hint').textContent).to.include('ikke tale om en 1., 2. og 3. prioritet');
      expect(shadow(element).querySelectorAll('#primary-impairment option')).to.have.length(18);
      expect($(element, '#impact-past legend').textContent).to.equal(
        'Hvilken betydning har borgers funktionsnedsættelse tidligere haft for borgers job/uddannelse?',
      );
      expect(shadow(element).querySelectorAll('#prospects-jobformidler input[type="radio"]')).to.have.length(5);
      expect($(element, '#refer-to-programme legend').textContent).to.equal('Vurderer jobformidler, at borger skal henvises videre til indsatsen?');
      expect(shadow(element).querySelector('[part="handover"]')).to.equal(null);
    });

    it('renders in English with lang="en"', async () => {
      const element = await render(html`<rummelig-visitation lang="en"></rummelig-visitation>`);
      expect($(element, 'h2').textContent).to.equal('Dialogue themes and assessment form for the visitation meeting');
      expect($(element, '#job-functions-hint').textContent).to.include('What did a typical working day look like for you?');
      expect($(element, '#job-functions-limit').textContent).to.equal('You can enter up to 10,000 characters.');
      expect($(element, '[part="submit"]').textContent?.trim()).to.equal('Save the assessment');
    });

    it('asks which schemes only when a need was or is there, and leaves hidden answers out of the document', async () => {
      const element = await render();
      expect(shadow(element).querySelector('#hko-schemes')).to.equal(null);
      await tick(element, '#hko-needed-now-yes');
      await tick(element, '#hko-schemes-mentor');
      expect(element.answers.hkoSchemes).to.deep.equal(['mentor']);
      await tick(element, '#hko-needed-now-no');
      expect(shadow(element).querySelector('#hko-schemes')).to.equal(null);
      expect(element.answers).not.to.have.property('hkoSchemes');
      await tick(element, '#hko-needed-before-yes');
      expect($<HTMLInputElement>(element, '#hko-schemes-mentor').checked, 'the tick comes back with the question').to.equal(true);
    });

    it('asks "senere tidspunkt" only when the citizen is not motivated', async () => {
      const element = await render();
      await tick(element, '#motivated-yes');
      expect(shadow(element).querySelector('#reinvite-later')).to.equal(null);
      await tick(element, '#motivated-no');
      await tick(element, '#reinvite-later-yes');
      expect(element.answers.reinviteLater).to.equal(true);
      await tick(element, '#motivated-yes');
      expect(element.answers).not.to.have.property('reinviteLater');
    });

    it('keeps the goals equal: only written goals count, in the order of the boxes', async () => {
      const element = await render();
      await type(element, '#goal-2', 'Chauffør');
      await type(element, '#goal-3', '  ');
      expect(element.answers.dialogue?.goals).to.deep.equal(['Chauffør']);
    });

    it('says which goal box it is in one text, as Chrome drops a space between two ("1af 3")', async () => {
      const element = await render();
      const hidden = $(element, 'label[for="goal-2"] .visually-hidden');
      const texts = [...hidden.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()).map((node) => node.textContent?.trim());
      expect(texts).to.deep.equal(['2 af 3']);
      expect($(element, 'label[for="goal-2"]').textContent?.replace(/\s+/g, ' ')).to.equal('Job-/uddannelsesmål 2 af 3');
    });

    it('takes a CPR number typed with spaces or another dash, and keeps spell-check for the texts only', async () => {
      const element = await render();
      await type(element, '#cpr', ' 010190 – 1234 ');
      expect(element.answers.citizen).to.deep.equal({ cpr: '010190-1234' });
      expect($<HTMLInputElement>(element, '#cpr').spellcheck).to.equal(false);
      expect(['name', 'goal-1', 'experience'].map((id) => $<HTMLInputElement>(element, `#${id}`).spellcheck)).to.deep.equal([true, true, true]);
    });
  });

  describe('the live recommendation', () => {
    it('follows the answers and shows its criteria with their sources', async () => {
      const element = await render();
      const said = () => $(element, 'p.visually-hidden[role="status"]').textContent?.trim();
      await recommendationIs(element, 'Kan endnu ikke afgøres');
      expect(said(), 'the first recommendation arrives as the page loads and is not said').to.equal('');
      element.answers = complete;
      await element.updateComplete;
      await recommendationIs(element, 'Henvis borger til indsatsen');
      expect($(element, '[part="recommendation"]').textContent).to.include('Vejledning til visitationssamtalen, kriterie a');
      await tick(element, '#motivated-no');
      await recommendationIs(element, 'Inviter borger igen senere');
      expect(said(), 'a change is said').to.equal('Anbefaling: Inviter borger igen senere');
    });

    it('reads criterion b by the impact-dimension attribute', async () => {
      const element = await render();
      element.answers = { ...complete, impactFuture: 'none' };
      await element.updateComplete;
      await recommendationIs(element, 'Henvis borger til indsatsen');
      element.setAttribute('impact-dimension', 'future');
      await element.updateComplete;
      await recommendationIs(element, 'Borger er ikke i målgruppen');
    });
  });

  describe('prefilled from step 1', () => {
    it('carries the citizen, the impairments and the elaboration over, and shows every step-1 answer', async () => {
      const handover = await handoverFrom(stepOne);
      const element = await render();
      element.handover = handover;
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#cpr').value).to.equal('010190-1234');
      expect($<HTMLInputElement>(element, '#name').value).to.equal('Mette Jensen');
      expect($<HTMLInputElement>(element, '#other-impairments-mental-illness').checked).to.equal(true);
      expect($<HTMLInputElement>(element, '#other-impairments-other').checked).to.equal(true);
      expect($<HTMLTextAreaElement>(element, '#impairment-note').value).to.include('Migræne');
      expect($<HTMLTextAreaElement>(element, '#impairment-minutes').value).to.include('Jeg kan ikke tåle <b>larm</b> og skarpt lys.');
      expect($<HTMLInputElement>(element, '#hko-needed-before-yes').checked).to.equal(true);
      expect($<HTMLSelectElement>(element, '#primary-impairment').value, "the primary impairment is the job broker's call").to.equal('');

      const panel = $(element, '[part="handover"]');
      expect(panel.querySelector('h3')?.textContent).to.equal('Fra opsporingen');
      expect(panel.textContent).to.include('Psykiske lidelser');
      expect(panel.textContent).to.include('(8 på skalaen 0-10)');
      expect(panel.textContent).to.include('Er din funktionsnedsættelse lægeligt dokumenteret?');
      expect(panel.querySelector('b'), 'free text is shown as text, never as markup').to.equal(null);
      expect(panel.textContent).to.include('<b>larm</b>');
    });

    it('says each impact of step 1 once in words: "ingen betydning", not "ingen betydning betydning"', async () => {
      const element = await render();
      element.handover = await handoverFrom({ ...stepOne, impairments: [...(stepOne.impairments ?? []), { type: 'vision-hearing', impact: 'none' }] });
      await element.updateComplete;
      const items = [...shadow(element).querySelectorAll('[part="handover"] li')].map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      // The hand-over lists the impairments in the form's order of types, not in the order they were given.
      expect(items.map((item) => item.replace(/^.* – /, ''))).to.have.members(['stor (8-10) betydning (8 på skalaen 0-10)', 'mellem (4-7) betydning', 'ingen betydning']);
      expect(items.join(' ')).not.to.contain('betydning betydning');
    });

    it('shows the warning when step 1 did not refer the citizen', async () => {
      const handover = await handoverFrom({ ...stepOne, caseworker: { citizenWantsVisitation: false, referToVisitation: false } });
      const element = await render();
      element.handover = handover;
      await element.updateComplete;
      expect($(element, '[part="handover-warnings"]').textContent).to.include('ikke henvist borgeren til en visitationssamtale');
    });
  });

  describe('accessibility', () => {
    it('has no axe violations when empty, in either language', async () => {
      await expect(await render()).to.be.accessible();
      await expect(await render(html`<rummelig-visitation lang="en"></rummelig-visitation>`)).to.be.accessible();
    });

    it('has no axe violations prefilled, with every question revealed, with errors, and when saved', async () => {
      const element = await render();
      element.handover = await handoverFrom(stepOne);
      await element.updateComplete;
      await tick(element, '#hko-needed-now-yes');
      await tick(element, '#motivated-no');
      await expect(element, 'prefilled and revealed').to.be.accessible();
      await submitByClick(element);
      expect(summaryLinks(element).length).to.be.greaterThan(0);
      await expect(element, 'with errors').to.be.accessible();
      element.answers = complete;
      await element.updateComplete;
      await submitByClick(element);
      expect($(element, '#result-heading')).to.exist;
      await expect(element, 'saved').to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('can be filled in and saved with the keyboard alone, and moves focus to the saved assessment', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>før</button><rummelig-visitation></rummelig-visitation></div>`);
      const element = wrapper.querySelector('rummelig-visitation') as RummeligVisitation;
      await element.updateComplete;
      wrapper.querySelector('button')?.focus();
      const write = async (id: string, text: string) => {
        await tabTo(element, id, 120);
        await sendKeys({ type: text });
      };
      /** Tabs into a radio group (focus lands on its first button) and moves the choice with the arrow keys. */
      const choose = async (firstId: string, steps: number) => {
        await tabTo(element, firstId, 120);
        await sendKeys({ press: 'Space' });
        for (let step = 0; step < steps; step += 1) await sendKeys({ press: 'ArrowRight' });
      };

      await write('experience', 'Lager');
      await write('job-functions', 'Plukning');
      await write('impairment-minutes', 'Angst');
      await write('support-and-start-conditions', 'Faste opgaver');
      await write('goal-1', 'Lager');
      await write('goal-2', 'Chauffør');
      await write('goal-3', 'Pedel');
      await tabTo(element, 'primary-impairment', 120);
      await sendKeys({ press: 'ArrowDown' });
      await choose('impact-past-none', 3);
      await choose('impact-future-none', 2);
      await choose('hko-needed-before-yes', 1);
      await choose('hko-needed-now-yes', 0);
      await tabTo(element, 'hko-schemes-personlig-assistance', 120);
      await sendKeys({ press: 'Space' });
      await choose('prospects-citizen-very-poor', 1);
      await choose('prospects-jobformidler-very-poor', 3);
      await choose('motivated-yes', 0);
      await choose('refer-to-programme-yes', 0);
      for (let presses = 0; presses < 10 && shadow(element).activeElement?.getAttribute('part') !== 'submit'; presses += 1) {
        await sendKeys({ press: 'Tab' });
      }
      const submitted = oneEvent(element, 'rummelig-submit');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await submitted) as CustomEvent<VisitationSubmitDetail>;

      expect(detail.answers).to.deep.equal({
        form: 'visitation',
        formVersion: 1,
        dialogue: {
          experience: 'Lager',
          jobFunctions: 'Plukning',
          impairment: 'Angst',
          supportAndStartConditions: 'Faste opgaver',
          goals: ['Lager', 'Chauffør', 'Pedel'],
        },
        impairments: { primary: 'arms-hands' },
        impactPast: 'large',
        impactFuture: 'medium',
        hkoNeededBefore: false,
        hkoNeededNow: true,
        hkoSchemes: ['personlig-assistance'],
        prospectsCitizen: 'poor',
        prospectsJobformidler: 'good',
        motivated: true,
        decision: { referToProgramme: true },
      });
      expect(detail.result.recommendation).to.equal('visit');
      expect(detail.result.decision).to.equal('visit');
      expect(detail.result.warnings.map((warning) => warning.code)).to.deep.equal(['risk-of-long-term-unemployment']);
      await waitUntil(() => activeId(element) === 'result-heading', 'focus did not move to the saved assessment');
    });

    it('leads from the error summary to each field', async () => {
      const element = await render();
      await submitByClick(element);
      expect(activeId(element)).to.equal('error-summary');
      const links = summaryLinks(element);
      expect(links.slice(0, 5)).to.deep.equal(['#experience', '#job-functions', '#impairment-minutes', '#support-and-start-conditions', '#goals']);
      expect(links).to.include('#refer-to-programme');
      $<HTMLAnchorElement>(element, '#error-summary a[href="#goals"]').click();
      expect(activeId(element)).to.equal('goal-1');
      $<HTMLAnchorElement>(element, '#error-summary a[href="#impact-past"]').click();
      expect(activeId(element)).to.equal('impact-past-none');
    });
  });

  describe('errors', () => {
    it('marks the empty goal boxes with the goals error and leads from the summary to the first of them, not a filled one', async () => {
      const element = await render();
      element.answers = { ...complete, dialogue: { ...complete.dialogue, goals: ['Lagermedarbejder'] } };
      await element.updateComplete;
      await submitByClick(element);
      expect(summaryLinks(element)).to.deep.equal(['#goals']);
      const box = (number: number) => $<HTMLInputElement>(element, `#goal-${number}`);
      expect([1, 2, 3].map((number) => box(number).getAttribute('aria-invalid'))).to.deep.equal(['false', 'true', 'true']);
      expect(box(2).getAttribute('aria-describedby')).to.include('goals-error');
      expect(box(1).getAttribute('aria-describedby') ?? '').not.to.include('goals-error');
      $<HTMLAnchorElement>(element, '#error-summary a[href="#goals"]').click();
      expect(activeId(element)).to.equal('goal-2');
      await expect(element).to.be.accessible();
    });

    it('says by the decision and by the reason when the reason is needed', async () => {
      const element = await render();
      const decision = shadow(element).querySelector('fieldset.decision');
      expect(decision?.getAttribute('aria-describedby')).to.equal('decision-hint');
      expect($(element, '#decision-hint').textContent).to.include('skal du begrunde den');
      expect($(element, '#decision-reason').getAttribute('aria-describedby')).to.include('decision-reason-hint');
      expect($(element, '#decision-reason-hint').textContent).to.equal('Skal udfyldes, hvis din vurdering afviger fra anbefalingen.');
    });

    it('needs a reason when the decision departs from the recommendation, and drops an error once fixed', async () => {
      const element = await render();
      element.answers = { ...complete, decision: { referToProgramme: false } };
      await element.updateComplete;
      await submitByClick(element);
      expect(summaryLinks(element)).to.deep.equal(['#decision-reason']);
      expect($(element, '#decision-reason-error').textContent).to.include('afviger fra anbefalingen');
      expect($(element, '#decision-reason').getAttribute('aria-describedby')).to.equal('decision-reason-hint decision-reason-error decision-reason-limit');
      await type(element, '#decision-reason', 'Borger starter i job på mandag.');
      await waitUntil(() => shadow(element).querySelector('#decision-reason-error') === null, 'the fixed error stayed');
    });

    it('names the field of a contract issue, such as the same impairment twice', async () => {
      const element = await render();
      element.answers = { ...complete, impairments: { primary: 'autism', secondary: 'autism' } };
      await element.updateComplete;
      await submitByClick(element);
      expect(summaryLinks(element)).to.deep.equal(['#secondary-impairment']);
    });
  });

  describe('the saved assessment', () => {
    it('shows the decision beside the recommendation, and returns to the answers', async () => {
      const element = await render();
      element.answers = { ...complete, motivated: false, reinviteLater: true, decision: { referToProgramme: true, reason: 'Ønsker <b>selv</b> at starte.' } };
      await element.updateComplete;
      await submitByClick(element);
      const result = $(element, '[part="result"]');
      expect(result.textContent).to.include('Borger henvises videre til indsatsen.');
      expect(result.textContent, 'the reason as typed').to.include('Ønsker <b>selv</b> at starte.');
      expect(result.querySelector('b'), 'free text is shown as text, never as markup').to.equal(null);
      expect(result.textContent).to.include('Inviter borger igen senere');
      expect($(element, '[part="result-warnings"]').textContent).to.include('selv om borgeren ikke er motiveret');
      $<HTMLButtonElement>(element, '[part="result"] button').click();
      await element.updateComplete;
      expect(activeId(element)).to.equal('cpr');
      expect($<HTMLInputElement>(element, '#reinvite-later-yes').checked).to.equal(true);
    });
  });

  describe('in a native form', () => {
    it('gives the form its answer document and stops an incomplete submit', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><rummelig-visitation name="visitation"></rummelig-visitation></form>`);
      const element = form.querySelector('rummelig-visitation') as RummeligVisitation;
      await element.updateComplete;
      await waitUntil(() => !element.checkValidity(), 'an empty assessment counted as valid');
      element.answers = complete;
      await element.updateComplete;
      await waitUntil(() => element.checkValidity(), 'a complete assessment counted as invalid');
      expect(JSON.parse(String(new FormData(form).get('visitation')))).to.deep.equal(complete);
    });
  });

  it('makes no network request of its own', async () => {
    const requests = await requestsDuring(async () => {
      const element = await render();
      element.handover = await handoverFrom(stepOne);
      element.answers = complete;
      await element.updateComplete;
      await submitByClick(element);
      expect($(element, '#result-heading')).to.exist;
    });
    expect(requests).to.deep.equal([]);
  });
});
