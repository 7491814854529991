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
 * The events every form fires, bubbling and composed so that a page hears
 * them on the element or above it. Typed here, so that
 * `element.addEventListener('rummelig-step', (event) => event.detail.title)`
 * needs no cast.
 */
declare global {
  interface HTMLElementEventMap {
    /** A complete submit: the answer document and its evaluated result. */
    'rummelig-submit': CustomEvent<RummeligSubmitDetail>;
    /** The steps flow shows another page. */
    'rummelig-step': CustomEvent<StepDetail>;
    /** A kept draft was brought back, or deleted by the citizen. */
    'rummelig-draft': CustomEvent<DraftDetail>;
  }
}
