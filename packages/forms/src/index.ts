export { RummeligOpsporing, type OpsporingSubmitDetail } from './opsporing-form.js';
export {
  EMPTY_DRAFT,
  answersFromDraft,
  draftFromAnswers,
  type OpsporingDraft,
  type ImpairmentRow,
} from './opsporing-draft.js';
export type { FieldError, FormMode } from './opsporing-errors.js';
