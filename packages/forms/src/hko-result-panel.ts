import { html, nothing, type TemplateResult } from 'lit';
import { fieldTitle, hkoSchema, schemaForPath } from '@rummelig/core';
import type { EvaluationResult, FigureResult, HkoRuleSetId } from '@rummelig/rules';
import { renderContact, type MunicipalContact } from './contact.js';
import type { Headings } from './headings.js';
import { renderResultPage } from './result-explanation.js';
import { renderSource, renderWarnings } from './result-parts.js';
import type { Translate } from './texts.js';

export interface HkoResultOptions {
  readonly results: readonly EvaluationResult<HkoRuleSetId>[];
  readonly t: Translate;
  readonly headings: Headings;
  readonly contact: MunicipalContact | null | undefined;
  readonly disabled: boolean;
  readonly onEdit: () => void;
}

/**
 * The check's result page: per scheme the outcome in words, what it means,
 * each criterion with its status, its explanation (which says what would
 * change it) and its source, the figures that matter and what is still
 * missing; then what happens now, who decides and whom to ask.
 */
export function renderHkoResults({ results, t, headings, contact, disabled, onEdit }: HkoResultOptions): TemplateResult {
  return renderResultPage({
    heading: t('resultHeading'),
    headings,
    lead: html`<p>${t('resultLead')}</p>
      ${results.map((result) => renderScheme(result, t, headings))}`,
    sections: [
      {
        heading: t('nextHeading'),
        content: html`<p>${t('next')}</p>
          ${results.some((result) => result.ruleSet === 'fortrinsadgang') ? html`<p>${t('next.fortrinsadgang')}</p>` : nothing}`,
      },
      { heading: t('decidesHeading'), content: html`<p>${t('decides')}</p>` },
      { heading: t('contactHeading'), content: html`${renderContact(t, contact)}<slot name="contact"></slot>` },
    ],
    editLabel: t('edit'),
    disabled,
    onEdit,
  });
}

function renderScheme(result: EvaluationResult<HkoRuleSetId>, t: Translate, headings: Headings): TemplateResult {
  const { locale } = t;
  const id = `result-${result.ruleSet}`;
  const figures = result.figures ?? [];
  const { missing, judged } = missingOf(result);
  return html`
    <section class="scheme-result" part="result-scheme" aria-labelledby=${id}>
      ${headings(3, t(`scheme.${result.ruleSet}`), { id })}
      <p class="outcome outcome--${result.recommendation}"><strong>${t(`outcome.${result.recommendation}`)}.</strong></p>
      <p>${result.explanation[locale]}</p>
      ${renderWarnings(result.warnings, locale, headings, t('warningsHeading'), 'result-warnings')}
      ${headings(4, t('criteriaHeading'))}
      <ul class="criteria">
        ${result.criteria.map(
          (criterion) => html`<li>
            <strong>${t(criterion.role === 'supporting' ? `status.supporting.${criterion.status}` : `status.${criterion.status}`)}:</strong> ${criterion.explanation[locale]} ${renderSource(criterion, locale, t('sourceLabel'), true)}
          </li>`,
        )}
      </ul>
      ${figures.length === 0
        ? nothing
        : html`${headings(4, t('figuresHeading'))}
            <dl class="figures">
              ${figures.map((figure) => html`<dt>${figure.title[locale]}</dt><dd>${renderFigure(figure, t)}<span class="hint">${figure.explanation[locale]}</span></dd>`)}
            </dl>`}
      ${renderMissing(t, headings, 'missingHeading', missing)} ${renderMissing(t, headings, 'judgedHeading', judged)}
    </section>
  `;
}

/**
 * The answers the result lacks, under a heading. A judgement the law leaves to the municipality (`x-judgement`) is
 * not the citizen's to give: skipped, it is listed as the municipality's to assess, not as missing from the citizen.
 */
function missingOf(result: EvaluationResult<HkoRuleSetId>): { readonly missing: readonly string[]; readonly judged: readonly string[] } {
  const isJudged = (path: string) => schemaForPath(hkoSchema, path.replace(/\./g, '/'))?.['x-judgement'] === true;
  return { missing: result.missing.filter((path) => !isJudged(path)), judged: result.missing.filter(isJudged) };
}

function renderMissing(t: Translate, headings: Headings, heading: string, paths: readonly string[]): TemplateResult | typeof nothing {
  if (paths.length === 0) return nothing;
  return html`${headings(4, t(heading))}
    <ul>
      ${paths.map((path) => html`<li>${fieldTitle(hkoSchema, path.replace(/\./g, '/'), t.locale)}</li>`)}
    </ul>`;
}

/**
 * A figure's value as read aloud: Danish decimals, kroner with their øre, a date in words, a value not known said so;
 * a row of steps (the isbryder subsidy) as a list, each step named, not as figures between slashes.
 */
function renderFigure(figure: FigureResult, t: Translate): TemplateResult | string {
  const tag = t.locale === 'da' ? 'da-DK' : 'en-GB';
  const unit = t.optional(`unit.${figure.unit}`) ?? '';
  const digits = figure.unit === 'dkk-per-hour' ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 2 };
  const number = (value: number | null): string => (value === null ? t('notKnown') : `${value.toLocaleString(tag, digits)} ${unit}`.trim());
  const { value } = figure;
  if (value === null) return t('notKnown');
  if (Array.isArray(value)) return html`<ul class="figure-steps">${value.map((step, index) => html`<li>${t('figureStep', { number: index + 1 })}: ${number(step)}</li>`)}</ul>`;
  if (typeof value === 'number') return number(value);
  return new Date(`${String(value)}T00:00:00Z`).toLocaleDateString(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
