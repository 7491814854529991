import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@rummelig/core';
import type { EvaluationResult } from '@rummelig/rules';
import type { FormMode } from './opsporing-errors.js';
import { RESULT_TEXTS } from './opsporing-messages.js';
import { renderCriteria, renderWarnings } from './result-parts.js';

export interface ResultPanelOptions {
  readonly result: EvaluationResult<'opsporing'>;
  readonly locale: Locale;
  readonly mode: FormMode;
  readonly disabled: boolean;
  readonly onEdit: () => void;
}

/** The result in plain language: the rule set's explanation, then what each criterion found. */
export function renderResultPanel({ result, locale, mode, disabled, onEdit }: ResultPanelOptions): TemplateResult {
  const heading = mode === 'caseworker' ? RESULT_TEXTS.caseworkerHeading : RESULT_TEXTS.heading;
  return html`
    <section class="result" part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">${heading[locale]}</h2>
      <p>${result.explanation[locale]}</p>
      ${renderWarnings(result.warnings, locale, RESULT_TEXTS.warningsHeading[locale], 'result-warnings')}
      <h3>${RESULT_TEXTS.criteriaHeading[locale]}</h3>
      ${renderCriteria(result.criteria, locale, RESULT_TEXTS.sourceLabel[locale])}
      ${mode === 'citizen' ? html`<p>${RESULT_TEXTS.caseworkerDecides[locale]}</p>` : nothing}
      <button class="button-secondary" type="button" ?disabled=${disabled} @click=${onEdit}>${RESULT_TEXTS.edit[locale]}</button>
    </section>
  `;
}
