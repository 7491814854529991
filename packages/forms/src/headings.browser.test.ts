/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing, type LitElement, type TemplateResult } from 'lit';
import { $, activeId, expectNoAxeViolations, pressSubmit, settle, shadow, tabTo } from './browser-test-helpers.js';
import { handoverFrom } from './handover-test-helper.js';
import type { RummeligHkoCheck } from './hko-check-form.js';
import type { RummeligOpsporing } from './opsporing-form.js';
import type { RummeligVisitation } from './visitation-form.js';
import { COMPLETE_OPSPORING, COMPLETE_VISITATION, PERSONAL_ASSISTANCE_ANSWERS } from './test-answers.js';
// The tests use the single file a portal ships, not the sources.
import '../dist/rummelig-forms.js';

const { caseworker: _caseworker, ...CITIZEN_PART } = COMPLETE_OPSPORING;

interface Heading {
  readonly level: number;
  readonly rank: string;
  readonly text: string;
}

/** Every heading the element shows, in the order a screen reader lists them, with its level and the rank that styles it. */
function outline(element: LitElement): Heading[] {
  return [...shadow(element).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => ({
    level: Number(heading.tagName.slice(1)),
    rank: [...heading.classList].find((name) => name.startsWith('heading-')) ?? '',
    text: heading.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  }));
}

interface Case {
  readonly name: string;
  /** The element, at the heading level given (none: the default). */
  readonly template: (level: string | undefined) => TemplateResult;
  readonly prepare: (element: LitElement) => Promise<void>;
}

const CASES: readonly Case[] = [
  {
    name: 'the citizen’s screening, with a kept draft',
    template: (level) =>
      html`<rummelig-opsporing flow="steps" save-draft name="headings-${level ?? 'default'}" heading-level=${level ?? nothing}></rummelig-opsporing>`,
    prepare: async (element) => {
      (element as RummeligOpsporing).answers = CITIZEN_PART;
    },
  },
  {
    name: 'the job broker’s visitation, with a hand-over',
    template: (level) => html`<rummelig-visitation flow="steps" heading-level=${level ?? nothing}></rummelig-visitation>`,
    prepare: async (element) => {
      const visitation = element as RummeligVisitation;
      visitation.handover = await handoverFrom(COMPLETE_OPSPORING);
      await visitation.updateComplete;
      visitation.answers = COMPLETE_VISITATION;
    },
  },
  {
    name: 'the check of the schemes',
    template: (level) => html`<rummelig-hko-check flow="steps" schemes="personlig-assistance" as-of="2026-11-22" heading-level=${level ?? nothing}></rummelig-hko-check>`,
    prepare: async (element) => {
      (element as RummeligHkoCheck).answers = PERSONAL_ASSISTANCE_ANSWERS;
    },
  },
];

async function both(level: string, { template, prepare }: Case): Promise<readonly [LitElement, LitElement]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template(undefined)} ${template(level)}</div>`);
  const elements = [...wrapper.children] as LitElement[];
  for (const element of elements) {
    await prepare(element);
    await settle(element);
  }
  return [elements[0] as LitElement, elements[1] as LitElement];
}

describe('heading-level', () => {
  afterEach(() => sessionStorage.clear());

  for (const level of ['1', '4']) {
    for (const each of CASES) {
      it(`${level} moves every heading of ${each.name} by the same levels, on every page to the result, and keeps its look`, async () => {
        const [standard, moved] = await both(level, each);
        const shift = Number(level) - 2;
        let pages = 0;
        for (; pages < 20; pages += 1) {
          const expected = outline(standard).map((heading) => ({ ...heading, level: heading.level + shift }));
          expect(expected.length, 'a page without headings proves nothing').to.be.greaterThan(0);
          expect(outline(moved), `page ${pages + 1}`).to.deep.equal(expected);
          if (shadow(standard).querySelector('#result-heading')) break;
          await pressSubmit(standard);
          await pressSubmit(moved);
        }
        expect(shadow(moved).querySelector('#result-heading'), 'the walk reached the result').to.exist;
        expect(pages, 'the walk saw more than one page').to.be.greaterThan(2);
        // The rank, not the tag, decides the look: an <h1> and an <h4> of rank 2 are the same size.
        expect(getComputedStyle($(moved, '#result-heading')).fontSize).to.equal(getComputedStyle($(standard, '#result-heading')).fontSize);
        expect(activeId(moved), 'focus moves to the result heading at any level').to.equal('result-heading');
      });
    }
  }

  it('4 leaves the single-page form with its errors, sections and result free of axe violations, and reachable by keyboard', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>før</button><rummelig-opsporing heading-level="4"></rummelig-opsporing></div>`);
    const element = wrapper.querySelector('rummelig-opsporing') as RummeligOpsporing;
    await settle(element);
    expect(outline(element).slice(0, 2).map(({ level, rank }) => `${level} ${rank}`)).to.deep.equal(['4 heading-2', '5 heading-3']);
    wrapper.querySelector('button')?.focus();
    await tabTo(element, '');
    expect(shadow(element).activeElement?.getAttribute('part')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(activeId(element)).to.equal('error-summary');
    expect($(element, '#error-summary .error-summary__title').tagName, 'under the form’s own heading').to.equal('H5');
    await expectNoAxeViolations(element, 'with the error summary at level 4');
    element.answers = CITIZEN_PART;
    await pressSubmit(element);
    expect(Math.max(...outline(element).map(({ level }) => level)), 'the result’s deepest heading').to.equal(6);
    await expectNoAxeViolations(element, 'on the result at level 4');
  });

  it('changed while a page of the steps flow is shown, keeps focus on the page’s heading', async () => {
    const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing flow="steps"></rummelig-opsporing>`);
    await pressSubmit(element);
    expect(activeId(element)).to.equal('page-heading');
    element.headingLevel = 3;
    await settle(element);
    expect($(element, '#page-heading').tagName).to.equal('H3');
    expect(activeId(element), 'not dropped to the page’s body').to.equal('page-heading');
  });

  describe('a wrong one', () => {
    const original = console.error;
    let logged: string[] = [];
    beforeEach(() => {
      logged = [];
      console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    });
    afterEach(() => {
      console.error = original;
    });

    for (const wrong of ['5', '0', 'tre', '2.5']) {
      it(`"${wrong}" is reported once, and the headings are at the default level`, async () => {
        const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing heading-level=${wrong}></rummelig-opsporing>`);
        await settle(element);
        element.requestUpdate();
        await settle(element);
        expect(logged).to.deep.equal([`<rummelig-opsporing>: heading-level="${wrong}" is not one of 1, 2, 3, 4; 2 is used`]);
        expect(outline(element)[0]).to.include({ level: 2, rank: 'heading-2' });
      });
    }

    it('is not reported once the attribute is taken away, and a right one then applies', async () => {
      const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing heading-level="7"></rummelig-opsporing>`);
      await settle(element);
      element.removeAttribute('heading-level');
      await settle(element);
      expect(outline(element)[0]?.level).to.equal(2);
      element.headingLevel = 3;
      await settle(element);
      expect(outline(element)[0]?.level).to.equal(3);
      expect(logged).to.have.length(1);
    });
  });
});
