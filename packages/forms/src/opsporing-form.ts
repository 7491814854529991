import { html, type PropertyValues, type TemplateResult } from 'lit';
import { OPSPORING_IMPAIRMENT_TYPES, opsporingSchema, validateOpsporing, type OpsporingAnswers } from '@rummelig/core';
import { evaluateWith, OPSPORING_RULE_SET, type EvaluationResult } from '@rummelig/rules';
import { renderContact } from './contact.js';
import { formStyles } from './form-styles.js';
import {
  OPSPORING_DRAFTS,
  answersFromDraft,
  rowsWithInvalidScore,
  rowsWithoutDescription,
  rowsWithoutImpact,
  type OpsporingDraft,
} from './opsporing-draft.js';
import { formErrors, type FormMode } from './opsporing-errors.js';
import { OPSPORING_QUESTIONS, OPSPORING_UI } from './opsporing-questions.js';
import { renderResultPanel } from './result-panel.js';
import { ScreeningFormElement, type CheckOutcome, type DraftCodec } from './screening-form.js';
import { COMMON_TEXTS, OPSPORING_FORM_TEXTS } from './texts.js';
import { withoutFaultyValues } from './without-faulty-values.js';
import './events.js';

/** The `detail` of the `rummelig-submit` event. */
export interface OpsporingSubmitDetail {
  /** The answer document of the data contract: only what has been answered. */
  readonly answers: OpsporingAnswers;
  /** The opsporing rule set's result for it. */
  readonly result: EvaluationResult<'opsporing'>;
}

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

const TEXTS = { ...COMMON_TEXTS, ...OPSPORING_FORM_TEXTS };

/**
 * `<rummelig-opsporing>`: the opsporingsskema, step 1 of the screening, for a
 * citizen to fill in before meeting the caseworker, or for the caseworker with
 * `mode="caseworker"`.
 *
 * @slot contact - the municipality's contact details, shown under the introduction and on the result page.
 * @csspart intro - the introduction and the contact slot.
 * @csspart contact - the municipality's contact details from the `contact` property.
 * @csspart personal-details - CPR number and name.
 * @csspart impairments - the impairment rows and "Jeg har ikke en funktionsnedsættelse".
 * @csspart other-conditions - "Andre relevante forhold".
 * @csspart caseworker - "Udfyldes af sagsbehandler", in caseworker mode only.
 * @csspart result-warnings - the rule set's warnings in the result, when there are any.
 */
export class RummeligOpsporing extends ScreeningFormElement<OpsporingDraft, OpsporingAnswers, EvaluationResult<'opsporing'>, OpsporingSubmitDetail> {
  /** The default look after DKFDS; restyle it through the CSS custom properties and parts, not by replacing this. */
  static override styles = formStyles;
  static override properties = {
    mode: { type: String, reflect: true },
  };

  /** `caseworker` adds the section only the caseworker fills in; anything else is the citizen's form. */
  declare mode: string | undefined;

  protected readonly formId = 'opsporing';
  protected readonly schema = opsporingSchema;
  protected readonly questions = OPSPORING_QUESTIONS;
  protected readonly defaultUi = OPSPORING_UI;
  protected readonly textTable = TEXTS;
  protected readonly ruleSets = [OPSPORING_RULE_SET];

  protected override get modeName(): FormMode {
    return this.mode === 'caseworker' ? 'caseworker' : 'citizen';
  }

  protected override get watched(): readonly PropertyKey[] {
    return [...super.watched, 'mode'];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('mode')) this.reportChoice('mode', this.mode, ['citizen', 'caseworker'], 'citizen');
  }

  protected draftCodec(): DraftCodec<OpsporingDraft, OpsporingAnswers> {
    return OPSPORING_DRAFTS;
  }

  protected renderIntro(): TemplateResult {
    const t = this.t;
    return html`<div part="intro">
      <p>${t('intro')}</p>
      <p>${t('ownAssessment')}</p>
      <p>${t('helpsUs')}</p>
      ${renderContact(t, this.contact)}
      <slot name="contact"></slot>
    </div>`;
  }

  protected renderResult({ result }: { readonly result: EvaluationResult<'opsporing'> }): TemplateResult {
    return renderResultPanel({ result, t: this.t, headings: this.headings, mode: this.modeName, contact: this.contact, disabled: this.disabled, onEdit: this.editAnswers });
  }

  protected submitDetail(answers: OpsporingAnswers, result: EvaluationResult<'opsporing'>): OpsporingSubmitDetail {
    return { answers: structuredClone(answers), result };
  }

  protected async checkDraft(): Promise<CheckOutcome<OpsporingAnswers, EvaluationResult<'opsporing'>>> {
    const draft = this.draft;
    const answers = answersFromDraft(draft);
    const locale = this.language;
    const validation = validateOpsporing(answers, { locale });
    const issues = validation.valid ? [] : validation.issues;
    const evaluation = evaluateWith(OPSPORING_RULE_SET, validation.valid ? answers : withoutFaultyValues(answers, issues), {
      locale,
      ...this.rulesAsOf,
    });
    const errors = formErrors(
      {
        answers,
        rowsWithoutImpact: rowsWithoutImpact(draft),
        rowsWithInvalidScore: rowsWithInvalidScore(draft),
        rowsWithoutDescription: rowsWithoutDescription(draft),
        issues,
        missing: evaluation.ok ? evaluation.result.missing : [],
        mode: this.modeName,
        locale,
        t: this.t,
      },
      FIELD_ORDER,
    );
    return validation.valid && evaluation.ok ? { answers, errors, result: evaluation.result } : { answers, errors };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rummelig-opsporing': RummeligOpsporing;
  }
}
