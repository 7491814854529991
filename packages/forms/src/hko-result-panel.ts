import { html, nothing, type TemplateResult } from 'lit';
import { fieldTitle, hkoSchema, type Locale } from '@rummelig/core';
import type { EvaluationResult, FigureResult, HkoRuleSetId } from '@rummelig/rules';
import { HKO_CHECK_TEXTS, OUTCOME_TEXTS, SCHEME_TEXTS, STATUS_TEXTS, UNIT_TEXTS } from './hko-check-messages.js';
import { renderWarnings } from './result-parts.js';

export interface HkoResultOptions {
  readonly results: readonly EvaluationResult<HkoRuleSetId>[];
  readonly locale: Locale;
  readonly disabled: boolean;
  readonly onEdit: () => void;
}

/**
 * Per scheme: the outcome in words, what it means, each criterion with its
 * status, its explanation (which says what would change it) and its source,
 * the figures that matter, and what is still missing.
 */
export function renderHkoResults({ results, locale, disabled, onEdit }: HkoResultOptions): TemplateResult {
  return html`
    <section class="result" part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">${HKO_CHECK_TEXTS.resultHeading[locale]}</h2>
      <p>${HKO_CHECK_TEXTS.resultIntro[locale]}</p>
      ${results.map((result) => renderScheme(result, locale))}
      <slot name="contact"></slot>
      <button class="button-secondary" type="button" ?disabled=${disabled} @click=${onEdit}>${HKO_CHECK_TEXTS.edit[locale]}</button>
    </section>
  `;
}

function renderScheme(result: EvaluationResult<HkoRuleSetId>, locale: Locale): TemplateResult {
  const id = `result-${result.ruleSet}`;
  const figures = result.figures ?? [];
  return html`
    <section class="scheme-result" part="result-scheme" aria-labelledby=${id}>
      <h3 id=${id}>${SCHEME_TEXTS[result.ruleSet].name[locale]}</h3>
      <p class="outcome outcome--${result.recommendation}"><strong>${OUTCOME_TEXTS[result.recommendation][locale]}.</strong></p>
      <p>${result.explanation[locale]}</p>
      ${renderWarnings(result.warnings, locale, HKO_CHECK_TEXTS.warningsHeading[locale], 'result-warnings')}
      <h4>${HKO_CHECK_TEXTS.criteriaHeading[locale]}</h4>
      <ul class="criteria">
        ${result.criteria.map(
          (criterion) => html`<li>
            <strong>${STATUS_TEXTS[criterion.status][locale]}:</strong> ${criterion.explanation[locale]}
            <span class="source">${HKO_CHECK_TEXTS.sourceLabel[locale]}: ${criterion.source.title} (${criterion.source.ref})</span>
          </li>`,
        )}
      </ul>
      ${figures.length === 0
        ? nothing
        : html`<h4>${HKO_CHECK_TEXTS.figuresHeading[locale]}</h4>
            <dl class="figures">
              ${figures.map((figure) => html`<dt>${figure.title[locale]}</dt><dd>${formatFigure(figure, locale)}<span class="hint">${figure.explanation[locale]}</span></dd>`)}
            </dl>`}
      ${result.missing.length === 0
        ? nothing
        : html`<h4>${HKO_CHECK_TEXTS.missingHeading[locale]}</h4>
            <ul>
              ${result.missing.map((path) => html`<li>${fieldTitle(hkoSchema, path.replace(/\./g, '/'), locale)}</li>`)}
            </ul>`}
    </section>
  `;
}

/** A figure's value as read aloud: Danish decimals, a date in words, a step not known said so. */
export function formatFigure(figure: FigureResult, locale: Locale): string {
  const tag = locale === 'da' ? 'da-DK' : 'en-GB';
  const unit = UNIT_TEXTS[figure.unit]?.[locale] ?? '';
  const number = (value: number | null): string => (value === null ? HKO_CHECK_TEXTS.notKnown[locale] : `${value.toLocaleString(tag, { maximumFractionDigits: 2 })} ${unit}`.trim());
  const { value } = figure;
  if (value === null) return HKO_CHECK_TEXTS.notKnown[locale];
  if (Array.isArray(value)) return value.map(number).join(' / ');
  if (typeof value === 'number') return number(value);
  return new Date(`${String(value)}T00:00:00Z`).toLocaleDateString(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
