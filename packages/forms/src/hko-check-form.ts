import { html, type PropertyValues, type TemplateResult } from 'lit';
import { fieldDescription, hkoSchema, todayInDenmark, validateHko, type HkoAnswers, type IssueParams } from '@rummelig/core';
import {
  evaluateWith,
  FORTRINSADGANG_RULE_SET,
  HJAELPEMIDLER_RULE_SET,
  HKO_RULE_SET_IDS,
  ISBRYDER_RULE_SET,
  MENTOR_RULE_SET,
  PERSONLIG_ASSISTANCE_RULE_SET,
  type EvaluationResult,
  type HkoRuleSetId,
  type RuleSet,
} from '@rummelig/rules';
import { renderContact } from './contact.js';
import type { FieldError } from './field-errors.js';
import { formStyles } from './form-styles.js';
import { answersFromDraft, HKO_CHECK_DRAFTS, type HkoCheckDraft } from './hko-check-draft.js';
import { ASKED_WHEN_MISSING, QUESTIONS } from './hko-check-fields.js';
import { HKO_CHECK_UI, hkoCheckQuestions } from './hko-check-questions.js';
import { hkoCheckStyles } from './hko-check-styles.js';
import { renderHkoResults } from './hko-result-panel.js';
import { ScreeningFormElement, type CheckOutcome, type DraftCodec } from './screening-form.js';
import { COMMON_TEXTS, HKO_CHECK_FORM_TEXTS, type TextParams } from './texts.js';
import './events.js';

const RULE_SETS: { readonly [R in HkoRuleSetId]: RuleSet<R> } = {
  'personlig-assistance': PERSONLIG_ASSISTANCE_RULE_SET,
  hjaelpemidler: HJAELPEMIDLER_RULE_SET,
  isbryder: ISBRYDER_RULE_SET,
  fortrinsadgang: FORTRINSADGANG_RULE_SET,
  mentor: MENTOR_RULE_SET,
};

/** What `<rummelig-hko-check>` gives for a complete check: one result per chosen scheme, in the order the schemes are listed. */
export type HkoCheckResults = readonly EvaluationResult<HkoRuleSetId>[];

type Check = CheckOutcome<HkoAnswers, HkoCheckResults> & { readonly missing?: ReadonlySet<string> };

/** The `detail` of the `rummelig-submit` event of `<rummelig-hko-check>`. */
export interface HkoCheckSubmitDetail {
  /** The hko answer document: only what has been answered for the chosen schemes. */
  readonly answers: HkoAnswers;
  /** One result per chosen scheme, in the order the schemes are listed. */
  readonly results: HkoCheckResults;
}

const TEXTS = { ...COMMON_TEXTS, ...HKO_CHECK_FORM_TEXTS };
const FIELD_ORDER: readonly string[] = ['schemes', ...QUESTIONS.map((question) => question.field)];
const isScheme = (value: string): value is HkoRuleSetId => (HKO_RULE_SET_IDS as readonly string[]).includes(value);

/**
 * `<rummelig-hko-check>`: a short guided check of the disability compensation
 * schemes. The citizen chooses the schemes, gets only their questions (and a
 * conditional one only when a rule set needs it), and sees per scheme the
 * outcome, why, and what would change it. Judgements that the municipality
 * makes can be answered "Ved ikke". The same flows, check-your-answers,
 * drafts, texts and contact as the screening forms.
 *
 * @slot contact - the municipality's contact details, shown with the introduction and on the result page.
 * @csspart intro - the introduction and the contact slot.
 * @csspart contact - the municipality's contact details from the `contact` property.
 * @csspart schemes - the choice of schemes.
 * @csspart questions - each group of questions of the chosen schemes.
 * @csspart result-scheme - the result of one scheme.
 * @csspart result-warnings - a scheme's warnings, when there are any.
 */
export class RummeligHkoCheck extends ScreeningFormElement<HkoCheckDraft, HkoAnswers, HkoCheckResults, HkoCheckSubmitDetail> {
  /** The default look after DKFDS, with the check's own additions; restyle it through the CSS custom properties and parts. */
  static override styles = [formStyles, hkoCheckStyles];
  static override properties = {
    schemes: { type: String },
    missing: { state: true },
  };

  /** The schemes chosen at the start, separated by spaces, e.g. `schemes="personlig-assistance mentor"`; as a property also a list. */
  declare schemes: string | readonly string[] | undefined;
  /** Every answer path a chosen scheme still lists as missing: a conditional question is asked while it is. */
  declare private missing: ReadonlySet<string>;
  /** The schemes are still the attribute's: neither the citizen nor a prefill has chosen. */
  private chosenByAttribute = true;

  protected readonly formId = 'hko';
  protected readonly schema = hkoSchema;
  protected readonly questions = hkoCheckQuestions(() => this.missing);
  protected readonly defaultUi = HKO_CHECK_UI;
  protected readonly textTable = TEXTS;
  protected readonly ruleSets = Object.values(RULE_SETS);

  constructor() {
    super();
    this.missing = new Set();
  }

  /** The hko document as answered so far for the chosen schemes (a copy); set it to prefill the check, which chooses the schemes it answers. */
  override get answers(): HkoAnswers {
    return super.answers;
  }

  override set answers(answers: HkoAnswers) {
    const chosen = this.draft.schemes;
    super.answers = answers;
    if (this.draft.schemes.length === 0) this.draft = { ...this.draft, schemes: chosen };
    else {
      this.chosenByAttribute = false;
      this.draft = { ...this.draft, schemes: HKO_RULE_SET_IDS.filter((id) => this.draft.schemes.includes(id) || chosen.includes(id)) };
    }
  }

  override formResetCallback(): void {
    this.chosenByAttribute = true;
    super.formResetCallback();
  }

  /** The schemes of the attribute, and nothing answered. */
  protected override startingDraft(): HkoCheckDraft {
    return { ...super.startingDraft(), schemes: this.schemesOfAttribute() };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('schemes')) {
      this.reportUnknownSchemes();
      if (this.chosenByAttribute) this.draft = { ...this.draft, schemes: this.schemesOfAttribute() };
    }
    // First, so that a wrong `as-of` is known before the check below.
    super.willUpdate(changed);
    // The conditional questions follow the answers in the same render, not one check later.
    if (changed.has('draft') || changed.has('asOf')) {
      // A change of schemes says so itself; an answer that brings up or removes a question, out of sight, is told below.
      const before = changed.get('draft') as HkoCheckDraft | undefined;
      const askedBefore = before?.schemes === this.draft.schemes ? this.conditionalAsked(before) : undefined;
      try {
        this.missing = this.check().missing ?? this.missing;
      } catch {
        // The rules refused the check: the form's own check tells it, and the questions stay as they were.
      }
      if (askedBefore && this.announcement === '') this.announceConditional(askedBefore, this.conditionalAsked(this.draft));
    }
  }

  /** The conditional questions asked with this draft and the rule sets' missing answers of the last check. */
  private conditionalAsked(draft: HkoCheckDraft): readonly string[] {
    return QUESTIONS.filter((question) => ASKED_WHEN_MISSING.includes(question.path) && this.questions[question.field]?.asked?.(draft) === true).map((question) => question.field);
  }

  private announceConditional(before: readonly string[], after: readonly string[]): void {
    const label = (field: string) => this.questions[field]?.label(this.t) ?? field;
    const added = after.filter((field) => !before.includes(field)).map((field) => this.t('questionAdded', { question: label(field) }));
    const removed = before.filter((field) => !after.includes(field)).map((field) => this.t('questionRemoved', { question: label(field) }));
    this.announcement = [...added, ...removed].join(' ');
  }

  /** How many pages there are follows from the schemes chosen. */
  protected override get pagesKnown(): boolean {
    return this.draft.schemes.length > 0;
  }

  protected override apply(draft: HkoCheckDraft, announcement = '', typing = false): void {
    if (draft.schemes !== this.draft.schemes) this.chosenByAttribute = false;
    super.apply(draft, announcement, typing);
  }

  protected draftCodec(): DraftCodec<HkoCheckDraft, HkoAnswers> {
    return HKO_CHECK_DRAFTS;
  }

  protected renderIntro(): TemplateResult {
    return html`<div part="intro">
      <p>${this.t.optional('intro') ?? fieldDescription(hkoSchema, '', this.language)}</p>
      ${renderContact(this.t, this.contact)}
      <slot name="contact"></slot>
    </div>`;
  }

  protected renderResult({ result }: { readonly result: HkoCheckResults }): TemplateResult {
    return renderHkoResults({ results: result, t: this.t, headings: this.headings, contact: this.contact, disabled: this.disabled, onEdit: this.editAnswers });
  }

  protected submitDetail(answers: HkoAnswers, results: HkoCheckResults): HkoCheckSubmitDetail {
    return { answers: structuredClone(answers), results };
  }

  protected checkDraft(): Promise<CheckOutcome<HkoAnswers, HkoCheckResults>> {
    return Promise.resolve(this.check());
  }

  /** The last check and what it was made from: a change is checked once, for the questions in willUpdate and again for the form's validity. */
  private lastCheck: { readonly inputs: readonly unknown[]; readonly outcome: Check } | undefined;

  /** The document, its problems and, when it keeps the contract, every chosen scheme's result and what they still miss. */
  private check(): Check {
    // Without `as-of` the rules of today apply, so a new day is a new input.
    const inputs = [this.draft, this.rulesAsOf.asOf ?? todayInDenmark(), this.language, this.texts];
    if (this.lastCheck?.inputs.every((input, index) => input === inputs[index])) return this.lastCheck.outcome;
    const outcome = this.checkAnew();
    this.lastCheck = { inputs, outcome };
    return outcome;
  }

  private checkAnew(): Check {
    const { schemes, values } = this.draft;
    const locale = this.language;
    const { answers, problems } = answersFromDraft(values, schemes);
    const errors: FieldError[] = [];
    const fieldOf = (path: string) => QUESTIONS.find((question) => question.path === path)?.field;
    // The question is named in its message: the contract's "Tallet skal være mindst 0." could be any of several.
    const named = (field: string, key: string, params?: IssueParams) => this.t(key, { ...(params as TextParams), name: this.t(`${field}.name`) });
    if (schemes.length === 0) errors.push({ field: 'schemes', message: this.t('schemes.required') });
    for (const problem of problems) {
      const field = fieldOf(problem.path);
      if (!field) continue;
      const message =
        problem.kind === 'number' ? named(field, 'numberInvalid', { example: this.t.optional(`${field}.example`) ?? this.t('numberExample') }) : named(field, 'dateInvalid');
      errors.push({ field, message });
    }
    const validation = validateHko(answers, { locale });
    for (const issue of validation.valid ? [] : validation.issues) {
      const field = fieldOf(issue.path.slice(1).replace(/\//g, '.'));
      const range = issue.code === 'out-of-range' && (issue.params?.['maximum'] === undefined ? 'numberMinimum' : 'numberRange');
      if (field && !errors.some((error) => error.field === field)) errors.push({ field, message: range ? named(field, range, issue.params) : issue.message });
    }
    errors.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
    if (!validation.valid || errors.length > 0) return { answers, errors };
    const asOf = this.rulesAsOf;
    const result = schemes.map((id) => {
      const evaluation = evaluateWith(RULE_SETS[id] as RuleSet<HkoRuleSetId>, answers, { locale, ...asOf });
      if (!evaluation.ok) throw new Error(`A valid hko document failed the ${id} rule set.`);
      return evaluation.result;
    });
    return { answers, errors, result, missing: new Set(result.flatMap((each) => each.missing)) };
  }

  /** The names in `schemes`: a framework that passes properties hands over a list; the attribute is a string of names. */
  private get schemeNames(): readonly unknown[] {
    const given: unknown = this.schemes;
    return Array.isArray(given) ? given : typeof given === 'string' ? given.split(/\s+/).filter(Boolean) : [];
  }

  private schemesOfAttribute(): HkoRuleSetId[] {
    const named = this.schemeNames.filter((name): name is HkoRuleSetId => typeof name === 'string' && isScheme(name));
    return HKO_RULE_SET_IDS.filter((id) => named.includes(id));
  }

  /** A name that is not a scheme's ("mentorordning", or names joined by commas) is left out, and told. */
  private reportUnknownSchemes(): void {
    const unknown = this.schemeNames.filter((name) => typeof name !== 'string' || !isScheme(name));
    if (unknown.length > 0) {
      this.reportConfig('schemes', this.schemes, `has ${unknown.join(', ')}, not used; the schemes are ${HKO_RULE_SET_IDS.join(', ')}, separated by spaces`);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rummelig-hko-check': RummeligHkoCheck;
  }
}
