import { html, type TemplateResult } from 'lit';
import type { Translate } from './texts.js';

/**
 * The steps flow's navigation, after GOV.UK and DKFDS: a back link at the
 * top, and where the citizen is, as text ("Trin 2 af 7") with a bar beside
 * it that repeats the text for the eye and is hidden from screen readers.
 */
export function renderBackLink(t: Translate, onBack: () => void): TemplateResult {
  return html`<button type="button" class="back-link" part="back-link" @click=${onBack}>${t('back')}</button>`;
}

/** `total` is 0 while it is not known (`progressNoTotal`, in the texts of the form that needs it): a total that grows later would mislead ("Trin 1 af 2", then "Trin 2 af 7"). */
export function renderProgress(t: Translate, current: number, total: number): TemplateResult {
  const steps = Array.from({ length: total }, (_, index) => index + 1);
  return html`<div class="progress" part="progress">
    <p class="progress__text">${t(total ? 'progress' : 'progressNoTotal', { current, total })}</p>
    <div class="progress__bar" aria-hidden="true">
      ${steps.map((step) => html`<span class=${step < current ? 'done' : step === current ? 'current' : ''}></span>`)}
    </div>
  </div>`;
}
