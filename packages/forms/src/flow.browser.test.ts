/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { COMPLETE_OPSPORING, COMPLETE_VISITATION } from './test-answers.js';
import { $, activeId, pressSubmit, pressSubmitUntil, shadow, summaryLinks, tabTo, tabToPart, tick, type, settle } from './browser-test-helpers.js';
import type { HkoCheckSubmitDetail, RummeligHkoCheck } from './hko-check-form.js';
import type { OpsporingSubmitDetail, RummeligOpsporing } from './opsporing-form.js';
import type { RummeligVisitation } from './visitation-form.js';
// The tests use the single file a portal ships, not the sources.
import '../dist/rummelig-forms.js';

const { caseworker: _caseworker, ...COMPLETE_OPSPORING_CITIZEN } = COMPLETE_OPSPORING;

async function steps(template = html`<rummelig-opsporing flow="steps"></rummelig-opsporing>`): Promise<RummeligOpsporing> {
  const element = await fixture<RummeligOpsporing>(template);
  await element.updateComplete;
  return element;
}

const heading = (element: RummeligOpsporing | RummeligVisitation | RummeligHkoCheck) => $(element, '#page-heading').textContent?.trim().replace(/\s+/g, ' ');
const progress = (element: RummeligOpsporing | RummeligVisitation | RummeligHkoCheck) => $(element, '[part="progress"] p').textContent?.trim();

describe('the steps flow: one thing per page', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('starts with the introduction, then asks one thing per page with its progress, and the question is the page heading', async () => {
    const element = await steps();
    expect(heading(element)).to.equal('Har du en funktionsnedsættelse med betydning for dine job- og uddannelsesmuligheder?');
    expect($(element, '[part="intro"]').textContent).to.include('Mange mennesker har en funktionsnedsættelse');
    expect($(element, '[part="submit"]').textContent?.trim()).to.equal('Start');
    expect(shadow(element).querySelector('[part="progress"]')).to.equal(null);

    await pressSubmit(element);
    expect(progress(element)).to.equal('Trin 1 af 7');
    expect(heading(element)).to.equal('Personoplysninger');
    expect($(element, '[part="personal-details"] #cpr'), 'the section’s part holds in the steps flow too').to.exist;
    expect($(element, '#name')).to.exist;
    expect(activeId(element)).to.equal('page-heading');
    await expect(element).to.be.accessible();

    await pressSubmit(element);
    expect(progress(element)).to.equal('Trin 2 af 7');
    expect($(element, '#impairments legend #page-heading').textContent).to.equal('Funktionsnedsættelse');
    expect(shadow(element).querySelectorAll('h2')).to.have.length(1);
    expect(shadow(element).querySelector('#medically-documented')).to.equal(null);
  });

  it('tells the portal that a reset of the surrounding form shows the introduction again', async () => {
    const wrapper = await fixture<HTMLFormElement>(html`<form><rummelig-opsporing flow="steps"></rummelig-opsporing></form>`);
    const element = wrapper.querySelector('rummelig-opsporing') as RummeligOpsporing;
    await element.updateComplete;
    await pressSubmit(element);
    expect(heading(element)).to.equal('Personoplysninger');
    const shown = oneEvent(element, 'rummelig-step');
    wrapper.reset();
    const { detail } = (await shown) as CustomEvent<{ page: string; step: number; title: string }>;
    expect([detail.page, detail.step]).to.deep.equal(['intro', 0]);
    expect(detail.title).to.equal(heading(element));
  });

  it('checks only the page shown, with the error summary taking focus, and goes on once it is answered', async () => {
    const element = await steps();
    await pressSubmit(element);
    await pressSubmit(element);
    await pressSubmit(element);
    await waitUntil(() => activeId(element) === 'error-summary', 'the error summary did not take focus');
    expect(summaryLinks(element)).to.deep.equal(['#impairments']);
    expect(progress(element)).to.equal('Trin 2 af 7');
    await expect(element).to.be.accessible();

    await tick(element, '#impairment-adhd');
    await pressSubmit(element);
    expect(summaryLinks(element)).to.deep.equal(['#impact-adhd']);
    await tick(element, '#impact-adhd-large');
    await pressSubmit(element);
    expect(shadow(element).querySelector('#error-summary')).to.equal(null);
    expect($(element, 'label[for="impact-description"]').closest('h2')?.id).to.equal('page-heading');
  });

  it('goes back with the back link, to the introduction from the first page', async () => {
    const element = await steps();
    await pressSubmit(element);
    await pressSubmit(element);
    $(element, '[part="back-link"]').click();
    await element.updateComplete;
    expect(progress(element)).to.equal('Trin 1 af 7');
    $(element, '[part="back-link"]').click();
    await element.updateComplete;
    expect($(element, '[part="submit"]').textContent?.trim()).to.equal('Start');
  });

  it('has no current step in the single-page flow, where rummelig-step is not fired', async () => {
    const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing></rummelig-opsporing>`);
    await element.updateComplete;
    expect(element.currentStep).to.equal(undefined);
  });

  it('ends with check-your-answers, whose "Ændr" links return to it, and sends from there', async () => {
    const element = await steps();
    const titles: string[] = [];
    element.addEventListener('rummelig-step', (event) => titles.push(`${event.detail.step}/${event.detail.steps} ${event.detail.title}`));
    element.answers = {
      form: 'opsporing',
      formVersion: 1,
      citizen: { name: 'Jens <b>Hansen</b>' },
      impairments: [{ type: 'dyslexia-dyscalculia', impact: 'small', score: 2 }],
      impactDescription: 'Jeg læser langsomt.\nOg skriver langsomt.',
      medicallyDocumented: true,
      priorCompensationSchemes: false,
      priorLimitation: true,
    };
    await element.updateComplete;
    for (let page = 0; page < 7; page += 1) await pressSubmit(element);
    expect(heading(element)).to.equal('Tjek dine svar, før du sender dem');
    expect(progress(element)).to.equal('Trin 7 af 7');
    expect(element.currentStep, 'the page, as its rummelig-step told it').to.deep.equal({ page: 'check', step: 7, steps: 7, title: 'Tjek dine svar, før du sender dem' });
    expect($(element, '[part="submit"]').textContent?.trim()).to.equal('Send svar');
    const rows = [...shadow(element).querySelectorAll('.summary-list__row')];
    const row = (label: string) => rows.find((candidate) => candidate.querySelector('dt')?.textContent === label);
    expect(row('Navn:')?.querySelector('dd')?.textContent).to.equal('Jens <b>Hansen</b>');
    expect(row('Navn:')?.querySelector('b'), 'typed text is never markup').to.equal(null);
    expect(row('CPR:')?.querySelector('dd')?.textContent?.trim()).to.equal('Ikke besvaret');
    expect(row('Funktionsnedsættelse')?.querySelector('li')?.textContent).to.equal('Ordblindhed eller talblindhed – Lille (1-3), 2 på skalaen 0-10');
    expect(row('Er din funktionsnedsættelse lægeligt dokumenteret?')?.querySelector('dd')?.textContent).to.equal('Ja');
    // A section without a heading of its own is headed by its question, not read under the section before it.
    const headingOf = (label: string) => row(label)?.closest('dl')?.previousElementSibling?.textContent;
    expect(headingOf('Navn:')).to.equal('Personoplysninger');
    expect(headingOf('Funktionsnedsættelse')).to.equal('Funktionsnedsættelse');
    // A label that stands alone as a heading, or names a link, leaves out the source's colon, which a screen reader reads.
    expect(headingOf('Uddyb din funktionsnedsættelses betydning for dine job-/uddannelsesmuligheder:')).to.equal(
      'Uddyb din funktionsnedsættelses betydning for dine job-/uddannelsesmuligheder',
    );
    expect(headingOf('Er din funktionsnedsættelse lægeligt dokumenteret?')).to.equal('Andre relevante forhold');
    // On screen a heading is not repeated by its question's label, which stays for screen readers.
    const shown = (label: string) => (row(label)?.querySelector('dt')?.getBoundingClientRect().height ?? 0) > 1;
    expect(shown('Funktionsnedsættelse'), 'the label that repeats its heading').to.equal(false);
    expect(shown('Uddyb din funktionsnedsættelses betydning for dine job-/uddannelsesmuligheder:')).to.equal(false);
    expect(shown('Navn:'), 'a label under a heading of its section').to.equal(true);
    // Every "Ændr" stands at the same right edge, a row with its label hidden on screen as well.
    const rightEdge = (label: string) => Math.round(row(label)?.querySelector('.summary-list__action a')?.getBoundingClientRect().right ?? 0);
    expect(rightEdge('Funktionsnedsættelse'), 'Ændr beside a hidden label').to.equal(rightEdge('Navn:'));
    const change = row('Navn:')?.querySelector('a');
    expect(change?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Ændr Navn');
    expect(change?.querySelector('.visually-hidden')?.textContent?.trim()).to.equal('Navn');
    await expect(element).to.be.accessible();

    change?.click();
    await element.updateComplete;
    expect(heading(element)).to.equal('Personoplysninger');
    // The page asks for the CPR number and the name; focus goes to the one to change, not to the page's top.
    await waitUntil(() => activeId(element) === 'name', 'focus did not move to the question to change');
    // Back from the page "Ændr" opened is check-your-answers, as the citizen came from there.
    $(element, '[part="back-link"]').click();
    await element.updateComplete;
    expect(heading(element)).to.equal('Tjek dine svar, før du sender dem');
    [...shadow(element).querySelectorAll<HTMLAnchorElement>('.summary-list__row a')].find((link) => link.textContent?.includes('Navn'))?.click();
    await element.updateComplete;
    expect(heading(element)).to.equal('Personoplysninger');
    await type(element, '#name', 'Jens Hansen');
    await pressSubmit(element);
    expect(heading(element)).to.equal('Tjek dine svar, før du sender dem');
    const nameRow = [...shadow(element).querySelectorAll('.summary-list__row')].find((candidate) => candidate.querySelector('dt')?.textContent === 'Navn:');
    expect(nameRow?.querySelector('dd')?.textContent).to.equal('Jens Hansen');

    const submitted = oneEvent(element, 'rummelig-submit');
    await pressSubmit(element);
    const { detail } = (await submitted) as CustomEvent<OpsporingSubmitDetail>;
    expect(detail.answers.citizen).to.deep.equal({ name: 'Jens Hansen' });
    await waitUntil(() => activeId(element) === 'result-heading', 'focus did not move to the result');
    expect(titles[0]).to.equal('1/7 Personoplysninger');
    expect(titles).to.include('7/7 Tjek dine svar, før du sender dem');
    expect(titles.at(-1)).to.equal('0/7 Tak for dine svar');
    await expect(element).to.be.accessible();

    // "Ret svarene" goes back to check-your-answers, and tells the portal, which names the page by it.
    $(element, '[part="result"] button').click();
    await element.updateComplete;
    expect(heading(element)).to.equal('Tjek dine svar, før du sender dem');
    await waitUntil(() => titles.at(-1) === '7/7 Tjek dine svar, før du sender dem', `the page was not told: ${titles.at(-1)}`);
  });

  it('names the page that sending from check-your-answers led to, when an answer is missing there', async () => {
    const element = await steps();
    const titles: string[] = [];
    element.addEventListener('rummelig-step', (event) => titles.push(`${event.detail.step}/${event.detail.steps} ${event.detail.title}`));
    const answers = { ...COMPLETE_OPSPORING_CITIZEN, impactDescription: 'Jeg læser langsomt.' };
    element.answers = answers;
    await element.updateComplete;
    for (let page = 0; page < 7; page += 1) await pressSubmit(element);
    expect(heading(element)).to.equal('Tjek dine svar, før du sender dem');
    const { impactDescription: _left, ...withoutDescription } = answers;
    element.answers = withoutDescription;
    await element.updateComplete;
    await pressSubmit(element);
    await waitUntil(() => activeId(element) === 'error-summary', 'the errors were not shown');
    expect(heading(element)).not.to.equal('Tjek dine svar, før du sender dem');
    await waitUntil(() => titles.at(-1)?.endsWith(heading(element) ?? '') === true, `the portal was not told the page: ${titles.at(-1)}`);
  });

  it('can be filled in and sent with the keyboard alone, page by page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>før</button><rummelig-opsporing flow="steps"></rummelig-opsporing></div>`);
    const element = wrapper.querySelector('rummelig-opsporing') as unknown as RummeligOpsporing;
    await element.updateComplete;
    wrapper.querySelector('button')?.focus();
    const onwards = async () => {
      await tabToPart(element, 'submit');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => activeId(element) === 'page-heading' || activeId(element) === 'result-heading', 'the next page did not take focus');
    };
    await onwards(); // Start
    await onwards(); // Personoplysninger, left out
    await tabTo(element, 'impairment-brain-injury');
    await sendKeys({ press: 'Space' });
    await tabTo(element, 'impact-brain-injury-none');
    await sendKeys({ press: 'ArrowDown' });
    await onwards();
    await tabTo(element, 'impact-description');
    await sendKeys({ type: 'Jeg bliver hurtigt træt.' });
    await onwards();
    for (const id of ['medically-documented-yes', 'prior-compensation-schemes-yes', 'prior-limitation-yes']) {
      await tabTo(element, id);
      await sendKeys({ press: 'Space' });
      await onwards();
    }
    expect(heading(element)).to.equal('Tjek dine svar, før du sender dem');
    const submitted = oneEvent(element, 'rummelig-submit');
    await onwards();
    const { detail } = (await submitted) as CustomEvent<OpsporingSubmitDetail>;
    expect(detail.answers.impairments).to.deep.equal([{ type: 'brain-injury', impact: 'small' }]);
    expect(detail.answers.priorLimitation).to.equal(true);
    expect(activeId(element)).to.equal('result-heading');
  });

  it('takes the steps flow with flow="auto" on a narrow screen, and the whole form on a wide one', async () => {
    await setViewport({ width: 360, height: 640 });
    const narrow = await steps(html`<rummelig-opsporing flow="auto"></rummelig-opsporing>`);
    expect($(narrow, '[part="submit"]').textContent?.trim()).to.equal('Start');
    await setViewport({ width: 1024, height: 768 });
    // Decided once as the form opens: a zoom or a turn of the phone does not rebuild it under the citizen.
    await narrow.updateComplete;
    expect($(narrow, '[part="submit"]').textContent?.trim()).to.equal('Start');
    const wide = await steps(html`<rummelig-opsporing flow="auto"></rummelig-opsporing>`);
    expect($(wide, '[part="submit"]').textContent?.trim()).to.equal('Send svar');
    expect($(wide, '#medically-documented')).to.exist;
  });

  it('runs the job broker’s form one theme per page, with the recommendation beside the decision', async () => {
    const element = await fixture<RummeligVisitation>(html`<rummelig-visitation flow="steps"></rummelig-visitation>`);
    element.answers = COMPLETE_VISITATION;
    await element.updateComplete;
    await pressSubmit(element);
    const seen: string[] = [];
    let verdictHeadings: string[] = [];
    for (let page = 0; page < 12; page += 1) {
      seen.push(`${progress(element)}: ${heading(element)}`);
      if (heading(element) === 'Din vurdering') {
        verdictHeadings = [...shadow(element).querySelectorAll('h2, h3')].map((node) => `${node.tagName} ${node.textContent?.trim()}`);
        expect(activeId(element)).to.equal('page-heading');
        expect($(element, '[part="decision"]').getAttribute('aria-labelledby'), 'the decision is named by the page heading').to.equal('page-heading');
      }
      await pressSubmit(element);
    }
    // Read on from the heading that has focus: the recommendation, then the decision.
    expect(verdictHeadings).to.deep.equal(['H2 Din vurdering', 'H3 Anbefaling efter kriterierne']);
    expect(seen[0]).to.equal('Trin 1 af 13: Personoplysninger');
    expect(seen[1]).to.equal('Trin 2 af 13: CV/erfaringer');
    expect(seen[7]).to.equal('Trin 8 af 13: Funktionsnedsættelsens betydning for job/uddannelse');
    expect(seen[11]).to.equal('Trin 12 af 13: Din vurdering');
    expect(heading(element)).to.equal('Tjek svarene, før du gemmer vurderingen');
    await expect(element).to.be.accessible();
    const submitted = oneEvent(element, 'rummelig-submit');
    await pressSubmit(element);
    await submitted;
    expect($(element, '#result-heading').textContent).to.equal('Vurderingen er gemt');
  });

  it('runs the check of the schemes with pages for the chosen schemes only, a conditional question where it is needed, and "Ændr" back to the choice', async () => {
    const element = await fixture<RummeligHkoCheck>(html`<rummelig-hko-check flow="steps" as-of="2026-11-22"></rummelig-hko-check>`);
    const steps: number[] = [];
    element.addEventListener('rummelig-step', (event) => steps.push(event.detail.steps));
    await pressSubmit(element);
    expect(progress(element), 'no total before the schemes say how many pages there are').to.equal('Trin 1');
    expect(steps, 'nor in the event a portal may put in the page title').to.deep.equal([0]);
    expect($(element, '#schemes legend #page-heading').textContent).to.equal('Hvilke ordninger vil du vide mere om?');
    await pressSubmit(element);
    expect(summaryLinks(element), 'a scheme must be chosen').to.deep.equal(['#schemes']);
    await tick(element, '#schemes-mentor');
    expect(progress(element)).to.equal('Trin 1 af 3');
    await pressSubmit(element);
    expect(progress(element)).to.equal('Trin 2 af 3');
    expect(heading(element)).to.equal('Mentorstøtte');
    expect(steps.at(-1)).to.equal(3);
    await type(element, '#mentor-requested-months', 'et år');
    await pressSubmit(element);
    expect(summaryLinks(element)).to.deep.equal(['#mentor-requested-months']);
    // Months are whole: the example is the question's own, not the hours' "15 eller 7,5".
    expect($(element, '#error-summary a').textContent).to.equal('Skriv antal måneder med mentor som et tal, fx 6.');
    await type(element, '#mentor-requested-months', '6');
    await pressSubmit(element);
    expect(heading(element)).to.equal('Tjek dine svar, før du sender dem');
    expect($(element, '[part="check-answers"]').textContent).to.include('Mentorstøtte').and.include('6');

    // "Ændr" on the choice: the pages another scheme brings are asked, and then check-your-answers comes back.
    $(element, '[part="check-answers"] a[href="#schemes"]').click();
    await settle(element);
    await tick(element, '#schemes-personlig-assistance');
    await pressSubmit(element);
    // Back from a page the change brought up goes to the page before it, not to check-your-answers.
    expect(heading(element)).to.equal('Hvad er din situation?');
    $(element, '[part="back-link"]').click();
    await element.updateComplete;
    expect(heading(element)).to.equal('Hvilke ordninger vil du vide mere om?');
    await pressSubmit(element);
    const pages: string[] = [];
    for (let page = 0; page < 8 && heading(element) !== 'Tjek dine svar, før du sender dem'; page += 1) {
      pages.push(`${progress(element)}: ${heading(element)}`);
      if (heading(element) === 'Hvad er din situation?') await tick(element, '#situation-continuing-education');
      await pressSubmit(element);
    }
    expect(pages).to.deep.equal([
      'Trin 2 af 7: Hvad er din situation?',
      'Trin 3 af 7: Hvor mange timer om ugen arbejder du?',
      'Trin 4 af 7: Din funktionsnedsættelse',
      'Trin 5 af 7: Personlig assistance',
    ]);
    expect(progress(element)).to.equal('Trin 7 af 7');
    $(element, '[part="check-answers"] a[href="#personal-assistance-needed-hours-per-week"]').click();
    await settle(element);
    expect(heading(element)).to.equal('Personlig assistance');
    expect($(element, '#personal-assistance-entitled-to-sps'), 'SPS is asked in further education').to.exist;
    await pressSubmit(element);
    expect(heading(element), 'an answer that brings no new page leads straight back').to.equal('Tjek dine svar, før du sender dem');
    const submitted = oneEvent(element, 'rummelig-submit');
    await pressSubmit(element);
    const { detail } = (await submitted) as CustomEvent<HkoCheckSubmitDetail>;
    expect(detail.results.map((result) => result.ruleSet)).to.deep.equal(['personlig-assistance', 'mentor']);
    expect(activeId(element)).to.equal('result-heading');
  });

  it('with history, lets the browser’s Back and Forward move between the pages, and Back from the result return to the answers', async () => {
    const before = history.length;
    const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing flow="steps" history></rummelig-opsporing>`);
    const popped = async (move: () => void) => {
      const event = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      move();
      await event;
      await settle(element);
    };
    await pressSubmit(element);
    await pressSubmit(element);
    expect(progress(element)).to.equal('Trin 2 af 7');
    expect(history.length - before, 'one entry per page shown').to.equal(2);
    await popped(() => history.back());
    expect(progress(element)).to.equal('Trin 1 af 7');
    expect(activeId(element), 'the page heading takes focus as on any page').to.equal('page-heading');
    await popped(() => history.back());
    expect($(element, '[part="submit"]').textContent?.trim(), 'the introduction').to.equal('Start');
    await popped(() => history.forward());
    expect(progress(element)).to.equal('Trin 1 af 7');

    element.answers = COMPLETE_OPSPORING_CITIZEN;
    await settle(element);
    await pressSubmitUntil(element, '#result-heading', 10, 'the result');
    await popped(() => history.back());
    expect(heading(element)).to.equal('Tjek dine svar, før du sender dem');
    expect(JSON.stringify(history.state), 'an entry holds the page, never an answer').not.to.include('møde ind tidligt');
  });

  it('leaves the browser’s history alone without the history attribute', async () => {
    const before = { length: history.length, state: history.state as unknown };
    const element = await steps();
    await pressSubmit(element);
    await pressSubmit(element);
    expect(progress(element)).to.equal('Trin 2 af 7');
    expect(history.length).to.equal(before.length);
    expect(history.state, 'the entry is not even replaced').to.equal(before.state);
  });
});
