import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { enumTitle, fieldDescription, fieldTitle, hkoSchema, validateHko, type HkoAnswers, type Locale, type LocalizedText } from '@rummelig/core';
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
import { renderErrorSummary } from './error-summary.js';
import type { FieldError } from './field-errors.js';
import { renderCheckboxGroup, renderRadioGroup, renderTextInput, type FieldBase } from './field-parts.js';
import { focusField } from './focus-field.js';
import { FormAssociatedElement } from './form-associated.js';
import { formStyles } from './form-styles.js';
import { answersFromDraft, draftFromAnswers, schemesAnswered, type HkoDraft } from './hko-check-draft.js';
import { ASKED_WHEN_MISSING, groupOf, QUESTIONS, type Question } from './hko-check-fields.js';
import { HKO_CHECK_TEXTS, SCHEME_TEXTS } from './hko-check-messages.js';
import { renderHkoResults } from './hko-result-panel.js';
import { hkoCheckStyles } from './hko-check-styles.js';

const RULE_SETS: { readonly [R in HkoRuleSetId]: RuleSet<R> } = {
  'personlig-assistance': PERSONLIG_ASSISTANCE_RULE_SET,
  hjaelpemidler: HJAELPEMIDLER_RULE_SET,
  isbryder: ISBRYDER_RULE_SET,
  fortrinsadgang: FORTRINSADGANG_RULE_SET,
  mentor: MENTOR_RULE_SET,
};

/** The `detail` of the `rummelig-submit` event of `<rummelig-hko-check>`. */
export interface HkoCheckSubmitDetail {
  /** The hko answer document: only what has been answered for the chosen schemes. */
  readonly answers: HkoAnswers;
  /** One result per chosen scheme, in the order the schemes are listed. */
  readonly results: readonly EvaluationResult<HkoRuleSetId>[];
}

interface Check {
  readonly answers: HkoAnswers;
  readonly errors: readonly FieldError[];
  /** Present only when every answer could be read and keeps the contract. */
  readonly results?: readonly EvaluationResult<HkoRuleSetId>[];
  /** Every answer path some chosen scheme still lists as missing. */
  readonly missing: ReadonlySet<string>;
}

const isScheme = (value: string): value is HkoRuleSetId => (HKO_RULE_SET_IDS as readonly string[]).includes(value);

/**
 * `<rummelig-hko-check>`: a short guided check of the disability compensation
 * schemes. The citizen chooses the schemes, gets only their questions (and a
 * conditional one only when a rule set needs it), and sees per scheme the
 * outcome, why, and what would change it. Judgements that the municipality
 * makes can be answered "Ved ikke".
 *
 * @fires rummelig-submit - with `detail.answers` (the hko document) and `detail.results` (one result per chosen scheme).
 * @slot contact - the municipality's contact details, shown with the intro and the result.
 * @csspart form - the form.
 * @csspart intro - the introduction and the contact slot.
 * @csspart error-summary - the list of problems shown after a submit.
 * @csspart schemes - the choice of schemes.
 * @csspart questions - the questions of the chosen schemes.
 * @csspart submit - the submit button.
 * @csspart result - the results.
 * @csspart result-scheme - the result of one scheme.
 * @csspart result-warnings - a scheme's warnings, when there are any.
 */
export class RummeligHkoCheck extends FormAssociatedElement {
  /** The default look after DKFDS, with the check's own additions; restyle it through the CSS custom properties and parts. */
  static override styles = [formStyles, hkoCheckStyles];
  static override properties = {
    schemes: { type: String },
    locale: { type: String, attribute: 'lang', reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    draft: { state: true },
    chosen: { state: true },
    errors: { state: true },
    results: { state: true },
    missing: { state: true },
    disabled: { state: true },
    announcement: { state: true },
  };

  /** The schemes chosen at the start, separated by spaces, e.g. `schemes="personlig-assistance mentor"`. */
  declare schemes: string | undefined;
  /** The `lang` attribute: `en` for English, Danish otherwise. */
  declare locale: string | undefined;
  /** The date whose rules apply, `YYYY-MM-DD`; today in Denmark when absent. */
  declare asOf: string | undefined;
  declare private draft: HkoDraft;
  declare private chosen: readonly HkoRuleSetId[];
  declare private errors: readonly FieldError[];
  declare private results: readonly EvaluationResult<HkoRuleSetId>[] | undefined;
  declare private missing: ReadonlySet<string>;
  declare private disabled: boolean;
  declare private announcement: string;
  private chosenByAttribute = true;

  constructor() {
    super();
    this.draft = {};
    this.chosen = [];
    this.errors = [];
    this.results = undefined;
    this.missing = new Set();
    this.disabled = false;
    this.announcement = '';
    this.addEventListener('invalid', () => void this.showCheck());
  }

  /** The hko document as answered so far for the chosen schemes (a copy); set it to prefill the check. */
  get answers(): HkoAnswers {
    return structuredClone(answersFromDraft(this.draft, this.chosen).answers);
  }

  set answers(answers: HkoAnswers) {
    this.draft = draftFromAnswers(structuredClone(answers));
    const answered = schemesAnswered(answers);
    if (answered.length > 0) {
      this.chosen = HKO_RULE_SET_IDS.filter((id) => answered.includes(id) || this.chosen.includes(id));
      this.chosenByAttribute = false;
    }
    this.errors = [];
    this.results = undefined;
  }

  formResetCallback(): void {
    this.draft = {};
    this.chosenByAttribute = true;
    this.chosen = this.schemesOfAttribute();
    this.errors = [];
    this.results = undefined;
    this.announcement = '';
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override restoreAnswers(answers: unknown): void {
    this.answers = answers as HkoAnswers;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('schemes') && this.chosenByAttribute) this.chosen = this.schemesOfAttribute();
    if (changed.has('draft' as keyof RummeligHkoCheck) || changed.has('chosen' as keyof RummeligHkoCheck) || changed.has('asOf')) {
      this.missing = this.evaluate().missing;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('draft' as keyof RummeligHkoCheck) || changed.has('chosen' as keyof RummeligHkoCheck) || changed.has('asOf') || changed.has('locale')) {
      void this.syncFormState(JSON.stringify(answersFromDraft(this.draft, this.chosen).answers), () => Promise.resolve(this.evaluate().errors[0]?.message));
    }
  }

  override render(): TemplateResult {
    const content = this.results
      ? renderHkoResults({ results: this.results, locale: this.language, disabled: this.disabled, onEdit: this.editAnswers })
      : this.renderForm();
    return html`<div lang=${this.language}>${content}</div>`;
  }

  private renderForm(): TemplateResult {
    const locale = this.language;
    return html`
      <form novalidate part="form" @submit=${this.onSubmit}>
        <fieldset class="plain" role="presentation" ?disabled=${this.disabled}>
          <h2>${fieldTitle(hkoSchema, '', locale)}</h2>
          ${this.errors.length > 0
            ? renderErrorSummary({ title: this.t(HKO_CHECK_TEXTS.errorSummaryTitle), errors: this.errors, onFollow: (field) => focusField(this.renderRoot, field) })
            : nothing}
          <div part="intro">
            <p>${fieldDescription(hkoSchema, '', locale)}</p>
            <slot name="contact"></slot>
          </div>
          <div part="schemes">
            ${renderCheckboxGroup({
              ...this.fieldBase('schemes'),
              legend: this.t(HKO_CHECK_TEXTS.schemesLegend),
              hint: this.t(HKO_CHECK_TEXTS.schemesHint),
              options: HKO_RULE_SET_IDS.map((id) => ({ value: id, label: `${SCHEME_TEXTS[id].name[locale]}: ${SCHEME_TEXTS[id].what[locale]}` })),
              checked: this.chosen,
              onToggle: (id, checked) => this.choose(id, checked),
            })}
          </div>
          <div class="visually-hidden" role="status">${this.announcement}</div>
          <div part="questions">${this.renderQuestions()}</div>
          <button class="button-primary" type="submit" part="submit">${this.t(HKO_CHECK_TEXTS.submit)}</button>
        </fieldset>
      </form>
    `;
  }

  /** The questions of the chosen schemes, grouped as the schema groups them, each group a fieldset with its legend. */
  private renderQuestions(): TemplateResult[] {
    const asked = QUESTIONS.filter((question) => this.isAsked(question));
    const groups: { readonly group: string | undefined; readonly questions: Question[] }[] = [];
    for (const question of asked) {
      const group = groupOf(question.path);
      const last = groups.at(-1);
      if (last !== undefined && last.group === group && group !== undefined) last.questions.push(question);
      else groups.push({ group, questions: [question] });
    }
    return groups.map(({ group, questions }) =>
      group === undefined
        ? html`${questions.map((question) => this.renderQuestion(question))}`
        : html`<fieldset class="group" id="group-${questions[0]?.field ?? group}">
            <legend class="section">${fieldTitle(hkoSchema, group, this.language)}</legend>
            ${questions.map((question) => this.renderQuestion(question))}
          </fieldset>`,
    );
  }

  private isAsked(question: Question): boolean {
    if (!question.schemes.some((scheme) => this.chosen.includes(scheme))) return false;
    if (!ASKED_WHEN_MISSING.includes(question.path)) return true;
    return this.missing.has(question.path) || (this.draft[question.path] !== undefined && this.draft[question.path] !== 'unknown');
  }

  private renderQuestion(question: Question): TemplateResult {
    const locale = this.language;
    const path = question.path.replace(/\./g, '/');
    const label = fieldTitle(hkoSchema, path, locale);
    const description = fieldDescription(hkoSchema, path, locale);
    const raw = this.draft[question.path];
    const set = (value: string): void => this.answer(question.path, value);
    const base = this.fieldBase(question.field);
    switch (question.kind) {
      case 'yes-no':
        return renderRadioGroup({
          ...base,
          legend: label,
          hint: description,
          inline: true,
          options: [
            { value: 'yes', label: this.t(HKO_CHECK_TEXTS.yes) },
            { value: 'no', label: this.t(HKO_CHECK_TEXTS.no) },
            { value: 'unknown', label: this.t(HKO_CHECK_TEXTS.unknown) },
          ],
          value: raw,
          onChange: set,
        });
      case 'choice':
        return renderRadioGroup({
          ...base,
          legend: label,
          hint: description,
          options: ((question.schema.enum ?? []) as readonly string[]).map((value) => ({ value, label: enumTitle(hkoSchema, path, value, locale) })),
          value: raw,
          onChange: set,
        });
      case 'number':
        return renderTextInput({ ...base, label, hint: description, width: 'narrow', inputMode: 'decimal', value: raw, onInput: set });
      case 'date':
        return renderTextInput({ ...base, label, hint: this.t(HKO_CHECK_TEXTS.dateHint), width: 'narrow', value: raw, onInput: set });
    }
  }

  private fieldBase(field: string): FieldBase {
    return { field, error: this.errors.find((error) => error.field === field)?.message, errorPrefix: this.t(HKO_CHECK_TEXTS.errorPrefix) };
  }

  private get language(): Locale {
    return this.locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
  }

  private t(text: LocalizedText): string {
    return text[this.language];
  }

  private schemesOfAttribute(): HkoRuleSetId[] {
    const named = (this.schemes ?? '').split(/\s+/).filter(isScheme);
    return HKO_RULE_SET_IDS.filter((id) => named.includes(id));
  }

  private choose(id: HkoRuleSetId, checked: boolean): void {
    this.chosenByAttribute = false;
    this.chosen = HKO_RULE_SET_IDS.filter((scheme) => (scheme === id ? checked : this.chosen.includes(scheme)));
    // The questions below change out of sight of a screen reader; it is told.
    this.announcement = this.t(HKO_CHECK_TEXTS.questionsUpdated);
    this.recheckErrors();
  }

  private answer(path: string, value: string): void {
    this.draft = { ...this.draft, [path]: value };
    this.announcement = '';
    this.recheckErrors();
  }

  /** Errors already shown go when fixed; new ones wait for the next submit. */
  private recheckErrors(): void {
    if (this.errors.length === 0) return;
    const { errors } = this.evaluate();
    this.errors = this.errors.flatMap((shown) => errors.filter((error) => error.field === shown.field));
  }

  /** The document, its problems and, when it keeps the contract, every chosen scheme's result. */
  private evaluate(): Check {
    const locale = this.language;
    const { answers, problems } = answersFromDraft(this.draft, this.chosen);
    const errors: FieldError[] = [];
    if (this.chosen.length === 0) errors.push({ field: 'schemes', message: this.t(HKO_CHECK_TEXTS.noScheme) });
    for (const problem of problems) {
      const question = QUESTIONS.find((item) => item.path === problem.path);
      if (question) errors.push({ field: question.field, message: this.t(problem.kind === 'number' ? HKO_CHECK_TEXTS.numberProblem : HKO_CHECK_TEXTS.dateProblem) });
    }
    const validation = validateHko(answers, { locale });
    if (!validation.valid) {
      for (const issue of validation.issues) {
        const question = QUESTIONS.find((item) => `/${item.path.replace(/\./g, '/')}` === issue.path);
        if (question && !errors.some((error) => error.field === question.field)) errors.push({ field: question.field, message: issue.message });
      }
    }
    const order = ['schemes', ...QUESTIONS.map((question) => question.field)];
    errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
    if (!validation.valid || errors.length > 0) return { answers, errors, missing: this.missing };
    const asOf = this.asOf ? { asOf: this.asOf } : {};
    const results = this.chosen.map((id) => {
      const evaluation = evaluateWith(RULE_SETS[id] as RuleSet<HkoRuleSetId>, answers, { locale, ...asOf });
      if (!evaluation.ok) throw new Error(`A valid hko document failed the ${id} rule set.`);
      return evaluation.result;
    });
    return { answers, errors, results, missing: new Set(results.flatMap((result) => result.missing)) };
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const outcome = await this.showCheck();
    if (!outcome.results || outcome.errors.length > 0) return;
    this.results = outcome.results;
    const detail: HkoCheckSubmitDetail = { answers: structuredClone(outcome.answers), results: outcome.results };
    this.dispatchEvent(new CustomEvent<HkoCheckSubmitDetail>('rummelig-submit', { bubbles: true, composed: true, detail }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    this.internals.form?.requestSubmit();
  };

  private async showCheck(): Promise<Check> {
    const outcome = this.evaluate();
    this.errors = outcome.errors;
    if (outcome.errors.length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
    }
    return outcome;
  }

  private readonly editAnswers = async (): Promise<void> => {
    this.results = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'rummelig-hko-check': RummeligHkoCheck;
  }
}
