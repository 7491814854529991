import { html, nothing, type TemplateResult } from 'lit';
import type { EvaluationResult } from '@rummelig/rules';
import type { Headings } from './headings.js';
import type { ResultSection } from './result-explanation.js';
import type { Translate } from './texts.js';
import type { Locale } from '@rummelig/core';
import type { CriterionResult, Warning } from '@rummelig/rules';

/**
 * A criterion's source, named, not quoted, so that a caseworker can look it up while a citizen is not handed legal
 * text; with its reference (act, paragraph) where the reader checks a scheme. Sources are Danish only, so on a page
 * in another language they are marked Danish, to be read in Danish.
 */
export function renderSource(criterion: CriterionResult, locale: Locale, sourceLabel: string, withRef = false): TemplateResult {
  const { title, ref } = criterion.source;
  return html`<span class="source">${sourceLabel}: <span lang=${locale === 'da' ? nothing : 'da'}>${withRef ? `${title} (${ref})` : title}</span></span>`;
}

/** What each criterion found, in plain language, and its source. */
export function renderCriteria(criteria: readonly CriterionResult[], locale: Locale, sourceLabel: string): TemplateResult {
  return html`<ul class="criteria">
    ${criteria.map(
      (criterion) =>
        html`<li>
          ${criterion.explanation[locale]} ${renderSource(criterion, locale, sourceLabel)}
        </li>`,
    )}
  </ul>`;
}

/** The rule set's warnings as a notice with a heading; nothing when there are none. */
export function renderWarnings(warnings: readonly Warning[], locale: Locale, headings: Headings, heading: string, part: string): TemplateResult | typeof nothing {
  if (warnings.length === 0) return nothing;
  return html`<div class="notice" part=${part}>
    ${headings(4, heading)}
    <ul>
      ${warnings.map((warning) => html`<li>${warning.message[locale]}</li>`)}
    </ul>
  </div>`;
}

/** "Hvad betyder det?": the rule set's explanation (or the form's own words for it), its warnings and what each criterion found. */
export function meaningSection(result: EvaluationResult, t: Translate, headings: Headings, explanation = result.explanation[t.locale]): ResultSection {
  return {
    heading: t('meaningHeading'),
    content: html`<p>${explanation}</p>
      ${renderWarnings(result.warnings, t.locale, headings, t('warningsHeading'), 'result-warnings')}
      ${headings(4, t('criteriaHeading'))}
      ${renderCriteria(result.criteria, t.locale, t('sourceLabel'))}`,
  };
}
