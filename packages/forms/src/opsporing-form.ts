import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  BENEFITS,
  IMPACT_LEVELS,
  OPSPORING_IMPAIRMENT_TYPES,
  OPSPORING_TEXTS,
  enumTitle,
  fieldDescription,
  fieldTitle,
  opsporingSchema,
  validateOpsporing,
  type Locale,
  type LocalizedText,
  type OpsporingAnswers,
  type OpsporingImpairmentType,
} from '@rummelig/core';
import { evaluateWith, OPSPORING_RULE_SET, type EvaluationResult } from '@rummelig/rules';
import { FormAssociatedElement } from './form-associated.js';
import { focusField } from './focus-field.js';
import { formStyles } from './form-styles.js';
import { renderErrorSummary } from './error-summary.js';
import { renderResultPanel } from './result-panel.js';
import {
  describedBy,
  renderFieldError,
  renderRadioGroup,
  renderSelect,
  renderTextArea,
  renderTextInput,
  type FieldBase,
} from './field-parts.js';
import {
  EMPTY_DRAFT,
  answersFromDraft,
  draftFromAnswers,
  rowsWithInvalidScore,
  rowsWithoutDescription,
  rowsWithoutImpact,
  setAnswer,
  setNestedAnswer,
  setNoImpairment,
  setRowChecked,
  setRowDescription,
  setRowImpact,
  setRowScoreText,
  type OpsporingDraft,
} from './opsporing-draft.js';
import { formErrors, shortImpairmentName, type FieldError, type FormMode } from './opsporing-errors.js';
import { UI_TEXTS } from './opsporing-messages.js';
import { withoutFaultyValues } from './without-faulty-values.js';

/** The `detail` of the `rummelig-submit` event. */
export interface OpsporingSubmitDetail {
  /** The answer document of the data contract: only what has been answered. */
  readonly answers: OpsporingAnswers;
  /** The opsporing rule set's result for it. */
  readonly result: EvaluationResult<'opsporing'>;
}

interface CheckOutcome {
  readonly answers: OpsporingAnswers;
  readonly errors: readonly FieldError[];
  /** Present only when the answers keep the contract. */
  readonly result?: EvaluationResult<'opsporing'>;
}

type YesNoField =
  | readonly ['medicallyDocumented' | 'priorCompensationSchemes' | 'priorLimitation']
  | readonly ['caseworker', 'citizenWantsVisitation' | 'referToVisitation']
  | readonly ['context', 'rehabilitationTeamScreened'];

/** The fields in the order they appear, so the error summary lists errors in that order too. */
const FIELD_ORDER: readonly string[] = [
  'cpr',
  'name',
  'impairments',
  ...OPSPORING_IMPAIRMENT_TYPES.flatMap((type) =>
    type === 'other' ? ['description-other', 'impact-other', 'score-other'] : [`impact-${type}`, `score-${type}`],
  ),
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

/**
 * `<rummelig-opsporing>`: the opsporingsskema, step 1 of the screening, for a
 * citizen to fill in before meeting the caseworker, or for the caseworker with
 * `mode="caseworker"`.
 *
 * @fires rummelig-submit - on a complete submit; `detail` holds `answers` and `result`.
 * @slot contact - the municipality's contact details, shown under the introduction.
 * @csspart form - the form.
 * @csspart intro - the introduction and the contact slot.
 * @csspart error-summary - the list of problems shown after a submit.
 * @csspart personal-details - CPR number and name.
 * @csspart impairments - the impairment rows and "Jeg har ikke en funktionsnedsættelse".
 * @csspart other-conditions - "Andre relevante forhold".
 * @csspart caseworker - "Udfyldes af sagsbehandler", in caseworker mode only.
 * @csspart submit - the submit button.
 * @csspart result - the explained result shown after a submit.
 * @csspart result-warnings - the rule set's warnings in the result, when there are any.
 */
export class RummeligOpsporing extends FormAssociatedElement {
  /** The default look after DKFDS; restyle it through the CSS custom properties and parts, not by replacing this. */
  static override styles = formStyles;
  static override properties = {
    mode: { type: String, reflect: true },
    locale: { type: String, attribute: 'lang', reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    draft: { state: true },
    errors: { state: true },
    result: { state: true },
    disabled: { state: true },
    announcement: { state: true },
  };

  /** `caseworker` adds the section only the caseworker fills in; anything else is the citizen's form. */
  declare mode: string | undefined;
  /** The `lang` attribute (so also the `lang` property): `en` for English, Danish otherwise. */
  declare locale: string | undefined;
  /** The date whose rules apply, `YYYY-MM-DD`; today in Denmark when absent. */
  declare asOf: string | undefined;
  declare private draft: OpsporingDraft;
  declare private errors: readonly FieldError[];
  declare private result: EvaluationResult<'opsporing'> | undefined;
  declare private disabled: boolean;
  /** A status message for screen readers, e.g. that ticks were removed. */
  declare private announcement: string;
  private errorRecheck = 0;

  constructor() {
    super();
    this.draft = EMPTY_DRAFT;
    this.errors = [];
    this.result = undefined;
    this.disabled = false;
    this.announcement = '';
    // A native form that refuses to submit fires `invalid`; the citizen then gets the same summary as on the element's own button.
    this.addEventListener('invalid', () => void this.showCheck());
  }

  /** The answer document as filled in so far (a copy); set it to prefill the form. */
  get answers(): OpsporingAnswers {
    return structuredClone(answersFromDraft(this.draft));
  }

  set answers(answers: OpsporingAnswers) {
    this.draft = draftFromAnswers(structuredClone(answers));
    this.errors = [];
    this.result = undefined;
  }

  formResetCallback(): void {
    this.draft = EMPTY_DRAFT;
    this.errors = [];
    this.result = undefined;
    this.announcement = '';
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override restoreAnswers(answers: unknown): void {
    this.answers = answers as OpsporingAnswers;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('draft' as keyof RummeligOpsporing) || changed.has('mode') || changed.has('asOf') || changed.has('locale')) {
      void this.syncFormState(JSON.stringify(answersFromDraft(this.draft)), async () => (await this.check()).errors[0]?.message);
    }
    // The messages shown follow a change of language at once, not at the next submit.
    if (changed.has('locale')) this.recheckErrors();
  }

  override render(): TemplateResult {
    const content = this.result
      ? renderResultPanel({ result: this.result, locale: this.language, mode: this.formMode, disabled: this.disabled, onEdit: this.editAnswers })
      : this.renderForm();
    return html`<div lang=${this.language}>${content}</div>`;
  }

  private renderForm(): TemplateResult {
    const t = (key: keyof typeof OPSPORING_TEXTS): string => this.texts(key);
    return html`
      <form novalidate part="form" @submit=${this.onSubmit}>
        <fieldset class="plain" role="presentation" ?disabled=${this.disabled}>
          <h2>${fieldTitle(opsporingSchema, '', this.language)}</h2>
          ${this.errors.length > 0
            ? renderErrorSummary({ title: t('errorSummaryTitle'), errors: this.errors, onFollow: (field) => focusField(this.renderRoot, field) })
            : nothing}
          <div part="intro">
            <p>${t('intro')}</p>
            <p>${t('ownAssessment')}</p>
            <slot name="contact"></slot>
          </div>
          ${this.renderPersonalDetails()} ${this.renderImpairments()}
          ${this.renderTextArea('impact-description', 'impactDescription', this.draft.answers.impactDescription)}
          <fieldset class="section" part="other-conditions">
            <legend><h3>${t('otherConditions')}</h3></legend>
            ${this.renderYesNo('medically-documented', ['medicallyDocumented'])}
            ${this.renderYesNo('prior-compensation-schemes', ['priorCompensationSchemes'])}
            ${this.renderYesNo('prior-limitation', ['priorLimitation'])}
          </fieldset>
          ${this.formMode === 'caseworker' ? this.renderCaseworker() : nothing}
          <p class="visually-hidden" role="status">${this.announcement}</p>
          <button class="button-primary" type="submit" part="submit">${t('submit')}</button>
        </fieldset>
      </form>
    `;
  }

  private renderPersonalDetails(): TemplateResult {
    const citizen = this.draft.answers.citizen ?? {};
    return html`
      <fieldset class="section" part="personal-details">
        <legend><h3>${this.texts('personalDetails')}</h3></legend>
        ${this.renderTextInput('cpr', 'citizen/cpr', citizen.cpr, (value) => setNestedAnswer(this.draft, ['citizen', 'cpr'], value), {
          autocomplete: 'off',
          width: 'narrow',
        })}
        ${this.renderTextInput('name', 'citizen/name', citizen.name, (value) => setNestedAnswer(this.draft, ['citizen', 'name'], value), {
          autocomplete: 'name',
        })}
      </fieldset>
    `;
  }

  private renderImpairments(): TemplateResult {
    const error = this.errorFor('impairments');
    const noImpairment = this.draft.answers.noImpairment === true;
    return html`
      <fieldset
        class="section field ${error ? 'field--error' : ''}"
        part="impairments"
        id="impairments"
        aria-describedby=${describedBy({ field: 'impairments', hint: '', error })}
      >
        <legend><h3>${fieldTitle(opsporingSchema, 'impairments', this.language)}</h3></legend>
        <span class="hint" id="impairments-hint">${this.texts('impairmentsLegend')}</span>
        ${this.renderError('impairments')} ${OPSPORING_IMPAIRMENT_TYPES.map((type) => this.renderImpairmentRow(type))}
        <p class="divider">${this.ui(UI_TEXTS.or)}</p>
        <div class="choice">
          <input type="checkbox" id="no-impairment" .checked=${noImpairment} @change=${this.onNoImpairment} />
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
          @change=${(event: Event) => this.onRowChecked(type, checkedOf(event))}
        />
        <label for="impairment-${type}">${enumTitle(opsporingSchema, 'impairments/type', type, this.language)}</label>
      </div>
      ${checked
        ? html`<div class="reveal">
            ${type === 'other'
              ? this.renderTextInput('description-other', 'impairments/description', row.description, (value) =>
                  setRowDescription(this.draft, 'other', value),
                )
              : nothing}
            ${this.renderImpact(type)} ${this.renderScore(type)}
          </div>`
        : nothing}
    `;
  }

  private renderImpact(type: OpsporingImpairmentType): TemplateResult {
    const field = `impact-${type}`;
    return renderRadioGroup({
      ...this.fieldBase(field),
      hint: this.texts('impactHint'),
      legend: `${shortImpairmentName(type, this.language)}: ${this.texts('impactQuestion')}`,
      options: IMPACT_LEVELS.map((level) => ({ value: level, label: enumTitle(opsporingSchema, 'impairments/impact', level, this.language) })),
      value: this.draft.rows[type]?.impact,
      onChange: (level) => this.applyDraft(setRowImpact(this.draft, type, level)),
    });
  }

  /**
   * The optional 0-10 helper (vejledningen, linje 1871-1875). A text box with a
   * numeric keyboard rather than type="number", which changes its value on a
   * scroll and which screen readers announce unreliably (GOV.UK's advice).
   */
  private renderScore(type: OpsporingImpairmentType): TemplateResult {
    const field = `score-${type}`;
    const error = this.errorFor(field);
    return html`
      <div class="field ${error ? 'field--error' : ''}">
        <label for=${field}
          ><span class="visually-hidden">${shortImpairmentName(type, this.language)}: </span>${this.texts('scoreLabel')}</label
        >
        <span class="hint" id="${field}-hint">${this.texts('scoreHint')}</span>
        ${renderFieldError(this.fieldBase(field))}
        <input
          type="text"
          class="score"
          id=${field}
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          .value=${this.draft.rows[type]?.scoreText ?? ''}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy({ field, hint: '', error })}
          @input=${(event: Event) => this.applyDraft(setRowScoreText(this.draft, type, valueOf(event)))}
        />
      </div>
    `;
  }

  private renderTextInput(
    field: string,
    schemaPath: string,
    value: string | undefined,
    change: (value: string) => OpsporingDraft,
    { autocomplete = 'off', width = '' }: { autocomplete?: string; width?: string } = {},
  ): TemplateResult {
    const optional = field === 'cpr' || field === 'name' ? ` ${this.texts('optional')}` : '';
    return renderTextInput({
      ...this.fieldBase(field),
      hint: fieldDescription(opsporingSchema, schemaPath, this.language),
      label: `${fieldTitle(opsporingSchema, schemaPath, this.language)}${optional}`,
      value,
      autocomplete,
      width,
      onInput: (text) => this.applyDraft(change(text)),
    });
  }

  private renderTextArea(field: string, key: 'impactDescription', value: string | undefined): TemplateResult {
    return renderTextArea({
      ...this.fieldBase(field),
      label: fieldTitle(opsporingSchema, key, this.language),
      value,
      extraClass: 'section',
      onInput: (text) => this.applyDraft(setAnswer(this.draft, key, text)),
    });
  }

  private renderYesNo(field: string, path: YesNoField): TemplateResult {
    const schemaPath = path.join('/');
    return renderRadioGroup({
      ...this.fieldBase(field),
      hint: fieldDescription(opsporingSchema, schemaPath, this.language),
      legend: fieldTitle(opsporingSchema, schemaPath, this.language),
      options: [
        { value: true, label: this.texts('yes') },
        { value: false, label: this.texts('no') },
      ],
      value: this.yesNoValue(path),
      inline: true,
      onChange: (answer) => this.applyDraft(this.withYesNo(path, answer)),
    });
  }

  private renderCaseworker(): TemplateResult {
    const benefit = this.draft.answers.context?.benefit;
    return html`
      <fieldset class="section caseworker" part="caseworker">
        <legend><h3>${this.texts('caseworkerSection')}</h3></legend>
        ${this.renderYesNo('citizen-wants-visitation', ['caseworker', 'citizenWantsVisitation'])}
        ${this.renderYesNo('refer-to-visitation', ['caseworker', 'referToVisitation'])}
        ${this.renderYesNo('rehabilitation-team-screened', ['context', 'rehabilitationTeamScreened'])}
        ${renderSelect({
          ...this.fieldBase('benefit'),
          label: `${fieldTitle(opsporingSchema, 'context/benefit', this.language)} ${this.texts('optional')}`,
          emptyLabel: this.ui(UI_TEXTS.notGiven),
          options: BENEFITS.map((value) => ({ value, label: enumTitle(opsporingSchema, 'context/benefit', value, this.language) })),
          value: benefit,
          onChange: (value) => this.applyDraft(setNestedAnswer(this.draft, ['context', 'benefit'], value)),
        })}
      </fieldset>
    `;
  }

  private renderError(field: string): TemplateResult | typeof nothing {
    return renderFieldError(this.fieldBase(field));
  }

  private fieldBase(field: string): FieldBase {
    return { field, error: this.errorFor(field), errorPrefix: this.ui(UI_TEXTS.errorPrefix) };
  }

  private get language(): Locale {
    return this.locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
  }

  private get formMode(): FormMode {
    return this.mode === 'caseworker' ? 'caseworker' : 'citizen';
  }

  private texts(key: keyof typeof OPSPORING_TEXTS): string {
    return OPSPORING_TEXTS[key][this.language];
  }

  private ui(text: LocalizedText): string {
    return text[this.language];
  }

  private errorFor(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
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

  /** Ticking "no impairment" clears the rows; a screen reader user is told, since the ticks vanish out of earshot. */
  private readonly onNoImpairment = (event: Event): void => {
    const checked = checkedOf(event);
    const clearsRows = checked && OPSPORING_IMPAIRMENT_TYPES.some((type) => this.draft.rows[type]?.checked);
    this.applyDraft(setNoImpairment(this.draft, checked), clearsRows ? this.ui(UI_TEXTS.rowsCleared) : '');
  };

  private onRowChecked(type: OpsporingImpairmentType, checked: boolean): void {
    const clearsNoImpairment = checked && this.draft.answers.noImpairment === true;
    this.applyDraft(setRowChecked(this.draft, type, checked), clearsNoImpairment ? this.ui(UI_TEXTS.noImpairmentCleared) : '');
  }

  /**
   * Every change goes through here. Errors already shown disappear once fixed,
   * but new ones wait for the next submit: a citizen who has just ticked a row
   * is not told off for not yet having chosen its impact.
   */
  private applyDraft(draft: OpsporingDraft, announcement = ''): void {
    this.draft = draft;
    this.announcement = announcement;
    this.recheckErrors();
  }

  private recheckErrors(): void {
    if (this.errors.length === 0) return;
    const token = ++this.errorRecheck;
    void this.check().then(({ errors }) => {
      if (token !== this.errorRecheck) return;
      this.errors = this.errors.flatMap((shown) => errors.filter((error) => error.field === shown.field));
    });
  }

  private async check(): Promise<CheckOutcome> {
    const answers = answersFromDraft(this.draft);
    const locale = this.language;
    const validation = validateOpsporing(answers, { locale });
    const issues = validation.valid ? [] : validation.issues;
    const evaluation = evaluateWith(OPSPORING_RULE_SET, validation.valid ? answers : withoutFaultyValues(answers, issues), {
      locale,
      ...(this.asOf ? { asOf: this.asOf } : {}),
    });
    const errors = formErrors(
      {
        answers,
        rowsWithoutImpact: rowsWithoutImpact(this.draft),
        rowsWithInvalidScore: rowsWithInvalidScore(this.draft),
        rowsWithoutDescription: rowsWithoutDescription(this.draft),
        issues,
        missing: evaluation.ok ? evaluation.result.missing : [],
        mode: this.formMode,
        locale,
      },
      FIELD_ORDER,
    );
    return validation.valid && evaluation.ok ? { answers, errors, result: evaluation.result } : { answers, errors };
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const outcome = await this.showCheck();
    if (!outcome.result || outcome.errors.length > 0) return;
    this.result = outcome.result;
    const detail: OpsporingSubmitDetail = { answers: structuredClone(outcome.answers), result: outcome.result };
    this.dispatchEvent(new CustomEvent<OpsporingSubmitDetail>('rummelig-submit', { bubbles: true, composed: true, detail }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    // Inside a native form, the element's own button submits that form too, as a native submit button would.
    this.internals.form?.requestSubmit();
  };

  /** Checks the answers and, when something is wrong, shows the error summary and moves focus to it. */
  private async showCheck(): Promise<CheckOutcome> {
    ++this.errorRecheck;
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
}

function checkedOf(event: Event): boolean {
  return (event.target as HTMLInputElement).checked;
}

function valueOf(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
}

declare global {
  interface HTMLElementTagNameMap {
    'rummelig-opsporing': RummeligOpsporing;
  }
}
