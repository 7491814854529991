/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { HkoAnswers, OpsporingAnswers, VisitationAnswers } from '@rummelig/core';
import { COMPLETE_VISITATION } from './test-answers.js';
import { $, activeId, expectNoAxeViolations, pressSubmit, pressSubmitUntil, shadow, tabToPart, settle } from './browser-test-helpers.js';
import type { RummeligHkoCheck } from './hko-check-form.js';
import type { RummeligOpsporing } from './opsporing-form.js';
import type { RummeligVisitation } from './visitation-form.js';
// The tests use the single file a portal ships, not the sources.
import '../dist/rummelig-forms.js';

/**
 * What every form component must do, checked the same way for each: the
 * WCAG 2.1 AA checks that a browser can make, in every state (empty, with
 * errors, filled, check-your-answers, result), in both flows and in both the
 * default and the example portal's alternative theme; keyboard-only filling
 * and sending; reflow at 320 px and text at 200 %; reduced motion; and the
 * native-form contract. docs/accessibility.md maps these to the criteria.
 */

type Form = RummeligOpsporing | RummeligVisitation | RummeligHkoCheck;

interface FormCase {
  readonly name: string;
  readonly tag: 'rummelig-opsporing' | 'rummelig-visitation' | 'rummelig-hko-check';
  readonly attributes?: Readonly<Record<string, string>>;
  readonly complete: OpsporingAnswers | VisitationAnswers | HkoAnswers;
}

const CONTACT = '{"organisation":"Jobcenter Eksempelby","phone":"12 34 56 78","email":"jobcenter@eksempelby.dk"}';

const FORMS: readonly FormCase[] = [
  {
    name: '<rummelig-opsporing> (citizen)',
    tag: 'rummelig-opsporing',
    attributes: { contact: CONTACT },
    complete: {
      form: 'opsporing',
      formVersion: 1,
      citizen: { name: 'Mette <i>Jensen</i>' },
      impairments: [
        { type: 'mental-illness', impact: 'large', score: 9 },
        { type: 'other', impact: 'small', description: 'Migræne' },
      ],
      impactDescription: 'Jeg har svært ved at møde ind tidligt.',
      medicallyDocumented: true,
      priorCompensationSchemes: false,
      priorLimitation: true,
    },
  },
  {
    name: '<rummelig-opsporing mode="caseworker">',
    tag: 'rummelig-opsporing',
    attributes: { mode: 'caseworker' },
    complete: {
      form: 'opsporing',
      formVersion: 1,
      impairments: [{ type: 'adhd', impact: 'medium' }],
      impactDescription: 'Koncentration.',
      medicallyDocumented: false,
      priorCompensationSchemes: true,
      priorLimitation: true,
      caseworker: { citizenWantsVisitation: true, referToVisitation: true },
      context: { benefit: 'kontanthjaelp' },
    },
  },
  {
    name: '<rummelig-visitation>',
    tag: 'rummelig-visitation',
    // The recommendation and the decision differ, so the reason and every revealed question are there too.
    complete: {
      ...COMPLETE_VISITATION,
      impairments: { primary: 'mental-illness', others: ['autism'], note: 'Migræne' },
      hkoNeededBefore: true,
      hkoNeededNow: true,
      hkoSchemes: ['mentor'],
      motivated: false,
      reinviteLater: true,
      decision: { referToProgramme: false, reason: 'Ønsker at vente.' },
    },
  },
  {
    name: '<rummelig-hko-check>',
    tag: 'rummelig-hko-check',
    attributes: { contact: CONTACT, 'as-of': '2026-11-22' },
    // Two schemes, one of them above the hours cap, so the conditional question and the figures are there too.
    complete: {
      form: 'hko',
      formVersion: 1,
      situation: 'employed',
      weeklyHours: 37,
      impairment: { longLasting: true, significant: true },
      personalAssistance: { neededHoursPerWeek: 25, coreTasksSelf: true, specialFullTimeCase: false },
      isbryder: { durationMonths: 12, employerSector: 'private' },
      education: { months: 36, completedOn: '2025-06-30' },
    },
  },
];

const FLOWS = ['single-page', 'steps'] as const;
const THEMES = ['default', 'alternative'] as const;
type Flow = (typeof FLOWS)[number];

async function render(form: FormCase, flow: Flow): Promise<Form> {
  const element = document.createElement(form.tag as string) as unknown as Form;
  for (const [name, value] of Object.entries({ ...form.attributes, flow })) element.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div>${element}</div>`);
  const rendered = wrapper.firstElementChild as unknown as Form;
  await rendered.updateComplete;
  return rendered;
}


/** The states every form is checked in; each leaves the element in that state and says what it is. */
const STATES: readonly { readonly name: string; enter(element: Form, form: FormCase, flow: Flow): Promise<void> }[] = [
  { name: 'empty', enter: async () => {} },
  {
    name: 'with errors',
    enter: async (element) => {
      // In the steps flow: past the introduction and the optional personal details, to the first page that asks.
      await pressSubmitUntil(element, '#error-summary', 4, 'an error summary');
    },
  },
  {
    name: 'filled',
    enter: async (element, form, flow) => {
      element.answers = form.complete as never;
      await settle(element);
      if (flow === 'steps') await pressSubmit(element);
    },
  },
  {
    name: 'on check-your-answers or fully filled',
    enter: async (element, form, flow) => {
      element.answers = form.complete as never;
      await settle(element);
      if (flow === 'steps') {
        await pressSubmitUntil(element, '[part="check-answers"]', 20, 'check-your-answers');
      }
    },
  },
  {
    name: 'with the result',
    enter: async (element, form, flow) => {
      element.answers = form.complete as never;
      await settle(element);
      await pressSubmitUntil(element, '#result-heading', 20, `a result after ${flow}`);
    },
  },
];

function useTheme(theme: (typeof THEMES)[number]): () => void {
  if (theme === 'default') return () => {};
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/examples/portal/theme-alternative.css' });
  document.head.append(link);
  document.documentElement.classList.add('theme-alternative');
  return () => {
    link.remove();
    document.documentElement.classList.remove('theme-alternative');
  };
}

/** What would scroll sideways: the page, or a part of the element that sticks out of it; empty when nothing does. */
function sidewaysScroll(element: Form): string[] {
  const page = document.documentElement;
  const edge = page.clientWidth + 0.5;
  const sticking = [...shadow(element).querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getBoundingClientRect().right > edge && getComputedStyle(node).position !== 'absolute')
    .map((node) => `${node.tagName.toLowerCase()}#${node.id}.${node.className} (${Math.round(node.getBoundingClientRect().right)} px)`);
  return page.scrollWidth > page.clientWidth ? [`the page is ${page.scrollWidth} px wide`, ...sticking] : sticking;
}

/** Checks a browser can make beyond axe, for the structure the criteria ask for. */
function expectStructure(element: Form, state: string): void {
  const root = shadow(element);
  const ids = [...root.querySelectorAll('[id]')].map((node) => node.id);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index), `duplicate ids ${state} (4.1.1)`).to.deep.equal([]);
  for (const control of root.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    expect(control.labels?.length ?? 0, `#${control.id} has a label ${state} (1.3.1, 4.1.2)`).to.be.greaterThan(0);
    if (control.type === 'radio' || control.type === 'checkbox') {
      const legend = control.closest('fieldset')?.querySelector(':scope > legend')?.textContent?.trim() ?? '';
      expect(legend, `#${control.id} is in a fieldset with a legend ${state} (1.3.1)`).not.to.equal('');
    }
  }
  for (const message of root.querySelectorAll('.error-message')) {
    expect(message.textContent?.trim(), `an error says it is one in words, not only in red ${state} (1.4.1)`).to.match(/^Fejl:|^Error:/);
    const describers = [...root.querySelectorAll('[aria-describedby]')].flatMap((node) => node.getAttribute('aria-describedby')?.split(' ') ?? []);
    expect(describers, `#${message.id} is read with its field ${state}`).to.include(message.id);
  }
  for (const link of root.querySelectorAll('a')) {
    expect(link.textContent?.replace(/\s+/g, ' ').trim().length ?? 0, `links say where they go ${state} (2.4.4)`).to.be.greaterThan(4);
  }
  expect(root.querySelector('div[lang]')?.getAttribute('lang'), `the language is marked ${state} (3.1.2)`).to.match(/^(da|en)$/);
}

for (const form of FORMS) {
  describe(`${form.name}: WCAG 2.1 AA checks in Chromium`, () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ reducedMotion: 'no-preference' });
      document.documentElement.style.removeProperty('font-size');
    });

    for (const flow of FLOWS) {
      for (const theme of THEMES) {
        it(`has no axe violations and keeps its structure in every state, ${flow}, ${theme} theme`, async () => {
          const restore = useTheme(theme);
          try {
            for (const state of STATES) {
              const element = await render(form, flow);
              if (theme === 'alternative') {
                const submit = $(element, '[part="submit"]');
                await waitUntil(() => getComputedStyle(submit).borderTopLeftRadius === '999px', 'the alternative theme does not reach the element');
              }
              await state.enter(element, form, flow);
              const where = `${state.name} (${flow}, ${theme})`;
              await expectNoAxeViolations(element, where);
              expectStructure(element, where);
            }
          } finally {
            restore();
          }
        });
      }

      it(`fits 320 px without horizontal scrolling in every state, and 200 % text at 640 px, ${flow}`, async () => {
        for (const [width, fontSize] of [
          [320, '100%'],
          [640, '200%'],
        ] as const) {
          await setViewport({ width, height: 640 });
          document.documentElement.style.fontSize = fontSize;
          for (const theme of THEMES) {
            const restore = useTheme(theme);
            try {
              for (const state of STATES) {
                const element = await render(form, flow);
                await state.enter(element, form, flow);
                expect(sidewaysScroll(element), `${state.name} at ${width} px, text ${fontSize}, ${theme} theme`).to.deep.equal([]);
              }
            } finally {
              restore();
            }
          }
        }
      });
    }

    it('survives the text spacing of WCAG 1.4.12 at 320 px: nothing clipped, nothing scrolls sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const state of STATES) {
        const element = await render(form, 'single-page');
        await state.enter(element, form, 'single-page');
        Object.assign(element.style, { lineHeight: '1.5', letterSpacing: '0.12em', wordSpacing: '0.16em' });
        element.style.setProperty('--rummelig-line-height', '1.5');
        await element.updateComplete;
        expect(sidewaysScroll(element), state.name).to.deep.equal([]);
        const clipped = [...shadow(element).querySelectorAll<HTMLElement>(':not(.visually-hidden)')].filter(
          (node) => getComputedStyle(node).overflowY === 'hidden' && node.scrollHeight > node.clientHeight + 1,
        );
        expect(clipped.map((node) => node.id || node.className), state.name).to.deep.equal([]);
      }
    });

    it('marks the citizen’s own name for autofill, and never a name typed for someone else (1.3.5)', async () => {
      const element = await render(form, 'single-page');
      const name = shadow(element).querySelector<HTMLInputElement>('#name');
      if (form.tag === 'rummelig-hko-check') return expect(name, 'the check asks for no name').to.equal(null);
      const expected = form.tag === 'rummelig-opsporing' && form.attributes?.['mode'] !== 'caseworker' ? 'name' : 'off';
      expect(name?.autocomplete).to.equal(expected);
    });

    it('shows a focus outline of at least 3 px on every control reached by Tab (2.4.7)', async () => {
      const element = await render(form, 'single-page');
      element.answers = form.complete as never;
      await settle(element);
      await pressSubmit(element); // the result; "Ret svarene" leads back to every control
      await $(element, '[part="result"] button').click();
      await settle(element);
      const seen = new Set<string>();
      for (let presses = 0; presses < 120; presses += 1) {
        await sendKeys({ press: 'Tab' });
        const focused = shadow(element).activeElement as HTMLElement | null;
        if (!focused) continue;
        if (focused.getAttribute('part') === 'submit' && seen.size > 0) break;
        const style = getComputedStyle(focused);
        expect(style.outlineStyle, `#${focused.id || focused.tagName} has an outline`).to.equal('solid');
        expect(parseFloat(style.outlineWidth), `#${focused.id || focused.tagName}'s outline is thick enough`).to.be.at.least(3);
        seen.add(focused.tagName + (focused as HTMLInputElement).type);
      }
      expect([...seen].some((kind) => kind.startsWith('INPUT'))).to.equal(true);
    });

    it('stops the buttons’ change of colour under prefers-reduced-motion (2.3.3)', async () => {
      const element = await render(form, 'single-page');
      const button = $(element, '[part="submit"]');
      expect(getComputedStyle(button).transitionDuration).not.to.match(/^0s(, 0s)*$/);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(button).transitionDuration).to.match(/^0s(, 0s)*$/);
    });

    it('takes part in a native form: its value is submitted under its name, an incomplete one blocks the submit, reset clears it', async () => {
      const wrapper = await fixture<HTMLFormElement>(html`<form></form>`);
      const element = document.createElement(form.tag as string) as unknown as Form;
      element.name = 'screening';
      for (const [name, value] of Object.entries(form.attributes ?? {})) element.setAttribute(name, value);
      wrapper.append(element);
      await settle(element);
      expect(element.getAttribute('name'), 'name is a property as on native controls').to.equal('screening');
      let submits = 0;
      wrapper.addEventListener('submit', (event) => {
        event.preventDefault();
        submits += 1;
      });
      await waitUntil(() => !wrapper.checkValidity(), 'an empty form counted as valid');
      expect(element.validationMessage).not.to.equal('');
      wrapper.requestSubmit();
      expect(submits).to.equal(0);
      await waitUntil(() => activeId(element) === 'error-summary', 'the blocked submit did not show the error summary');

      element.answers = form.complete as never;
      await waitUntil(() => wrapper.checkValidity(), 'a complete form counted as invalid');
      expect(JSON.parse(String(new FormData(wrapper).get('screening')))).to.deep.equal(form.complete);
      // The element's own button submits the surrounding form, as a native submit button does.
      const submitted = oneEvent(element, 'rummelig-submit');
      await pressSubmit(element);
      await submitted;
      await waitUntil(() => submits === 1, 'the surrounding form was not submitted');

      wrapper.reset();
      await settle(element);
      expect(JSON.parse(String(new FormData(wrapper).get('screening')))).to.deep.equal({ form: form.complete.form, formVersion: 1 });
    });

    it('moves focus to the error summary, not to its own button, when the portal’s own submit button is refused (2.1.1, 3.3.1)', async () => {
      const wrapper = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}><button>Portalens knap</button></form>`);
      const element = document.createElement(form.tag as string) as unknown as Form;
      for (const [name, value] of Object.entries(form.attributes ?? {})) element.setAttribute(name, value);
      wrapper.prepend(element);
      await settle(element);
      await waitUntil(() => !wrapper.checkValidity(), 'an empty form counted as valid');
      wrapper.querySelector('button')?.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => activeId(element) === 'error-summary', 'the refused submit did not move focus to the error summary');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(activeId(element), 'focus stayed on the error summary').to.equal('error-summary');
    });
  });
}

describe('keyboard only', () => {
  it('fills in and sends the job broker’s form one page at a time', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>før</button><rummelig-visitation flow="steps"></rummelig-visitation></div>`);
    const element = wrapper.querySelector('rummelig-visitation' as string) as unknown as Form;
    await element.updateComplete;
    wrapper.querySelector('button')?.focus();
    const onwards = async () => {
      await tabToPart(element, 'submit');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => ['page-heading', 'result-heading', 'error-summary'].includes(activeId(element) ?? ''), 'no new page took focus');
    };
    const write = async (text: string) => {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: text });
    };
    /** Tabs to the next radio group, chooses its first answer and moves right. */
    const choose = async (steps: number) => {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      for (let step = 0; step < steps; step += 1) await sendKeys({ press: 'ArrowRight' });
    };
    await onwards(); // Start
    await onwards(); // Personoplysninger, left out
    for (const minutes of ['Lager', 'Plukning', 'Angst', 'Faste opgaver']) {
      await write(minutes);
      await onwards();
    }
    for (const goal of ['Lager', 'Chauffør', 'Pedel']) await write(goal);
    await onwards();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' }); // the primary impairment
    await onwards();
    await choose(3);
    await choose(2);
    await onwards();
    await choose(1);
    await choose(1);
    await onwards();
    await choose(1);
    await choose(3);
    await onwards();
    await choose(0);
    await onwards();
    await choose(0); // the decision, as the criteria recommend
    await onwards();
    expect($(element, '#page-heading').textContent).to.equal('Tjek svarene, før du gemmer vurderingen');
    const submitted = oneEvent(element, 'rummelig-submit');
    await onwards();
    const { detail } = (await submitted) as CustomEvent<{ answers: VisitationAnswers }>;
    expect(detail.answers.dialogue?.goals).to.deep.equal(['Lager', 'Chauffør', 'Pedel']);
    expect(detail.answers.decision).to.deep.equal({ referToProgramme: true });
    expect(activeId(element)).to.equal('result-heading');
  });
});
