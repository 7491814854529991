/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, activeId, requestsDuring, settle, shadow, submitByClick, summaryLinks, tabTo, tick, type } from './browser-test-helpers.js';
import type { HkoCheckSubmitDetail, RummeligHkoCheck } from './hko-check-form.js';
import { PERSONAL_ASSISTANCE_ANSWERS } from './test-answers.js';
// The tests use the single file a portal ships, not the sources.
import '../dist/rummelig-hko-check.js';

async function render(template = html`<rummelig-hko-check as-of="2026-11-22"></rummelig-hko-check>`): Promise<RummeligHkoCheck> {
  const element = await fixture<RummeligHkoCheck>(template);
  await element.updateComplete;
  return element;
}

const asked = (element: RummeligHkoCheck): string[] =>
  [...shadow(element).querySelectorAll('[part="questions"] input')].map((input) => input.id).filter((id) => !/-(no|unknown)$/.test(id));

async function chooseScheme(element: RummeligHkoCheck, scheme: string): Promise<void> {
  await tick(element, `#schemes-${scheme}`);
}

async function fillPersonalAssistance(element: RummeligHkoCheck): Promise<void> {
  await chooseScheme(element, 'personlig-assistance');
  await tick(element, '#situation-flexjob');
  await type(element, '#weekly-hours', '20');
  await tick(element, '#impairment-long-lasting-yes');
  await tick(element, '#impairment-significant-yes');
  await type(element, '#personal-assistance-needed-hours-per-week', '10');
  await tick(element, '#personal-assistance-core-tasks-self-yes');
}

describe('<rummelig-hko-check>', () => {
  it('is tested as its own single file defines it, without the other forms', () => {
    expect(customElements.get('rummelig-hko-check')).to.exist;
    expect(customElements.get('rummelig-opsporing'), 'the file with every form was loaded too').to.equal(undefined);
  });

  describe('the questions', () => {
    it('tells the citizen to answer "Ved ikke" when unsure, as the question offers it, not to skip it', async () => {
      const element = await render();
      await chooseScheme(element, 'personlig-assistance');
      const hint = $(element, '#impairment-significant-hint').textContent ?? '';
      expect(hint).to.contain('Vælg "Ved ikke", hvis du ikke ved det.');
      expect(hint).not.to.contain('Spring');
      expect($(element, 'label[for="impairment-significant-unknown"]').textContent?.trim()).to.equal('Ved ikke');
    });

    it('asks which schemes first, and then only the questions of those chosen', async () => {
      const element = await render();
      expect($(element, 'h2').textContent).to.equal('Kan du få hjælp til at kompensere for dit handicap i job eller uddannelse?');
      expect($(element, '[part="schemes"] #schemes legend').textContent).to.equal('Hvilke ordninger vil du vide mere om?');
      expect(asked(element)).to.deep.equal([]);
      await chooseScheme(element, 'mentor');
      expect(asked(element)).to.deep.equal(['mentor-requested-months', 'mentor-psychiatric-discharge-yes']);
      await chooseScheme(element, 'personlig-assistance');
      expect(asked(element)).to.include.members(['situation-employed', 'weekly-hours', 'impairment-significant-yes', 'personal-assistance-core-tasks-self-yes']);
      expect(asked(element)).not.to.include('personal-assistance-entitled-to-sps-yes');
      expect(asked(element)).not.to.include('aid-customary-yes');
      expect($(element, '[role="status"]').textContent).to.contain('Spørgsmålene er opdateret');
    });

    it('tells a screen reader of every change of schemes in new words, so that a second change is read too', async () => {
      const element = await render();
      const said: string[] = [];
      for (const scheme of ['mentor', 'personlig-assistance', 'mentor']) {
        await chooseScheme(element, scheme);
        said.push($(element, '[role="status"]').textContent?.trim() ?? '');
      }
      expect(said).to.deep.equal([
        'Du har valgt Mentorstøtte. Spørgsmålene er opdateret.',
        'Du har valgt Personlig assistance. Spørgsmålene er opdateret.',
        'Du har fravalgt Mentorstøtte. Spørgsmålene er opdateret.',
      ]);
    });

    it('asks a question that depends on another answer only when the rules need it', async () => {
      const element = await render();
      await chooseScheme(element, 'personlig-assistance');
      const said = () => $(element, '[role="status"]').textContent?.trim();
      await tick(element, '#situation-continuing-education');
      expect(asked(element)).to.include('personal-assistance-entitled-to-sps-yes');
      // The question comes further down, out of sight of a screen reader, which is told of it.
      expect(said()).to.equal('Der er kommet et spørgsmål mere: Har du ret til specialpædagogisk støtte (SPS) på uddannelsen?');
      await tick(element, '#situation-employed');
      expect(asked(element)).not.to.include('personal-assistance-entitled-to-sps-yes');
      expect(said()).to.equal('Et spørgsmål er ikke længere med: Har du ret til specialpædagogisk støtte (SPS) på uddannelsen?');
      await type(element, '#weekly-hours', '37');
      expect(said(), 'nothing to tell').to.equal('');
      await type(element, '#personal-assistance-needed-hours-per-week', '25');
      expect(asked(element)).to.include('personal-assistance-special-full-time-case-yes');
      expect(said()).to.contain('Der er kommet et spørgsmål mere: Har kommunen vurderet');
      await type(element, '#personal-assistance-needed-hours-per-week', '12');
      expect(asked(element)).not.to.include('personal-assistance-special-full-time-case-yes');
      expect(said()).to.contain('Et spørgsmål er ikke længere med: Har kommunen vurderet');
    });

    it('chooses the schemes named in the attribute, and renders in English with lang="en"', async () => {
      const element = await render(html`<rummelig-hko-check lang="en" schemes="isbryder fortrinsadgang"></rummelig-hko-check>`);
      expect($<HTMLInputElement>(element, '#schemes-isbryder').checked).to.equal(true);
      expect($<HTMLInputElement>(element, '#schemes-mentor').checked).to.equal(false);
      expect($(element, 'label[for="education-months"]').textContent).to.equal('How long was your education, in months?');
      expect($(element, '[part="submit"]').textContent?.trim()).to.equal('See what you can get');
      expect(asked(element)).to.include('fortrinsadgang-referred-by-jobcentre-yes');
    });

    it('offers "Ved ikke" for every yes/no question, and leaves it out of the document', async () => {
      const element = await render();
      await chooseScheme(element, 'hjaelpemidler');
      await tick(element, '#aid-customary-unknown');
      await tick(element, '#aid-decisive-yes');
      expect(element.answers).to.deep.equal({ form: 'hko', formVersion: 1, aid: { decisive: true } });
      expect($<HTMLInputElement>(element, '#aid-customary-unknown').checked).to.equal(true);
    });

    it('has no axe violations with no scheme, with every scheme chosen, and in English', async () => {
      await expect(await render()).to.be.accessible();
      const all = await render(html`<rummelig-hko-check schemes="personlig-assistance hjaelpemidler isbryder fortrinsadgang mentor"></rummelig-hko-check>`);
      await expect(all).to.be.accessible();
      await expect(await render(html`<rummelig-hko-check lang="en" schemes="mentor"></rummelig-hko-check>`)).to.be.accessible();
    });
  });

  describe('errors', () => {
    it('asks for a scheme, and for a number or a date it can read, in a summary that takes focus and links to the field', async () => {
      const element = await render();
      await submitByClick(element);
      expect(activeId(element)).to.equal('error-summary');
      expect(summaryLinks(element)).to.deep.equal(['#schemes']);
      await chooseScheme(element, 'isbryder');
      await waitUntil(() => summaryLinks(element).length === 0, 'the fixed error stayed');
      await type(element, '#education-months', 'tre år');
      await type(element, '#education-completed-on', '31-06-2025');
      await submitByClick(element);
      expect(summaryLinks(element)).to.deep.equal(['#education-months', '#education-completed-on']);
      expect($(element, '#education-months-error').textContent).to.contain('Skriv uddannelsens længde i måneder som et tal');
      expect($(element, '#education-completed-on-error').textContent).to.contain('Skriv en rigtig dato for, hvornår du blev færdig med uddannelsen, fx 30-06-2025');
      await expect(element).to.be.accessible();
      $(element, '#error-summary a[href="#education-completed-on"]').click();
      expect(activeId(element)).to.equal('education-completed-on');
    });

    it('reports a number outside the contract with the field', async () => {
      const element = await render();
      await chooseScheme(element, 'personlig-assistance');
      await type(element, '#weekly-hours', '90');
      await submitByClick(element);
      expect(summaryLinks(element)).to.deep.equal(['#weekly-hours']);
      expect($(element, '#weekly-hours-error').textContent).to.contain('Skriv antal timer om ugen som et tal mellem 0 og 80.');
    });

    it('takes the schemes as a list when a framework sets the property, as it takes the attribute', async () => {
      const element = await render(html`<rummelig-hko-check as-of="2026-11-22"></rummelig-hko-check>`);
      element.schemes = ['mentor'];
      await element.updateComplete;
      expect(shadow(element).querySelector('#mentor-requested-months'), 'the mentor question').not.to.equal(null);
      expect(shadow(element).querySelector('#weekly-hours'), 'no question of another scheme').to.equal(null);
    });

    it('names the question in every message, so that the links of the error summary can be told apart', async () => {
      const element = await render(html`<rummelig-hko-check as-of="2026-11-22" schemes="personlig-assistance isbryder mentor"></rummelig-hko-check>`);
      for (const field of ['weekly-hours', 'personal-assistance-needed-hours-per-week']) await type(element, `#${field}`, 'mange');
      for (const field of ['education-months', 'isbryder-duration-months', 'mentor-requested-months']) await type(element, `#${field}`, '-1');
      for (const field of ['education-completed-on', 'isbryder-planned-start']) await type(element, `#${field}`, '31-02-2026');
      await submitByClick(element);
      const messages = [...shadow(element).querySelectorAll('#error-summary a')].map((link) => link.textContent ?? '');
      expect(messages).to.have.length(7);
      expect(new Set(messages).size, messages.join('\n')).to.equal(7);
      expect(messages).to.include.members([
        'Skriv antal timer om ugen som et tal, fx 15 eller 7,5.',
        'Skriv antal måneder med mentor som et tal på mindst 0.',
        'Skriv en rigtig dato for, hvornår ansættelsen starter, fx 30-06-2025 (dag-måned-år).',
      ]);
    });

    it('keeps the words of an error shown while the citizen types, drops it once fixed, and rewords it at the next submit', async () => {
      const element = await render();
      await chooseScheme(element, 'personlig-assistance');
      await type(element, '#weekly-hours', '90');
      await submitByClick(element);
      const range = 'Skriv antal timer om ugen som et tal mellem 0 og 80.';
      const words = () => [$(element, '#error-summary a').textContent, $(element, '#weekly-hours-error').textContent?.replace('Fejl:', '').trim()];
      expect(words()).to.deep.equal([range, range]);
      // Still wrong, in another way: the alert must not speak up mid-typing.
      await type(element, '#weekly-hours', '9x');
      await settle(element);
      expect(words()).to.deep.equal([range, range]);
      await submitByClick(element);
      expect($(element, '#error-summary a').textContent).to.equal('Skriv antal timer om ugen som et tal, fx 15 eller 7,5.');
      await type(element, '#weekly-hours', '20');
      await waitUntil(() => shadow(element).querySelector('#weekly-hours-error') === null, 'the fixed error stayed');
    });

    it('leaves spell-check off in its number boxes only', async () => {
      const element = await render(html`<rummelig-hko-check schemes="isbryder"></rummelig-hko-check>`);
      expect($<HTMLInputElement>(element, '#education-months').spellcheck).to.equal(false);
      expect($<HTMLInputElement>(element, '#education-completed-on').spellcheck).to.equal(true);
    });
  });

  describe('the result', () => {
    it('can be filled in and sent with the keyboard alone, and explains each scheme with its reasons, figures and sources', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>før</button><rummelig-hko-check as-of="2026-11-22"></rummelig-hko-check></div>`);
      const element = wrapper.querySelector('rummelig-hko-check') as RummeligHkoCheck;
      await element.updateComplete;
      wrapper.querySelector('button')?.focus();
      await tabTo(element, 'schemes-personlig-assistance');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      await tabTo(element, 'situation-unemployed');
      for (let step = 0; step < 3; step += 1) await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#situation-flexjob').checked).to.equal(true);
      await tabTo(element, 'weekly-hours');
      await sendKeys({ type: '20' });
      await tabTo(element, 'impairment-long-lasting-yes');
      await sendKeys({ press: 'Space' });
      await tabTo(element, 'impairment-significant-yes');
      await sendKeys({ press: 'Space' });
      await tabTo(element, 'personal-assistance-needed-hours-per-week');
      await sendKeys({ type: '10,5' });
      await tabTo(element, 'personal-assistance-core-tasks-self-yes');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;

      const submitted = oneEvent(element, 'rummelig-submit');
      await tabTo(element, '');
      expect(shadow(element).activeElement?.getAttribute('part')).to.equal('submit');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await submitted) as CustomEvent<HkoCheckSubmitDetail>;
      expect(detail.answers).to.deep.equal(PERSONAL_ASSISTANCE_ANSWERS);
      expect(detail.results.map((result) => [result.ruleSet, result.recommendation, result.maxWeeklyHours])).to.deep.equal([['personlig-assistance', 'likely-eligible', (20 * 20) / 37]]);
      await waitUntil(() => activeId(element) === 'result-heading', 'focus did not move to the result');
      const result = $(element, '[part="result-scheme"]');
      expect(result.querySelector('h3')?.textContent).to.equal('Personlig assistance');
      expect(result.querySelector('.outcome')?.textContent).to.contain('Du kan sandsynligvis bruge ordningen');
      expect(result.textContent).to.contain('Opfyldt:');
      expect(result.textContent).to.contain('Kompensationsloven § 4 (LBK nr. 108 af 3. februar 2020, § 4)');
      expect(result.querySelector('.figures dd')?.textContent).to.contain('10,81 timer om ugen');
      expect(result.textContent).to.contain('kommunen');
      await expect(element).to.be.accessible();
    });

    it('says what is missing and what would change the outcome, for each scheme chosen', async () => {
      const element = await render(html`<rummelig-hko-check as-of="2021-06-01" schemes="isbryder mentor"></rummelig-hko-check>`);
      await type(element, '#education-months', '17');
      await tick(element, '#mentor-psychiatric-discharge-yes');
      await type(element, '#mentor-requested-months', '6');
      await submitByClick(element);
      const [isbryder, mentor] = [...shadow(element).querySelectorAll('[part="result-scheme"]')];
      expect(isbryder?.querySelector('.outcome')?.textContent).to.contain('Du kan sandsynligvis ikke bruge ordningen');
      expect(isbryder?.textContent).to.contain('Ikke opfyldt:');
      expect(isbryder?.textContent).to.contain('Et almindeligt løntilskud eller andre ordninger kan måske hjælpe');
      expect(isbryder?.textContent).to.contain('Det mangler vi at vide');
      expect(isbryder?.textContent).to.contain('jobcentret');
      // The subsidy's five steps as a list, each named, not as figures between slashes.
      const steps = [...(isbryder?.querySelectorAll('.figure-steps li') ?? [])].map((step) => step.textContent?.trim());
      expect(steps).to.deep.equal(['Trin 1: ikke kendt', 'Trin 2: ikke kendt', 'Trin 3: ikke kendt', 'Trin 4: ikke kendt', 'Trin 5: 160,24 kr. i timen']);
      expect(mentor?.querySelector('.outcome')?.textContent).to.contain('Du kan sandsynligvis bruge ordningen');
      expect(mentor?.textContent).to.contain('Gælder for dig:');
      await expect(element).to.be.accessible();
    });

    it('says of a supporting criterion whether it applies, not that it is unmet, under an outcome that is met', async () => {
      const element = await render(html`<rummelig-hko-check as-of="2026-11-22" schemes="mentor"></rummelig-hko-check>`);
      await tick(element, '#mentor-psychiatric-discharge-no');
      await type(element, '#mentor-requested-months', '6');
      await submitByClick(element);
      const mentor = $(element, '[part="result-scheme"]');
      expect(mentor.querySelector('.outcome')?.textContent).to.contain('Du kan sandsynligvis bruge ordningen');
      const statuses = [...mentor.querySelectorAll('.criteria li strong')].map((status) => status.textContent?.trim());
      expect(statuses).to.deep.equal(['Opfyldt:', 'Gælder ikke for dig:']);
    });

    it('marks the Danish sources Danish on an English result, and names each step of the subsidy', async () => {
      const element = await render(html`<rummelig-hko-check lang="en" as-of="2019-06-01" schemes="isbryder"></rummelig-hko-check>`);
      await type(element, '#education-months', '36');
      await submitByClick(element);
      const scheme = $(element, '[part="result-scheme"]');
      const sources = [...scheme.querySelectorAll('.source [lang]')];
      expect(sources.length).to.equal(scheme.querySelectorAll('.criteria li').length);
      expect(sources.every((source) => source.getAttribute('lang') === 'da')).to.equal(true);
      expect(sources[0]?.textContent).to.contain('Lov om en aktiv beskæftigelsesindsats');
      const steps = [...scheme.querySelectorAll('.figure-steps li')].map((step) => step.textContent?.trim());
      expect(steps).to.deep.equal(['Step 1: 28.56 DKK an hour', 'Step 2: 50.01 DKK an hour', 'Step 3: 79.68 DKK an hour', 'Step 4: 115.73 DKK an hour', 'Step 5: 154.02 DKK an hour']);
      await expect(element).to.be.accessible();
    });

    it('lists a judgement the citizen skipped as the municipality’s to assess, not as missing from the citizen', async () => {
      const element = await render();
      await fillPersonalAssistance(element);
      await tick(element, '#impairment-significant-unknown');
      const submitted = oneEvent(element, 'rummelig-submit');
      await submitByClick(element);
      const { detail } = (await submitted) as CustomEvent<HkoCheckSubmitDetail>;
      expect(detail.results[0]?.missing, 'the contract is unchanged').to.include('impairment.significant');
      const scheme = $(element, '[part="result-scheme"]');
      const headings = [...scheme.querySelectorAll('h4')].map((heading) => heading.textContent);
      expect(headings).to.include('Det vurderer kommunen, når du søger');
      expect(headings).not.to.include('Det mangler vi at vide');
      expect(scheme.textContent).to.include('Er din funktionsnedsættelse betydelig?');
      await expect(element).to.be.accessible();
    });

    it('goes back to the answers with "Ret dine svar"', async () => {
      const element = await render();
      await fillPersonalAssistance(element);
      await submitByClick(element);
      $(element, '[part="result"] button').click();
      await waitUntil(() => shadow(element).querySelector('#weekly-hours') !== null, 'the form did not come back');
      expect($<HTMLInputElement>(element, '#weekly-hours').value).to.equal('20');
      // The choice of the scheme was told before sending; a status region that comes back must not say it again.
      expect($(element, '[role="status"]').textContent?.trim()).to.equal('');
    });
  });

  describe('in a native form', () => {
    it('submits its answers as JSON under its name, blocks the submit until it can be read, and resets', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><rummelig-hko-check name="schemes" schemes="mentor"></rummelig-hko-check></form>`);
      const element = form.querySelector('rummelig-hko-check') as RummeligHkoCheck;
      await element.updateComplete;
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits += 1;
      });
      await type(element, '#mentor-requested-months', 'seks');
      await waitUntil(() => !form.checkValidity(), 'an unreadable number should make the form invalid');
      form.requestSubmit();
      expect(submits).to.equal(0);
      await waitUntil(() => activeId(element) === 'error-summary', 'the error summary did not take focus');
      await type(element, '#mentor-requested-months', '6');
      await waitUntil(() => form.checkValidity(), 'a readable answer should make the form valid');
      expect(JSON.parse(String(new FormData(form).get('schemes')))).to.deep.equal({ form: 'hko', formVersion: 1, mentor: { requestedMonths: 6 } });
      form.requestSubmit();
      expect(submits).to.equal(1);
      form.reset();
      await element.updateComplete;
      expect(element.answers).to.deep.equal({ form: 'hko', formVersion: 1 });
      expect($<HTMLInputElement>(element, '#schemes-mentor').checked, 'the schemes of the attribute come back').to.equal(true);
    });
  });

  it('fits 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const element = await render(html`<rummelig-hko-check schemes="hjaelpemidler isbryder fortrinsadgang mentor"></rummelig-hko-check>`);
      expect(document.documentElement.scrollWidth, 'every question shown').to.be.at.most(320);
      await fillPersonalAssistance(element);
      await submitByClick(element);
      expect(document.documentElement.scrollWidth, 'the result').to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('makes no network request of its own', async () => {
    const requests = await requestsDuring(async () => {
      const element = await render();
      await fillPersonalAssistance(element);
      await submitByClick(element);
      expect($(element, '#result-heading')).to.exist;
    });
    expect(requests).to.deep.equal([]);
  });
});
