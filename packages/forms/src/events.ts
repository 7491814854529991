import type { OpsporingSubmitDetail } from './opsporing-form.js';
import type { DraftDetail, StepDetail } from './screening-form.js';
import type { VisitationSubmitDetail } from './visitation-form.js';
import type { HkoCheckSubmitDetail } from './hko-check-form.js';

/**
 * The `detail` of `rummelig-submit`, fired by every form on a complete
 * submit. `detail.answers.form` tells which form sent it.
 */
export type RummeligSubmitDetail = OpsporingSubmitDetail | VisitationSubmitDetail | HkoCheckSubmitDetail;

/**
 * The events of one form's element: the DOM's own and the three below, with
 * `rummelig-submit` carrying that form's detail alone. Each element's
 * `addEventListener` is typed by it, so that a listener on a
 * `<rummelig-opsporing>` reads `detail.result` without first telling the
 * forms apart, which TypeScript cannot do by `detail.answers.form`.
 */
// All three are named here, not inherited, so that each has one declaration and one comment in the API reference.
export interface RummeligEventMap<S> extends Omit<HTMLElementEventMap, 'rummelig-submit' | 'rummelig-step' | 'rummelig-draft'> {
  /** A complete submit of this form: its answer document and its evaluated result (or results). */
  'rummelig-submit': CustomEvent<S>;
  /** The steps flow shows another page. */
  'rummelig-step': CustomEvent<StepDetail>;
  /** A kept draft was brought back, or deleted by the citizen. */
  'rummelig-draft': CustomEvent<DraftDetail>;
}

/**
 * The events every form fires, bubbling and composed so that a page hears
 * them on the element or above it, up to `document` and `window`. Typed here,
 * so that `element.addEventListener('rummelig-step', (event) => event.detail.title)`
 * needs no cast on any element; above a form, which may be any of them,
 * `rummelig-submit` carries the union of their details.
 */
interface RummeligPageEvents {
  /** A complete submit: the answer document and its evaluated result. */
  'rummelig-submit': CustomEvent<RummeligSubmitDetail>;
  /** The steps flow shows another page. */
  'rummelig-step': CustomEvent<StepDetail>;
  /** A kept draft was brought back, or deleted by the citizen. */
  'rummelig-draft': CustomEvent<DraftDetail>;
}

declare global {
  interface HTMLElementEventMap extends RummeligPageEvents {}
  interface DocumentEventMap extends RummeligPageEvents {}
  interface WindowEventMap extends RummeligPageEvents {}
}
