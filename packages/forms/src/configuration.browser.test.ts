/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { $, activeId, pressSubmit, pressSubmitUntil, settle, shadow, submitByClick, summaryLinks, tick, type } from './browser-test-helpers.js';
import type { RummeligHkoCheck } from './hko-check-form.js';
import type { MunicipalContact } from './contact.js';
import type { RummeligOpsporing } from './opsporing-form.js';
import type { RummeligVisitation } from './visitation-form.js';
import { handoverFrom } from './handover-test-helper.js';
import { COMPLETE_OPSPORING } from './test-answers.js';
// The tests use the single file a portal ships, not the sources.
import '../dist/rummelig-forms.js';

const { caseworker: _caseworker, ...citizenPart } = COMPLETE_OPSPORING;
const UNAVAILABLE = 'Vi kan ikke vise dit resultat lige nu';

// What the element tells the portal's developer: console.error, captured.
const original = console.error;
let logged: string[] = [];

describe('a wrong configuration', () => {
  beforeEach(() => {
    logged = [];
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.error = original;
  });

  describe('contact', () => {
    it('that is not JSON is reported once, naming the element, the attribute and the value, and the form works without it', async () => {
      const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing contact='{"organisation": "Jobcenter Eksempelby"'></rummelig-opsporing>`);
      await settle(element);
      expect(logged).to.deep.equal(['<rummelig-opsporing>: contact="{\\"organisation\\": \\"Jobcenter Eksempelby\\"" is not valid JSON and is not used']);
      expect(shadow(element).querySelector('[part="contact"]')).to.equal(null);
      await type(element, '#name', 'Jens Hansen');
      await settle(element);
      expect(logged, 'not again on a render').to.have.length(1);
      element.setAttribute('contact', '{organisation: "X"}');
      await settle(element);
      expect(logged, 'another wrong value is told too').to.have.length(2);
      expect(logged[1]).to.include('contact="{organisation: \\"X\\"}" is not valid JSON');
      expect($<HTMLInputElement>(element, '#name').value).to.equal('Jens Hansen');
    });

    it('of the wrong shape is reported with what is wrong, and what can be shown is', async () => {
      const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing contact='{"name":"Anna Holm"}'></rummelig-opsporing>`);
      await settle(element);
      expect(logged).to.deep.equal(['<rummelig-opsporing>: contact={"name":"Anna Holm"} has no organisation; no contact is shown']);
      element.setAttribute('contact', '["Jobcenter Eksempelby"]');
      await settle(element);
      expect(logged[1]).to.include('contact=["Jobcenter Eksempelby"] is not an object');
      // A phone number as a JSON number: reported, and the rest of the contact shown, not a broken form.
      element.contact = { organisation: 'Jobcenter Eksempelby', phone: 12345678, telefon: '1' } as unknown as MunicipalContact;
      await settle(element);
      expect(logged[2]).to.include('has phone, telefon, not used');
      expect($(element, '[part="contact"]').textContent).to.include('kontakte Jobcenter Eksempelby.');
      await element.updateComplete;
      expect(logged, 'once per value').to.have.length(3);
      await expect(element).to.be.accessible();
    });
  });

  describe('a word none of the attribute’s', () => {
    for (const [tag, attribute, wrong, message] of [
      ['rummelig-opsporing', 'flow', 'step', 'is not one of single-page, steps, auto; single-page is used'],
      ['rummelig-opsporing', 'mode', 'sagsbehandler', 'is not one of citizen, caseworker; citizen is used'],
      ['rummelig-visitation', 'impact-dimension', 'sometimes', 'is not one of either, future, both; either is used'],
      ['rummelig-hko-check', 'schemes', 'personlig-assistance,mentor mentorordning', 'has personlig-assistance,mentor, mentorordning, not used'],
    ] as const) {
      it(`${attribute}="${wrong}" on <${tag}> is reported once`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const element = document.createElement(tag);
        element.setAttribute(attribute, wrong);
        wrapper.append(element);
        await settle(element);
        element.requestUpdate();
        await settle(element);
        expect(logged).to.have.length(1);
        expect(logged[0]).to.include(`<${tag}>: ${attribute}="${wrong}" ${message}`);
      });
    }
  });

  describe('an object handed again', () => {
    it('that is equal to the one reported is not reported again, as a framework that renders again would hand it', async () => {
      const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing></rummelig-opsporing>`);
      for (let render = 0; render < 3; render += 1) {
        element.contact = { name: 'Anna Holm' } as unknown as MunicipalContact;
        element.ui = { hide: ['medically-documented'] };
        await settle(element);
      }
      expect(logged.filter((line) => line.includes('contact='))).to.have.length(1);
      expect(logged.filter((line) => line.includes('ui is not used'))).to.have.length(1);
    });
  });

  describe('heading-level as a property', () => {
    it('takes a number written as a string, as a framework may set it, and tells the value it was given', async () => {
      const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing heading-level="3"></rummelig-opsporing>`);
      (element as unknown as { headingLevel: string }).headingLevel = '4';
      await settle(element);
      expect($(element, '.heading-2').tagName).to.equal('H4');
      expect(logged).to.deep.equal([]);
      element.headingLevel = 6 as unknown as 1;
      await settle(element);
      expect(logged).to.deep.equal(['<rummelig-opsporing>: heading-level=6 is not one of 1, 2, 3, 4; 2 is used']);
    });
  });

  describe('properties set before the element is defined', () => {
    it('reach the form once it is: the answers, and the job broker’s hand-over', async () => {
      // An element made where nothing is defined stays undefined until it comes into this page, as one that a portal's
      // script reaches before the bundle has loaded.
      const elsewhere = document.implementation.createHTMLDocument('');
      const answers = { ...citizenPart, citizen: { name: 'Jens Hansen' } };
      const early = elsewhere.createElement('rummelig-opsporing') as RummeligOpsporing;
      early.answers = answers;
      expect(Object.hasOwn(early, 'answers'), 'not yet upgraded').to.equal(true);
      const visitation = elsewhere.createElement('rummelig-visitation') as RummeligVisitation;
      visitation.handover = await handoverFrom(COMPLETE_OPSPORING);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(early, visitation);
      await settle(early);
      await settle(visitation);
      expect($<HTMLInputElement>(early, '#name').value).to.equal('Jens Hansen');
      expect(early.answers).to.deep.equal(answers);
      expect($(visitation, '[part="handover"]').textContent).to.include('Psykiske lidelser');
    });
  });

  describe('as-of', () => {
    for (const [asOf, code] of [
      ['2026-13-01', 'invalid-as-of'],
      ['tomorrow', 'invalid-as-of'],
      ['2017-01-01', 'as-of-outside-rule-set'],
    ]) {
      it(`"${asOf}" is reported once with the rules' code ${code}`, async () => {
        const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing as-of=${asOf}></rummelig-opsporing>`);
        element.answers = citizenPart;
        await settle(element);
        await type(element, '#name', 'Jens Hansen');
        await settle(element);
        expect(logged).to.have.length(1);
        expect(logged[0]).to.match(new RegExp(`^<rummelig-opsporing>: as-of="${asOf}" cannot be used \\(${code}\\): .+ No result can be computed\\.$`));
      });
    }

    it('tells the citizen on sending, in plain Danish, that no result can be shown, and keeps the answers (single page)', async () => {
      const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing as-of="2026-13-01"></rummelig-opsporing>`);
      element.answers = citizenPart;
      let sent = false;
      element.addEventListener('rummelig-submit', () => (sent = true));
      await settle(element);
      await submitByClick(element);
      await settle(element);
      const summary = $(element, '#error-summary');
      expect(summary.querySelector('[role="alert"]')?.textContent).to.include(UNAVAILABLE);
      expect(summary.textContent).to.include('Fejlen er ikke i dine svar, og de er ikke gået tabt.');
      expect(summary.textContent, 'no raw error').not.to.include('YYYY');
      expect(activeId(element)).to.equal('error-summary');
      expect(sent).to.equal(false);
      expect(element.answers).to.deep.equal(citizenPart);
      expect($<HTMLTextAreaElement>(element, '#impact-description').value).to.equal(citizenPart.impactDescription);
      expect(element.validationMessage, 'a native form does not send it either').to.include('Skemaet er sat forkert op');
      await expect(element).to.be.accessible();
      expect(logged).to.have.length(1);
    });

    it('tells the citizen so on check-your-answers in the steps flow, with every answer still there', async () => {
      const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing flow="steps" as-of="tomorrow"></rummelig-opsporing>`);
      element.answers = citizenPart;
      await settle(element);
      await pressSubmitUntil(element, '[part="check-answers"]', 12, 'check-your-answers was never reached');
      await pressSubmit(element);
      expect($(element, '#error-summary').textContent).to.include(UNAVAILABLE);
      expect(activeId(element)).to.equal('error-summary');
      expect(shadow(element).querySelector('[part="check-answers"]'), 'still on check-your-answers').to.exist;
      expect(element.answers).to.deep.equal(citizenPart);
      await expect(element).to.be.accessible();
    });

    it('is told to the citizen where they begin, before any answer, without an alert', async () => {
      for (const flow of ['single-page', 'steps']) {
        const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing flow=${flow} as-of="2017-01-01"></rummelig-opsporing>`);
        await settle(element);
        const notice = $(element, '#unavailable-notice');
        expect(notice.textContent, flow).to.include(UNAVAILABLE);
        expect(notice.textContent, flow).to.include('så vi kan ikke vise dit resultat, når du har svaret');
        expect(notice.querySelector('[role="alert"]'), `${flow}: nothing has just happened`).to.equal(null);
        await expect(element).to.be.accessible();
      }
      const fine = await fixture<RummeligOpsporing>(html`<rummelig-opsporing flow="steps" as-of="2026-11-22"></rummelig-opsporing>`);
      await settle(fine);
      expect(shadow(fine).querySelector('#unavailable-notice'), 'not with a date the rules know').to.equal(null);
    });

    it('still asks for every required answer, page by page in the steps flow, as the form with a right date does', async () => {
      const errorsOnFirstPage = async (asOf: string): Promise<string[]> => {
        const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing flow="steps" as-of=${asOf}></rummelig-opsporing>`);
        await settle(element);
        await pressSubmit(element);
        expect(shadow(element).querySelector('#unavailable-notice'), 'not on a page of questions').to.equal(null);
        await pressSubmitUntil(element, '#error-summary', 12, `Continue never stopped at a required answer (as-of ${asOf})`);
        expect(activeId(element)).to.equal('error-summary');
        expect(shadow(element).querySelector('[part="check-answers"]'), 'stopped on a page of questions').to.equal(null);
        return summaryLinks(element);
      };
      const wrong = await errorsOnFirstPage('2017-01-01');
      expect(wrong).to.deep.equal(['#impairments']);
      expect(wrong).to.deep.equal(await errorsOnFirstPage('2026-11-22'));
    });

    it('still lists every required answer on sending the whole form, before it says that no result can be shown', async () => {
      const listed = async (asOf: string): Promise<string[]> => {
        const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing as-of=${asOf}></rummelig-opsporing>`);
        await settle(element);
        await submitByClick(element);
        await settle(element);
        return summaryLinks(element);
      };
      const wrong = await listed('tomorrow');
      expect(wrong).to.include.members(['#impairments', '#medically-documented']);
      expect(wrong).to.deep.equal(await listed('2026-11-22'));
    });

    it('in the check of the schemes still asks a question that depends on another answer', async () => {
      const element = await fixture<RummeligHkoCheck>(html`<rummelig-hko-check schemes="personlig-assistance" as-of="2017-01-01"></rummelig-hko-check>`);
      await settle(element);
      await tick(element, '#situation-continuing-education');
      await settle(element);
      expect(shadow(element).querySelector('#personal-assistance-entitled-to-sps-yes'), 'asked as the rules in force today ask it').to.exist;
    });

    it('in the check of the schemes is reported as set, and told to the citizen on sending', async () => {
      const element = await fixture<RummeligHkoCheck>(html`<rummelig-hko-check schemes="mentor" as-of="2017-01-01"></rummelig-hko-check>`);
      await settle(element);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.match(/^<rummelig-hko-check>: as-of="2017-01-01" cannot be used \(as-of-outside-rule-set\)/);
      await tick(element, '#mentor-psychiatric-discharge-yes');
      await type(element, '#mentor-requested-months', '6');
      await submitByClick(element);
      await settle(element);
      expect($(element, '#error-summary').textContent).to.include(UNAVAILABLE);
      expect($<HTMLInputElement>(element, '#mentor-requested-months').value).to.equal('6');
      expect($<HTMLInputElement>(element, '#mentor-psychiatric-discharge-yes').checked).to.equal(true);
      expect(logged, 'the failed check is the same mistake, told once').to.have.length(1);
      await expect(element).to.be.accessible();
    });
  });
});
