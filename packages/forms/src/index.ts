export { RummeligOpsporing, type OpsporingSubmitDetail } from './opsporing-form.js';
export { RummeligVisitation, type VisitationSubmitDetail } from './visitation-form.js';
export type { RummeligSubmitDetail } from './submit-event.js';
export {
  EMPTY_DRAFT,
  answersFromDraft,
  draftFromAnswers,
  type OpsporingDraft,
  type ImpairmentRow,
} from './opsporing-draft.js';
export {
  EMPTY_VISITATION_DRAFT,
  visitationAnswersFromDraft,
  visitationDraftFromAnswers,
  type VisitationDraft,
} from './visitation-draft.js';
export type { FieldError } from './field-errors.js';
export type { FormMode } from './opsporing-errors.js';
