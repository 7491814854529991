import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DIALOGUE_THEMES,
  IMPACT_LEVELS,
  PROSPECTS,
  SCHEME_IDS,
  VISITATION_IMPAIRMENT_TYPES,
  enumTitle,
  fieldDescription,
  fieldTitle,
  schemaForPath,
  validateVisitation,
  visitationSchema,
  type DialogueTheme,
  type Locale,
  type LocalizedText,
  type VisitationAnswers,
} from '@rummelig/core';
import { evaluateWith, VISITATION_RULE_SET, type EvaluationResult, type ImpactDimension, type VisitationHandover } from '@rummelig/rules';
import { renderErrorSummary } from './error-summary.js';
import type { FieldError } from './field-errors.js';
import { renderCheckboxGroup, renderFieldError, renderRadioGroup, renderSelect, renderTextArea, renderTextInput, type FieldBase } from './field-parts.js';
import { FormAssociatedElement } from './form-associated.js';
import { focusField } from './focus-field.js';
import { formStyles } from './form-styles.js';
import { renderHandoverPanel } from './handover-panel.js';
import {
  EMPTY_VISITATION_DRAFT,
  asksReinviteLater,
  asksSchemes,
  setGoal,
  setGroupAnswer,
  setRankedImpairment,
  setVisitationAnswer,
  toggleOtherImpairment,
  toggleScheme,
  visitationAnswersFromDraft,
  visitationDraftFromAnswers,
  type VisitationDraft,
} from './visitation-draft.js';
import { visitationFormErrors } from './visitation-errors.js';
import { renderRecommendation, renderSaved } from './visitation-panels.js';
import { VISITATION_UI_TEXTS as T } from './visitation-messages.js';
import { visitationStyles } from './visitation-styles.js';
import { withoutFaultyValues } from './without-faulty-values.js';
import './submit-event.js';

/** The `detail` of the `rummelig-submit` event of `<rummelig-visitation>`. */
export interface VisitationSubmitDetail {
  /** The visitation answer document of the data contract: only what has been answered. */
  readonly answers: VisitationAnswers;
  /** The visitation rule set's result for it, with the job broker's decision. */
  readonly result: EvaluationResult<'visitation'>;
}

interface CheckOutcome {
  readonly answers: VisitationAnswers;
  readonly errors: readonly FieldError[];
  /** The recommendation so far, from the answers that keep the contract. */
  readonly live?: EvaluationResult<'visitation'>;
  /** Present only when the whole document keeps the contract. */
  readonly result?: EvaluationResult<'visitation'>;
}

/** Each dialogue theme's field id, and the id of its minutes. */
const THEME_FIELDS: Readonly<Record<DialogueTheme, string>> = {
  experience: 'experience',
  jobFunctions: 'job-functions',
  impairment: 'impairment-minutes',
  supportAndStartConditions: 'support-and-start-conditions',
};

const IMPACT_DIMENSIONS: readonly ImpactDimension[] = ['either', 'future', 'both'];

type YesNoKey = 'hkoNeededBefore' | 'hkoNeededNow' | 'motivated' | 'reinviteLater';

/**
 * `<rummelig-visitation>`: step 2 of the screening, for the job broker
 * (jobformidler) at the visitation meeting. The dialogue themes with their
 * help questions and the minutes, the three equal-ranked goals, the
 * assessment form, and the recommendation of the criteria beside the job
 * broker's own decision. Set `handover` (from `handOverToVisitation`) to
 * start from what the citizen said in step 1.
 *
 * @fires rummelig-submit - on a complete submit; `detail` holds `answers` and `result`.
 * @csspart form - the form.
 * @csspart handover - "Fra opsporingen", the step-1 answers, when a hand-over is set.
 * @csspart handover-warnings - the hand-over's warnings, e.g. that step 1 did not refer the citizen.
 * @csspart error-summary - the list of problems shown after a submit.
 * @csspart personal-details - CPR number and name.
 * @csspart dialogue - the dialogue themes, the minutes and the goals.
 * @csspart assessment - the assessment form (vurderingsskema).
 * @csspart recommendation - the recommendation of the criteria, updated as the answers change.
 * @csspart decision - the job broker's decision and reason.
 * @csspart submit - the submit button.
 * @csspart result - the saved assessment shown after a submit.
 * @csspart result-warnings - the rule set's warnings in the saved assessment.
 */
export class RummeligVisitation extends FormAssociatedElement {
  /** The default look after DKFDS; restyle it through the CSS custom properties and parts, not by replacing this. */
  static override styles = [formStyles, visitationStyles];
  static override properties = {
    locale: { type: String, attribute: 'lang', reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    impactDimension: { type: String, attribute: 'impact-dimension' },
    handover: { attribute: false, noAccessor: true },
    draft: { state: true },
    errors: { state: true },
    live: { state: true },
    saved: { state: true },
    disabled: { state: true },
  };

  /** The `lang` attribute (so also the `lang` property): `en` for English, Danish otherwise. */
  declare locale: string | undefined;
  /** The date whose rules apply, `YYYY-MM-DD`; today in Denmark when absent. */
  declare asOf: string | undefined;
  /**
   * Which impact answers criterion b reads: `either` (default), `future` or
   * `both`; the municipality's reading of the guide (see the rule set).
   */
  declare impactDimension: string | undefined;
  declare private draft: VisitationDraft;
  declare private errors: readonly FieldError[];
  declare private live: EvaluationResult<'visitation'> | undefined;
  declare private saved: { readonly answers: VisitationAnswers; readonly result: EvaluationResult<'visitation'> } | undefined;
  declare private disabled: boolean;
  private handoverValue: VisitationHandover | undefined;
  private refreshToken = 0;

  constructor() {
    super();
    this.draft = EMPTY_VISITATION_DRAFT;
    this.errors = [];
    this.live = undefined;
    this.saved = undefined;
    this.disabled = false;
    this.addEventListener('invalid', () => void this.showCheck());
  }

  /** The answer document as filled in so far (a copy); set it to prefill the form. */
  get answers(): VisitationAnswers {
    return structuredClone(visitationAnswersFromDraft(this.draft));
  }

  set answers(answers: VisitationAnswers) {
    this.draft = visitationDraftFromAnswers(structuredClone(answers));
    this.errors = [];
    this.saved = undefined;
  }

  /**
   * What step 1 handed over: setting it fills the form with its `visitation`
   * document and shows the citizen's step-1 answers in "Fra opsporingen".
   */
  get handover(): VisitationHandover | undefined {
    return this.handoverValue;
  }

  set handover(handover: VisitationHandover | undefined) {
    const old = this.handoverValue;
    this.handoverValue = handover === undefined ? undefined : structuredClone(handover);
    if (handover !== undefined) this.answers = handover.visitation;
    this.requestUpdate('handover', old);
  }

  formResetCallback(): void {
    this.draft = this.handoverValue ? visitationDraftFromAnswers(this.handoverValue.visitation) : EMPTY_VISITATION_DRAFT;
    this.errors = [];
    this.saved = undefined;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override restoreAnswers(answers: unknown): void {
    this.answers = answers as VisitationAnswers;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const watched = ['draft', 'asOf', 'locale', 'impactDimension'] as const;
    if (watched.some((key) => changed.has(key as keyof RummeligVisitation))) void this.refresh();
  }

  override render(): TemplateResult {
    const content = this.saved
      ? renderSaved({ ...this.saved, locale: this.language, disabled: this.disabled, onEdit: this.editAnswers })
      : this.renderForm();
    return html`<div lang=${this.language}>${content}</div>`;
  }

  private renderForm(): TemplateResult {
    const locale = this.language;
    return html`
      <form novalidate part="form" @submit=${this.onSubmit}>
        <fieldset class="plain" role="presentation" ?disabled=${this.disabled}>
          <h2>${fieldTitle(visitationSchema, '', locale)}</h2>
          ${this.errors.length > 0
            ? renderErrorSummary({ title: this.ui(T.errorSummaryTitle), errors: this.errors, onFollow: (field) => focusField(this.renderRoot, field) })
            : nothing}
          <p>${fieldDescription(visitationSchema, '', locale)}</p>
          ${this.handoverValue ? renderHandoverPanel(this.handoverValue, locale) : nothing} ${this.renderPersonalDetails()}
          ${this.renderDialogue()} ${this.renderAssessment()}
          <div class="verdict">${renderRecommendation(this.live, locale)} ${this.renderDecision()}</div>
          <button class="button-primary" type="submit" part="submit">${this.ui(T.submit)}</button>
        </fieldset>
      </form>
    `;
  }

  private renderPersonalDetails(): TemplateResult {
    const citizen = this.draft.answers.citizen;
    return html`
      <fieldset class="section" part="personal-details">
        <legend><h3>${this.fieldLabel('citizen')}</h3></legend>
        ${renderTextInput({
          ...this.fieldBase('cpr'),
          label: `${this.fieldLabel('citizen/cpr')} ${this.ui(T.optional)}`,
          hint: fieldDescription(visitationSchema, 'citizen/cpr', this.language),
          value: citizen?.cpr,
          width: 'narrow',
          onInput: (value) => this.apply(setGroupAnswer(this.draft, 'citizen', 'cpr', value)),
        })}
        ${renderTextInput({
          ...this.fieldBase('name'),
          label: `${this.fieldLabel('citizen/name')} ${this.ui(T.optional)}`,
          value: citizen?.name,
          autocomplete: 'name',
          onInput: (value) => this.apply(setGroupAnswer(this.draft, 'citizen', 'name', value)),
        })}
      </fieldset>
    `;
  }

  private renderDialogue(): TemplateResult {
    return html`
      <fieldset class="section" part="dialogue">
        <legend><h3>${this.fieldLabel('dialogue')}</h3></legend>
        <p class="hint">${fieldDescription(visitationSchema, 'dialogue', this.language)}</p>
        ${DIALOGUE_THEMES.map((theme) => this.renderTheme(theme))} ${this.renderGoals()}
      </fieldset>
    `;
  }

  private renderTheme(theme: DialogueTheme): TemplateResult {
    const path = `dialogue/${theme}`;
    const questions = schemaForPath(visitationSchema, path)?.['x-help-questions']?.[this.language] ?? [];
    return renderTextArea({
      ...this.fieldBase(THEME_FIELDS[theme]),
      label: html`<span class="theme-label">${this.fieldLabel(path)}</span>`,
      hint: html`<p>${fieldDescription(visitationSchema, path, this.language)}</p>
        <p class="help-questions-title">${this.ui(T.helpQuestions)}</p>
        <ul class="help-questions">
          ${questions.map((question) => html`<li>${question}</li>`)}
        </ul>`,
      value: this.draft.answers.dialogue?.[theme],
      rows: 6,
      onInput: (value) => this.apply(setGroupAnswer(this.draft, 'dialogue', theme, value)),
    });
  }

  /** Three boxes with one label: the goals rank equally, so the number says only which box it is. */
  private renderGoals(): TemplateResult {
    const base = this.fieldBase('goals');
    return html`
      <fieldset class="field ${base.error ? 'field--error' : ''}" id="goals" aria-describedby="goals-hint${base.error ? ' goals-error' : ''}">
        <legend class="theme-label">${this.fieldLabel('dialogue/goals')}</legend>
        <span class="hint" id="goals-hint">${fieldDescription(visitationSchema, 'dialogue/goals', this.language)}</span>
        ${renderFieldError(base)}
        ${([0, 1, 2] as const).map((index) =>
          renderTextInput({
            ...this.fieldBase(`goal-${index + 1}`),
            label: html`${this.ui(T.goalLabel)}<span class="visually-hidden"> ${index + 1} ${this.ui(T.goalOf)}</span>`,
            value: this.draft.goals[index],
            onInput: (value) => this.apply(setGoal(this.draft, index, value)),
          }),
        )}
      </fieldset>
    `;
  }

  private renderAssessment(): TemplateResult {
    const answers = this.draft.answers;
    return html`
      <fieldset class="section" part="assessment">
        <legend><h3>${this.ui(T.assessment)}</h3></legend>
        ${this.renderImpairments()}
        <h4>${this.ui(T.impactHeading)}</h4>
        ${this.renderScale('impact-past', 'impactPast', IMPACT_LEVELS)} ${this.renderScale('impact-future', 'impactFuture', IMPACT_LEVELS)}
        <h4>${this.ui(T.hkoHeading)}</h4>
        ${this.renderYesNo('hko-needed-before', 'hkoNeededBefore')} ${this.renderYesNo('hko-needed-now', 'hkoNeededNow')}
        ${asksSchemes(this.draft)
          ? html`<div class="reveal">
              ${renderCheckboxGroup({
                ...this.fieldBase('hko-schemes'),
                legend: this.fieldLabel('hkoSchemes'),
                options: SCHEME_IDS.map((scheme) => ({ value: scheme, label: enumTitle(visitationSchema, 'hkoSchemes/0', scheme, this.language) })),
                checked: answers.hkoSchemes ?? [],
                onToggle: (scheme, checked) => this.apply(toggleScheme(this.draft, scheme, checked, SCHEME_IDS)),
              })}
            </div>`
          : nothing}
        <h4>${this.ui(T.prospectsHeading)}</h4>
        ${this.renderScale('prospects-citizen', 'prospectsCitizen', PROSPECTS)}
        ${this.renderScale('prospects-jobformidler', 'prospectsJobformidler', PROSPECTS)}
        <h4>${this.ui(T.motivationHeading)}</h4>
        ${this.renderYesNo('motivated', 'motivated')}
        ${asksReinviteLater(this.draft) ? html`<div class="reveal">${this.renderYesNo('reinvite-later', 'reinviteLater')}</div>` : nothing}
      </fieldset>
    `;
  }

  private renderImpairments(): TemplateResult {
    const impairments = this.draft.answers.impairments;
    const typeOptions = VISITATION_IMPAIRMENT_TYPES.map((type) => ({
      value: type,
      label: enumTitle(visitationSchema, 'impairments/primary', type, this.language),
    }));
    const fromHandover = this.handoverValue?.visitation.impairments?.note !== undefined;
    return html`
      <fieldset class="group">
        <legend><h4>${this.fieldLabel('impairments')}</h4></legend>
        ${(['primary', 'secondary'] as const).map((rank) =>
          renderSelect({
            ...this.fieldBase(`${rank}-impairment`),
            // The primary impairment is criterion a; the secondary may be left out.
            label: `${this.fieldLabel(`impairments/${rank}`)}${rank === 'secondary' ? ` ${this.ui(T.optional)}` : ''}`,
            emptyLabel: this.ui(T.notGiven),
            options: typeOptions,
            value: impairments?.[rank],
            onChange: (value) => this.apply(setRankedImpairment(this.draft, rank, value)),
          }),
        )}
        ${renderCheckboxGroup({
          ...this.fieldBase('other-impairments'),
          legend: `${this.fieldLabel('impairments/others')} ${this.ui(T.optional)}`,
          options: typeOptions,
          checked: impairments?.others ?? [],
          onToggle: (type, checked) => this.apply(toggleOtherImpairment(this.draft, type, checked, VISITATION_IMPAIRMENT_TYPES)),
        })}
        ${renderTextArea({
          ...this.fieldBase('impairment-note'),
          label: this.ui(T.noteLabel),
          hint: fromHandover ? this.ui(T.noteFromHandover) : undefined,
          value: impairments?.note,
          rows: 3,
          onInput: (value) => this.apply(setGroupAnswer(this.draft, 'impairments', 'note', value)),
        })}
      </fieldset>
    `;
  }

  /** The impact and prospects questions: one row of the vurderingsskema's scales, from "Ingen" or "Meget dårlige" up. */
  private renderScale<K extends 'impactPast' | 'impactFuture' | 'prospectsCitizen' | 'prospectsJobformidler'>(
    field: string,
    key: K,
    values: readonly NonNullable<VisitationAnswers[K]>[],
  ): TemplateResult {
    // TypeScript does not narrow an indexed access by a generic key; `values` ties the types together.
    type Value = NonNullable<VisitationAnswers[K]>;
    return renderRadioGroup<Value>({
      ...this.fieldBase(field),
      legend: this.fieldLabel(key),
      options: values.map((value) => ({ value, label: enumTitle(visitationSchema, key, value, this.language) })),
      value: this.draft.answers[key] as Value | undefined,
      inline: true,
      onChange: (value) => this.apply(setVisitationAnswer(this.draft, key, value as VisitationDraft['answers'][K])),
    });
  }

  private renderYesNo(field: string, key: YesNoKey): TemplateResult {
    return renderRadioGroup({
      ...this.fieldBase(field),
      legend: this.fieldLabel(key),
      options: this.yesNoOptions(),
      value: this.draft.answers[key],
      inline: true,
      onChange: (value) => this.apply(setVisitationAnswer(this.draft, key, value)),
    });
  }

  private renderDecision(): TemplateResult {
    const decision = this.draft.answers.decision;
    return html`
      <fieldset class="decision" part="decision">
        <legend><h3>${this.ui(T.decisionHeading)}</h3></legend>
        <p class="hint">${this.ui(T.decisionHint)}</p>
        ${renderRadioGroup({
          ...this.fieldBase('refer-to-programme'),
          legend: this.fieldLabel('decision/referToProgramme'),
          options: this.yesNoOptions(),
          value: decision?.referToProgramme,
          inline: true,
          onChange: (value) => this.apply(setGroupAnswer(this.draft, 'decision', 'referToProgramme', value)),
        })}
        ${renderTextArea({
          ...this.fieldBase('decision-reason'),
          label: this.fieldLabel('decision/reason'),
          value: decision?.reason,
          rows: 4,
          onInput: (value) => this.apply(setGroupAnswer(this.draft, 'decision', 'reason', value)),
        })}
      </fieldset>
    `;
  }

  private yesNoOptions(): { value: boolean; label: string }[] {
    return [
      { value: true, label: this.ui(T.yes) },
      { value: false, label: this.ui(T.no) },
    ];
  }

  private get language(): Locale {
    return this.locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
  }

  private fieldLabel(path: string): string {
    return fieldTitle(visitationSchema, path, this.language);
  }

  private ui(text: LocalizedText): string {
    return text[this.language];
  }

  private fieldBase(field: string): FieldBase {
    return { field, error: this.errors.find((error) => error.field === field)?.message, errorPrefix: this.ui(T.errorPrefix) };
  }

  /**
   * Every change goes through here; `refresh` follows it. Errors already shown
   * disappear once fixed, but new ones wait for the next submit.
   */
  private apply(draft: VisitationDraft): void {
    this.draft = draft;
  }

  /** After each change: the live recommendation, the errors still shown, and the value and validity the form sees. */
  private async refresh(): Promise<void> {
    const token = ++this.refreshToken;
    await this.syncFormState(JSON.stringify(visitationAnswersFromDraft(this.draft)), async () => {
      const outcome = await this.check();
      if (token === this.refreshToken) {
        this.live = outcome.live;
        this.errors = this.errors.flatMap((shown) => outcome.errors.filter((error) => error.field === shown.field));
      }
      return outcome.errors[0]?.message;
    });
  }

  private async check(): Promise<CheckOutcome> {
    const answers = visitationAnswersFromDraft(this.draft);
    const locale = this.language;
    const validation = validateVisitation(answers, { locale });
    const issues = validation.valid ? [] : validation.issues;
    const evaluation = evaluateWith(VISITATION_RULE_SET, validation.valid ? answers : withoutFaultyValues(answers, issues), {
      locale,
      ...(this.asOf ? { asOf: this.asOf } : {}),
      options: { impactDimension: this.dimension },
    });
    const goalBoxes = this.draft.goals.flatMap((goal, index) => (goal.trim() === '' ? [] : [index]));
    const errors = visitationFormErrors({ issues, missing: evaluation.ok ? evaluation.result.missing : [], goalBoxes, locale });
    const live = evaluation.ok ? { live: evaluation.result } : {};
    return validation.valid && evaluation.ok ? { answers, errors, ...live, result: evaluation.result } : { answers, errors, ...live };
  }

  /** An unknown value falls back to the rule set's default rather than failing the form. */
  private get dimension(): ImpactDimension {
    return IMPACT_DIMENSIONS.find((dimension) => dimension === this.impactDimension) ?? 'either';
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const outcome = await this.showCheck();
    if (!outcome.result || outcome.errors.length > 0) return;
    this.saved = { answers: outcome.answers, result: outcome.result };
    const detail: VisitationSubmitDetail = { answers: structuredClone(outcome.answers), result: outcome.result };
    this.dispatchEvent(new CustomEvent<VisitationSubmitDetail>('rummelig-submit', { bubbles: true, composed: true, detail }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    this.internals.form?.requestSubmit();
  };

  /** Checks the answers and, when something is wrong, shows the error summary and moves focus to it. */
  private async showCheck(): Promise<CheckOutcome> {
    ++this.refreshToken;
    const outcome = await this.check();
    this.errors = outcome.errors;
    if (outcome.live) this.live = outcome.live;
    if (outcome.errors.length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
    }
    return outcome;
  }

  private readonly editAnswers = async (): Promise<void> => {
    this.saved = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'rummelig-visitation': RummeligVisitation;
  }
}
