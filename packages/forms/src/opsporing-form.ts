import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  BENEFITS,
  IMPACT_LEVELS,
  OPSPORING_IMPAIRMENT_TYPES,
  OPSPORING_TEXTS,
  enumTitle,
  fieldDescription,
  fieldTitle,
  opsporingSchema,
  type Benefit,
  type Locale,
  type OpsporingAnswers,
  type OpsporingImpairmentType,
} from '@rummelig/core';
import { evaluateDocument, type EvaluationResult } from '@rummelig/rules';
import { formStyles } from './form-styles.js';
import {
  EMPTY_DRAFT,
  answersFromDraft,
  draftFromAnswers,
  rowsWithoutImpact,
  setAnswer,
  setNestedAnswer,
  setNoImpairment,
  setRowChecked,
  setRowDescription,
  setRowImpact,
  setRowScore,
  type OpsporingDraft,
} from './opsporing-draft.js';
import { formErrors, shortImpairmentName, type FieldError, type FormMode } from './opsporing-errors.js';
import { RESULT_TEXTS } from './opsporing-messages.js';

/** The `detail` of the `rummelig-submit` event. */
export interface OpsporingSubmitDetail {
  /** The answer document of the data contract. */
  readonly answers: OpsporingAnswers;
  /** The opsporing rule set's result for it. */
  readonly result: EvaluationResult<'opsporing'>;
}

interface CheckOutcome {
  readonly answers: OpsporingAnswers;
  readonly errors: readonly FieldError[];
  readonly result?: EvaluationResult<'opsporing'>;
}

type YesNoField = readonly ['medicallyDocumented' | 'priorCompensationSchemes' | 'priorLimitation'] | readonly ['caseworker', 'citizenWantsVisitation' | 'referToVisitation'] | readonly ['context', 'rehabilitationTeamScreened'];

/** The fields in the order they appear, so the error summary lists errors in that order too. */
const FIELD_ORDER: readonly string[] = [
  'cpr',
  'name',
  'impairments',
  ...OPSPORING_IMPAIRMENT_TYPES.flatMap((type) => (type === 'other' ? ['description-other', 'impact-other', 'score-other'] : [`impact-${type}`, `score-${type}`])),
  'no-impairment',
  'impact-description',
  'medically-documented',
  'prior-compensation-schemes',
  'prior-limitation',
  'citizen-wants-visitation',
  'refer-to-visitation',
  'rehabilitation-team-screened',
  'benefit',
];

const SCORES = Array.from({ length: 11 }, (_, score) => score);

/**
 * `<rummelig-opsporing>`: the opsporingsskema, step 1 of the screening, for a
 * citizen to fill in before meeting the caseworker, or for the caseworker with
 * `mode="caseworker"`.
 *
 * @fires rummelig-submit - on a complete submit; `detail` holds `answers` and `result`.
 * @slot contact - the municipality's contact details, shown under the introduction.
 * @csspart form - the form.
 * @csspart error-summary - the list of problems shown after a submit.
 * @csspart result - the explained result shown after a submit.
 * @csspart submit - the submit button.
 */
export class RummeligOpsporing extends LitElement {
  static formAssociated = true;
  static override styles = formStyles;
  static override properties = {
    mode: { type: String, reflect: true },
    locale: { type: String, attribute: 'lang', reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    draft: { state: true },
    errors: { state: true },
    result: { state: true },
    disabled: { state: true },
  };

  /** `caseworker` adds the section only the caseworker fills in; anything else is the citizen's form. */
  declare mode: string | undefined;
  /** The `lang` attribute: `en` for English; Danish otherwise. */
  declare locale: string | undefined;
  /** The date whose rules apply, `YYYY-MM-DD`; today in Denmark when absent. */
  declare asOf: string | undefined;
  declare private draft: OpsporingDraft;
  declare private errors: readonly FieldError[];
  declare private result: EvaluationResult<'opsporing'> | undefined;
  declare private disabled: boolean;
  private readonly internals: ElementInternals;
  private validityCheck = 0;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.draft = EMPTY_DRAFT;
    this.errors = [];
    this.result = undefined;
    this.disabled = false;
    this.addEventListener('invalid', () => void this.showCheck());
  }

  /** The answer document as filled in so far; set it to prefill the form. */
  get answers(): OpsporingAnswers {
    return answersFromDraft(this.draft);
  }

  set answers(answers: OpsporingAnswers) {
    this.draft = draftFromAnswers(answers);
    this.result = undefined;
  }

  /** The form this element belongs to, as for native form controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  private get language(): Locale {
    return this.locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
  }

  private get formMode(): FormMode {
    return this.mode === 'caseworker' ? 'caseworker' : 'citizen';
  }

  formResetCallback(): void {
    this.draft = EMPTY_DRAFT;
    this.errors = [];
    this.result = undefined;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** Brings back what the browser kept when the page is restored, so nothing typed is lost. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      this.answers = JSON.parse(state) as OpsporingAnswers;
    } catch {
      // A state this element did not write is ignored.
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('draft' as keyof RummeligOpsporing) || changed.has('mode') || changed.has('asOf')) void this.syncFormState();
  }

  override render(): TemplateResult {
    return html`<div lang=${this.language}>${this.result ? this.renderResult(this.result) : this.renderForm()}</div>`;
  }

  private renderForm(): TemplateResult {
    const t = (key: keyof typeof OPSPORING_TEXTS): string => this.texts(key);
    return html`
      <form novalidate part="form" @submit=${this.onSubmit}>
        <fieldset class="plain" ?disabled=${this.disabled}>
          <h2>${fieldTitle(opsporingSchema, '', this.language)}</h2>
          ${this.errors.length > 0 ? this.renderErrorSummary() : nothing}
          <p>${t('intro')}</p>
          <p>${t('ownAssessment')}</p>
          <slot name="contact"></slot>
          ${this.renderPersonalDetails()} ${this.renderImpairments()}
          ${this.renderTextArea('impact-description', 'impactDescription', this.draft.answers.impactDescription)}
          <fieldset class="section">
            <legend><h3>${t('otherConditions')}</h3></legend>
            ${this.renderYesNo('medically-documented', ['medicallyDocumented'])}
            ${this.renderYesNo('prior-compensation-schemes', ['priorCompensationSchemes'])}
            ${this.renderYesNo('prior-limitation', ['priorLimitation'])}
          </fieldset>
          ${this.formMode === 'caseworker' ? this.renderCaseworker() : nothing}
          <button class="button-primary" type="submit" part="submit">${t('submit')}</button>
        </fieldset>
      </form>
    `;
  }

  private renderErrorSummary(): TemplateResult {
    return html`
      <div class="error-summary" part="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
        <div role="alert">
          <h2 id="error-summary-title">${this.texts('errorSummaryTitle')}</h2>
          <ul>
            ${this.errors.map(
              (error) => html`<li><a href="#${error.field}" @click=${(event: Event) => this.focusField(event, error.field)}>${error.message}</a></li>`,
            )}
          </ul>
        </div>
      </div>
    `;
  }

  private renderPersonalDetails(): TemplateResult {
    const citizen = this.draft.answers.citizen ?? {};
    return html`
      <fieldset class="section">
        <legend><h3>${this.texts('personalDetails')}</h3></legend>
        ${this.renderTextInput('cpr', 'citizen/cpr', citizen.cpr, (value) => setNestedAnswer(this.draft, ['citizen', 'cpr'], value), 'off', 'narrow')}
        ${this.renderTextInput('name', 'citizen/name', citizen.name, (value) => setNestedAnswer(this.draft, ['citizen', 'name'], value), 'name')}
      </fieldset>
    `;
  }

  private renderImpairments(): TemplateResult {
    const error = this.errorFor('impairments');
    const noImpairment = this.draft.answers.noImpairment === true;
    return html`
      <fieldset class="section field ${error ? 'field--error' : ''}" id="impairments" aria-describedby=${this.describedBy('impairments', true)}>
        <legend><h3>${fieldTitle(opsporingSchema, 'impairments', this.language)}</h3></legend>
        <span class="hint" id="impairments-hint">${this.texts('impairmentsLegend')}</span>
        ${this.renderError('impairments')}
        ${OPSPORING_IMPAIRMENT_TYPES.map((type) => this.renderImpairmentRow(type))}
        <p class="divider">${this.language === 'en' ? 'or' : 'eller'}</p>
        <div class="choice">
          <input
            type="checkbox"
            id="no-impairment"
            .checked=${noImpairment}
            aria-invalid=${this.errorFor('no-impairment') ? 'true' : 'false'}
            @change=${(event: Event) => this.applyDraft(setNoImpairment(this.draft, checkedOf(event)))}
          />
          <label for="no-impairment">${fieldTitle(opsporingSchema, 'noImpairment', this.language)}</label>
        </div>
        ${this.renderError('no-impairment')}
      </fieldset>
    `;
  }

  private renderImpairmentRow(type: OpsporingImpairmentType): TemplateResult {
    const row = this.draft.rows[type];
    const checked = row?.checked === true;
    return html`
      <div class="choice">
        <input
          type="checkbox"
          id="impairment-${type}"
          .checked=${checked}
          @change=${(event: Event) => this.applyDraft(setRowChecked(this.draft, type, checkedOf(event)))}
        />
        <label for="impairment-${type}">${enumTitle(opsporingSchema, 'impairments/type', type, this.language)}</label>
      </div>
      ${checked
        ? html`<div class="reveal">
            ${type === 'other'
              ? this.renderTextInput('description-other', 'impairments/description', row.description, (value) => setRowDescription(this.draft, 'other', value))
              : nothing}
            ${this.renderImpact(type)} ${this.renderScore(type)}
          </div>`
        : nothing}
    `;
  }

  private renderImpact(type: OpsporingImpairmentType): TemplateResult {
    const field = `impact-${type}`;
    const impact = this.draft.rows[type]?.impact;
    const error = this.errorFor(field);
    return html`
      <fieldset class="field ${error ? 'field--error' : ''}" id=${field} aria-describedby=${this.describedBy(field, true)}>
        <legend>${shortImpairmentName(type, this.language)}: ${this.texts('impactQuestion')}</legend>
        <span class="hint" id="${field}-hint">${this.texts('impactHint')}</span>
        ${this.renderError(field)}
        ${IMPACT_LEVELS.map(
          (level) => html`<div class="choice">
            <input
              type="radio"
              name=${field}
              id="${field}-${level}"
              .checked=${impact === level}
              aria-invalid=${error ? 'true' : 'false'}
              @change=${() => this.applyDraft(setRowImpact(this.draft, type, level))}
            />
            <label for="${field}-${level}">${enumTitle(opsporingSchema, 'impairments/impact', level, this.language)}</label>
          </div>`,
        )}
      </fieldset>
    `;
  }

  private renderScore(type: OpsporingImpairmentType): TemplateResult {
    const field = `score-${type}`;
    const score = this.draft.rows[type]?.score;
    return html`
      <div class="field ${this.errorFor(field) ? 'field--error' : ''}">
        <label for=${field}>${this.texts('scoreLabel')}</label>
        <span class="hint" id="${field}-hint">${this.texts('scoreHint')}</span>
        ${this.renderError(field)}
        <select
          id=${field}
          aria-describedby=${this.describedBy(field, true)}
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            this.applyDraft(setRowScore(this.draft, type, value === '' ? undefined : Number(value)));
          }}
        >
          <option value="" ?selected=${score === undefined}>${this.language === 'en' ? 'Not given' : 'Ikke angivet'}</option>
          ${SCORES.map((value) => html`<option value=${value} ?selected=${score === value}>${value}</option>`)}
        </select>
      </div>
    `;
  }

  private renderTextInput(
    field: string,
    schemaPath: string,
    value: string | undefined,
    change: (value: string) => OpsporingDraft,
    autocomplete = 'off',
    width = '',
  ): TemplateResult {
    const description = fieldDescription(opsporingSchema, schemaPath, this.language);
    const optional = field === 'cpr' || field === 'name' ? ` ${this.texts('optional')}` : '';
    return html`
      <div class="field ${this.errorFor(field) ? 'field--error' : ''}">
        <label for=${field}>${fieldTitle(opsporingSchema, schemaPath, this.language)}${optional}</label>
        ${description ? html`<span class="hint" id="${field}-hint">${description}</span>` : nothing} ${this.renderError(field)}
        <input
          type="text"
          class=${width}
          id=${field}
          autocomplete=${autocomplete}
          spellcheck="false"
          .value=${value ?? ''}
          aria-invalid=${this.errorFor(field) ? 'true' : 'false'}
          aria-describedby=${this.describedBy(field, description !== undefined)}
          @input=${(event: Event) => this.applyDraft(change((event.target as HTMLInputElement).value))}
        />
      </div>
    `;
  }

  private renderTextArea(field: string, key: 'impactDescription', value: string | undefined): TemplateResult {
    return html`
      <div class="field section ${this.errorFor(field) ? 'field--error' : ''}">
        <label for=${field}>${fieldTitle(opsporingSchema, key, this.language)}</label>
        ${this.renderError(field)}
        <textarea
          id=${field}
          rows="5"
          .value=${value ?? ''}
          aria-invalid=${this.errorFor(field) ? 'true' : 'false'}
          aria-describedby=${this.describedBy(field, false)}
          @input=${(event: Event) => this.applyDraft(setAnswer(this.draft, key, (event.target as HTMLTextAreaElement).value))}
        ></textarea>
      </div>
    `;
  }

  private renderYesNo(field: string, path: YesNoField): TemplateResult {
    const value = this.yesNoValue(path);
    const error = this.errorFor(field);
    const schemaPath = path.join('/');
    const description = fieldDescription(opsporingSchema, schemaPath, this.language);
    const choice = (answer: boolean, suffix: string, label: string) => html`<div class="choice">
      <input
        type="radio"
        name=${field}
        id="${field}-${suffix}"
        .checked=${value === answer}
        aria-invalid=${error ? 'true' : 'false'}
        @change=${() => this.applyDraft(this.withYesNo(path, answer))}
      />
      <label for="${field}-${suffix}">${label}</label>
    </div>`;
    return html`
      <fieldset class="field ${error ? 'field--error' : ''}" id=${field} aria-describedby=${this.describedBy(field, description !== undefined)}>
        <legend>${fieldTitle(opsporingSchema, schemaPath, this.language)}</legend>
        ${description ? html`<span class="hint" id="${field}-hint">${description}</span>` : nothing} ${this.renderError(field)}
        <div class="choices--inline">${choice(true, 'yes', this.texts('yes'))} ${choice(false, 'no', this.texts('no'))}</div>
      </fieldset>
    `;
  }

  private renderCaseworker(): TemplateResult {
    const benefit = this.draft.answers.context?.benefit;
    return html`
      <fieldset class="section caseworker">
        <legend><h3>${this.texts('caseworkerSection')}</h3></legend>
        ${this.renderYesNo('citizen-wants-visitation', ['caseworker', 'citizenWantsVisitation'])}
        ${this.renderYesNo('refer-to-visitation', ['caseworker', 'referToVisitation'])}
        ${this.renderYesNo('rehabilitation-team-screened', ['context', 'rehabilitationTeamScreened'])}
        <div class="field">
          <label for="benefit">${fieldTitle(opsporingSchema, 'context/benefit', this.language)} ${this.texts('optional')}</label>
          <select
            id="benefit"
            @change=${(event: Event) => this.applyDraft(setNestedAnswer(this.draft, ['context', 'benefit'], (event.target as HTMLSelectElement).value))}
          >
            <option value="" ?selected=${benefit === undefined}>${this.language === 'en' ? 'Not given' : 'Ikke angivet'}</option>
            ${BENEFITS.map(
              (value: Benefit) =>
                html`<option value=${value} ?selected=${benefit === value}>${enumTitle(opsporingSchema, 'context/benefit', value, this.language)}</option>`,
            )}
          </select>
        </div>
      </fieldset>
    `;
  }

  private renderResult(result: EvaluationResult<'opsporing'>): TemplateResult {
    const locale = this.language;
    return html`
      <section class="result" part="result" aria-labelledby="result-heading">
        <h2 id="result-heading" tabindex="-1">${RESULT_TEXTS.heading[locale]}</h2>
        <p>${result.explanation[locale]}</p>
        <h3>${RESULT_TEXTS.criteriaHeading[locale]}</h3>
        <ul>
          ${result.criteria.map(
            (criterion) =>
              html`<li>${criterion.explanation[locale]}<span class="source">${RESULT_TEXTS.sourceLabel[locale]}: ${criterion.source.title}</span></li>`,
          )}
        </ul>
        <p>${RESULT_TEXTS.caseworkerDecides[locale]}</p>
        <button class="button-secondary" type="button" @click=${this.editAnswers}>${RESULT_TEXTS.edit[locale]}</button>
      </section>
    `;
  }

  private renderError(field: string): TemplateResult | typeof nothing {
    const message = this.errorFor(field);
    if (message === undefined) return nothing;
    return html`<span class="error-message" id="${field}-error"><span class="visually-hidden">${this.language === 'en' ? 'Error:' : 'Fejl:'}</span> ${message}</span>`;
  }

  private texts(key: keyof typeof OPSPORING_TEXTS): string {
    return OPSPORING_TEXTS[key][this.language];
  }

  private errorFor(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }

  private describedBy(field: string, hasHint: boolean): string {
    return [hasHint ? `${field}-hint` : '', this.errorFor(field) ? `${field}-error` : ''].filter(Boolean).join(' ');
  }

  private yesNoValue(path: YesNoField): boolean | undefined {
    const answers = this.draft.answers;
    if (path.length === 1) return answers[path[0]];
    if (path[0] === 'caseworker') return answers.caseworker?.[path[1]];
    return answers.context?.[path[1]];
  }

  private withYesNo(path: YesNoField, value: boolean): OpsporingDraft {
    if (path.length === 1) return setAnswer(this.draft, path[0], value);
    return setNestedAnswer(this.draft, [path[0], path[1]] as Parameters<typeof setNestedAnswer>[1], value);
  }

  /** Every change goes through here; errors already shown are re-checked so they disappear once fixed. */
  private applyDraft(draft: OpsporingDraft): void {
    this.draft = draft;
    if (this.errors.length > 0) void this.check().then(({ errors }) => (this.errors = errors));
  }

  private async check(): Promise<CheckOutcome> {
    const answers = this.answers;
    const locale = this.language;
    const evaluation = await evaluateDocument('opsporing', answers, { locale, ...(this.asOf ? { asOf: this.asOf } : {}) });
    const errors = formErrors(
      {
        answers,
        rowsWithoutImpact: rowsWithoutImpact(this.draft),
        issues: evaluation.ok ? [] : evaluation.issues,
        missing: evaluation.ok ? evaluation.result.missing : [],
        mode: this.formMode,
        locale,
      },
      FIELD_ORDER,
    );
    return evaluation.ok ? { answers, errors, result: evaluation.result } : { answers, errors };
  }

  private async syncFormState(): Promise<void> {
    this.internals.setFormValue(JSON.stringify(this.answers));
    const token = ++this.validityCheck;
    const { errors } = await this.check();
    if (token !== this.validityCheck) return;
    const [first] = errors;
    if (first === undefined) this.internals.setValidity({});
    else this.internals.setValidity({ customError: true }, first.message, this.renderRoot.querySelector<HTMLElement>('[part="submit"]') ?? undefined);
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const outcome = await this.showCheck();
    if (!outcome.result || outcome.errors.length > 0) return;
    this.result = outcome.result;
    const detail: OpsporingSubmitDetail = { answers: outcome.answers, result: outcome.result };
    this.dispatchEvent(new CustomEvent<OpsporingSubmitDetail>('rummelig-submit', { bubbles: true, composed: true, detail }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    this.internals.form?.requestSubmit();
  };

  /** Checks the answers and, when something is wrong, shows the error summary and moves focus to it. */
  private async showCheck(): Promise<CheckOutcome> {
    const outcome = await this.check();
    this.errors = outcome.errors;
    if (outcome.errors.length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
    }
    return outcome;
  }

  private readonly editAnswers = async (): Promise<void> => {
    this.result = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };

  /** Links in the error summary move focus to the field: the first control of a group. */
  private focusField(event: Event, field: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(field)}`);
    const control = target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input, select, textarea');
    control?.scrollIntoView({ block: 'center' });
    control?.focus();
  }
}

function checkedOf(event: Event): boolean {
  return (event.target as HTMLInputElement).checked;
}

declare global {
  interface HTMLElementTagNameMap {
    'rummelig-opsporing': RummeligOpsporing;
  }
  interface HTMLElementEventMap {
    'rummelig-submit': CustomEvent<OpsporingSubmitDetail>;
  }
}
