import { html, nothing, type TemplateResult } from 'lit';
import type { VisitationAnswers } from '@rummelig/core';
import type { EvaluationResult } from '@rummelig/rules';
import type { Headings } from './headings.js';
import { renderResultPage } from './result-explanation.js';
import { meaningSection, renderCriteria } from './result-parts.js';
import type { Translate } from './texts.js';

/**
 * The recommendation as the criteria give it so far, updated with every
 * answer and shown beside the job broker's own decision. Only the one-line
 * recommendation is a live region: the criteria below it change too often to
 * be read out at each keystroke.
 */
export function renderRecommendation(result: EvaluationResult<'visitation'> | undefined, t: Translate, headings: Headings): TemplateResult {
  return html`
    <section class="recommendation" part="recommendation" aria-labelledby="recommendation-heading">
      ${headings(3, t('recommendationHeading'), { id: 'recommendation-heading' })}
      <p class="recommendation__outcome">
        ${result ? html`${t('recommendationLabel')} <strong>${t(`recommendation.${result.recommendation}`)}</strong>` : nothing}
      </p>
      ${result
        ? html`<p>${result.explanation[t.locale]}</p>
            ${headings(4, t('criteriaHeading'))}
            ${renderCriteria(result.criteria, t.locale, t('sourceLabel'))}`
        : nothing}
    </section>
  `;
}

export interface SavedPanelOptions {
  readonly answers: VisitationAnswers;
  readonly result: EvaluationResult<'visitation'>;
  readonly t: Translate;
  readonly headings: Headings;
  readonly disabled: boolean;
  readonly onEdit: () => void;
}

/** After a complete submit: the decision and its reason beside the recommendation, what it means and what to do next. */
export function renderSaved({ answers, result, t, headings, disabled, onEdit }: SavedPanelOptions): TemplateResult {
  const referred = answers.decision?.referToProgramme === true;
  const reason = answers.decision?.reason?.trim();
  return renderResultPage({
    heading: t('savedHeading'),
    headings,
    lead: html`<dl>
      <dt>${t('decisionHeading')}</dt>
      <dd>${t(referred ? 'decisionVisit' : 'decisionDoNotVisit')}</dd>
      ${reason ? html`<dt>${t('reasonLabel')}</dt><dd class="free-text">${reason}</dd>` : nothing}
      <dt>${t('recommendationHeading')}</dt>
      <dd>${t(`recommendation.${result.recommendation}`)}</dd>
    </dl>`,
    sections: [
      meaningSection(result, t, headings),
      { heading: t('nextHeading'), content: html`<p>${t(referred ? 'next.visit' : 'next.do-not-visit')}</p>` },
      { heading: t('decidesHeading'), content: html`<p>${t('jobBrokerDecidesSelf')}</p>` },
    ],
    editLabel: t('edit'),
    disabled,
    onEdit,
  });
}
