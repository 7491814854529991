import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { fieldDescription, validateVisitation, visitationSchema, type VisitationAnswers } from '@rummelig/core';
import { evaluateWith, VISITATION_RULE_SET, type EvaluationResult, type ImpactDimension, type VisitationHandover } from '@rummelig/rules';
import { formStyles } from './form-styles.js';
import { renderHandoverPanel } from './handover-panel.js';
import { ScreeningFormElement, type CheckOutcome, type DraftCodec } from './screening-form.js';
import { COMMON_TEXTS, VISITATION_FORM_TEXTS } from './texts.js';
import { VISITATION_DRAFTS, visitationAnswersFromDraft, visitationDraftFromAnswers, type VisitationDraft } from './visitation-draft.js';
import { visitationFormErrors } from './visitation-errors.js';
import { renderSaved } from './visitation-panels.js';
import { VISITATION_UI, visitationQuestions } from './visitation-questions.js';
import { visitationStyles } from './visitation-styles.js';
import { withoutFaultyValues } from './without-faulty-values.js';
import './events.js';

/** The `detail` of the `rummelig-submit` event of `<rummelig-visitation>`. */
export interface VisitationSubmitDetail {
  /** The visitation answer document of the data contract: only what has been answered. */
  readonly answers: VisitationAnswers;
  /** The visitation rule set's result for it, with the job broker's decision. */
  readonly result: EvaluationResult<'visitation'>;
}

const IMPACT_DIMENSIONS: readonly ImpactDimension[] = ['either', 'future', 'both'];
const TEXTS = { ...COMMON_TEXTS, ...VISITATION_FORM_TEXTS };

/**
 * `<rummelig-visitation>`: step 2 of the screening, for the job broker
 * (jobformidler) at the visitation meeting. The dialogue themes with their
 * help questions and the minutes, the three equal-ranked goals, the
 * assessment form, and the recommendation of the criteria beside the job
 * broker's own decision. Set `handover` (from `handOverToVisitation`) to
 * start from what the citizen said in step 1.
 *
 * @csspart handover - "Fra opsporingen", the step-1 answers, when a hand-over is set.
 * @csspart handover-warnings - the hand-over's warnings, e.g. that step 1 did not refer the citizen.
 * @csspart personal-details - CPR number and name.
 * @csspart dialogue - the dialogue themes, the minutes and the goals.
 * @csspart assessment - the assessment form (vurderingsskema).
 * @csspart recommendation - the recommendation of the criteria, updated as the answers change.
 * @csspart decision - the job broker's decision and reason.
 * @csspart result-warnings - the rule set's warnings in the saved assessment.
 */
export class RummeligVisitation extends ScreeningFormElement<VisitationDraft, VisitationAnswers, EvaluationResult<'visitation'>, VisitationSubmitDetail> {
  /** The default look after DKFDS; restyle it through the CSS custom properties and parts, not by replacing this. */
  static override styles = [formStyles, visitationStyles];
  static override properties = {
    impactDimension: { type: String, attribute: 'impact-dimension' },
    handover: { attribute: false, noAccessor: true },
    live: { state: true },
  };
  protected static override readonly earlyProperties: readonly string[] = ['answers', 'handover'];

  /**
   * Which impact answers criterion b reads: `either` (default), `future` or
   * `both`; the municipality's reading of the guide (see the rule set).
   */
  declare impactDimension: string | undefined;
  /** The recommendation so far, from the answers that keep the contract. */
  declare private live: EvaluationResult<'visitation'> | undefined;
  private handoverValue: VisitationHandover | undefined;

  protected readonly formId = 'visitation';
  protected readonly schema = visitationSchema;
  protected readonly questions = visitationQuestions({ handover: () => this.handoverValue, live: () => this.live });
  protected readonly defaultUi = VISITATION_UI;
  protected readonly textTable = TEXTS;
  protected readonly ruleSets = [VISITATION_RULE_SET];

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

  protected override startingDraft(): VisitationDraft {
    return this.handoverValue ? visitationDraftFromAnswers(this.handoverValue.visitation) : super.startingDraft();
  }

  protected override get watched(): readonly PropertyKey[] {
    return [...super.watched, 'impactDimension'];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('impactDimension')) this.reportChoice('impact-dimension', this.impactDimension, IMPACT_DIMENSIONS, 'either');
  }

  protected draftCodec(): DraftCodec<VisitationDraft, VisitationAnswers> {
    return VISITATION_DRAFTS;
  }

  protected renderIntro(): TemplateResult {
    return html`<p>${fieldDescription(visitationSchema, '', this.language)}</p>
      ${this.handoverValue ? renderHandoverPanel(this.handoverValue, this.t, this.headings) : nothing}`;
  }

  protected renderResult({ answers, result }: { readonly answers: VisitationAnswers; readonly result: EvaluationResult<'visitation'> }): TemplateResult {
    return renderSaved({ answers, result, t: this.t, headings: this.headings, disabled: this.disabled, onEdit: this.editAnswers });
  }

  protected submitDetail(answers: VisitationAnswers, result: EvaluationResult<'visitation'>): VisitationSubmitDetail {
    return { answers: structuredClone(answers), result };
  }

  /**
   * A change of the recommendation shown is said; the first is not, as it arrives while the page loads, and a screen
   * reader would break into the page with it. Nor is one made on a page that does not show it.
   */
  protected override checked(outcome: CheckOutcome<VisitationAnswers, EvaluationResult<'visitation'>> & { readonly live?: EvaluationResult<'visitation'> }): void {
    const before = this.live?.recommendation;
    if (!outcome.live) return;
    this.live = outcome.live;
    const shown = this.renderRoot.querySelector('[part="recommendation"]') !== null;
    if (shown && before !== undefined && before !== outcome.live.recommendation) {
      this.announcement = `${this.t('recommendationLabel')} ${this.t(`recommendation.${outcome.live.recommendation}`)}`;
    }
  }

  protected async checkDraft(): Promise<CheckOutcome<VisitationAnswers, EvaluationResult<'visitation'>> & { readonly live?: EvaluationResult<'visitation'> }> {
    const draft = this.draft;
    const answers = visitationAnswersFromDraft(draft);
    const locale = this.language;
    const validation = validateVisitation(answers, { locale });
    const issues = validation.valid ? [] : validation.issues;
    const evaluation = evaluateWith(VISITATION_RULE_SET, validation.valid ? answers : withoutFaultyValues(answers, issues), {
      locale,
      ...this.rulesAsOf,
      options: { impactDimension: this.dimension },
    });
    const goalBoxes = draft.goals.flatMap((goal, index) => (goal.trim() === '' ? [] : [index]));
    const errors = visitationFormErrors({ issues, missing: evaluation.ok ? evaluation.result.missing : [], goalBoxes, locale, t: this.t });
    const live = evaluation.ok ? { live: evaluation.result } : {};
    return validation.valid && evaluation.ok ? { answers, errors, ...live, result: evaluation.result } : { answers, errors, ...live };
  }

  /** An unknown value falls back to the rule set's default rather than failing the form. */
  private get dimension(): ImpactDimension {
    return IMPACT_DIMENSIONS.find((dimension) => dimension === this.impactDimension) ?? 'either';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rummelig-visitation': RummeligVisitation;
  }
}
