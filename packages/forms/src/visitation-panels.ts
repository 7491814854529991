import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, VisitationAnswers } from '@rummelig/core';
import type { EvaluationResult } from '@rummelig/rules';
import { renderCriteria, renderWarnings } from './result-parts.js';
import { RECOMMENDATION_NAMES, VISITATION_UI_TEXTS as T } from './visitation-messages.js';

/**
 * The recommendation as the criteria give it so far, updated with every
 * answer and shown beside the job broker's own decision. Only the one-line
 * recommendation is a live region: the criteria below it change too often to
 * be read out at each keystroke.
 */
export function renderRecommendation(result: EvaluationResult<'visitation'> | undefined, locale: Locale): TemplateResult {
  return html`
    <section class="recommendation" part="recommendation" aria-labelledby="recommendation-heading">
      <h3 id="recommendation-heading">${T.recommendationHeading[locale]}</h3>
      <p role="status" class="recommendation__outcome">
        ${result ? html`${T.recommendationLabel[locale]} <strong>${RECOMMENDATION_NAMES[result.recommendation][locale]}</strong>` : nothing}
      </p>
      ${result
        ? html`<p>${result.explanation[locale]}</p>
            <h4>${T.criteriaHeading[locale]}</h4>
            ${renderCriteria(result.criteria, locale, T.sourceLabel[locale])}`
        : nothing}
    </section>
  `;
}

export interface SavedPanelOptions {
  readonly answers: VisitationAnswers;
  readonly result: EvaluationResult<'visitation'>;
  readonly locale: Locale;
  readonly disabled: boolean;
  readonly onEdit: () => void;
}

/** After a complete submit: the decision and its reason beside the recommendation, with every warning. */
export function renderSaved({ answers, result, locale, disabled, onEdit }: SavedPanelOptions): TemplateResult {
  const referred = answers.decision?.referToProgramme === true;
  const reason = answers.decision?.reason?.trim();
  return html`
    <section class="result" part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">${T.savedHeading[locale]}</h2>
      <dl>
        <dt>${T.decisionHeading[locale]}</dt>
        <dd>${referred ? T.decisionVisit[locale] : T.decisionDoNotVisit[locale]}</dd>
        ${reason ? html`<dt>${T.reasonLabel[locale]}</dt><dd class="free-text">${reason}</dd>` : nothing}
        <dt>${T.recommendationHeading[locale]}</dt>
        <dd>${RECOMMENDATION_NAMES[result.recommendation][locale]}</dd>
      </dl>
      <p>${result.explanation[locale]}</p>
      ${renderWarnings(result.warnings, locale, T.warningsHeading[locale], 'result-warnings')}
      <h3>${T.criteriaHeading[locale]}</h3>
      ${renderCriteria(result.criteria, locale, T.sourceLabel[locale])}
      <button class="button-secondary" type="button" ?disabled=${disabled} @click=${onEdit}>${T.edit[locale]}</button>
    </section>
  `;
}
