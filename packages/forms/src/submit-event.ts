import type { OpsporingSubmitDetail } from './opsporing-form.js';
import type { VisitationSubmitDetail } from './visitation-form.js';
import type { HkoCheckSubmitDetail } from './hko-check-form.js';

/**
 * The `detail` of `rummelig-submit`, fired by every form on a complete
 * submit. `detail.answers.form` tells which form sent it.
 */
export type RummeligSubmitDetail = OpsporingSubmitDetail | VisitationSubmitDetail | HkoCheckSubmitDetail;

declare global {
  interface HTMLElementEventMap {
    'rummelig-submit': CustomEvent<RummeligSubmitDetail>;
  }
}
