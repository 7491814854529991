export { RummeligOpsporing, type OpsporingSubmitDetail } from './opsporing-form.js';
export { RummeligVisitation, type VisitationSubmitDetail } from './visitation-form.js';
export { RummeligHkoCheck, type HkoCheckSubmitDetail } from './hko-check-form.js';
export { answersFromDraft as hkoAnswersFromDraft, draftFromAnswers as hkoDraftFromAnswers, type HkoDraft, type InputProblem } from './hko-check-draft.js';
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
