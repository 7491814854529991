export { RummeligOpsporing, type OpsporingSubmitDetail } from './opsporing-form.js';
export { RummeligVisitation, type VisitationSubmitDetail } from './visitation-form.js';
export { RummeligHkoCheck, type HkoCheckResults, type HkoCheckSubmitDetail } from './hko-check-form.js';
export {
  answersFromDraft as hkoAnswersFromDraft,
  draftFromAnswers as hkoDraftFromAnswers,
  HKO_CHECK_DRAFTS,
  type HkoCheckDraft,
  type HkoDraft,
  type InputProblem,
} from './hko-check-draft.js';
export type { RummeligEventMap, RummeligSubmitDetail } from './events.js';
export { ScreeningFormElement, type CheckOutcome, type DraftCodec, type DraftDetail, type FormFlow, type StepDetail } from './screening-form.js';
export {
  resolveUi,
  type ChangeOptions,
  type Question,
  type QuestionCatalogue,
  type QuestionContext,
  type ResolvedUi,
  type UiConfig,
  type UiDescription,
  type UiProblem,
  type UiProblemCode,
  type UiSection,
} from './ui-description.js';
export { OPSPORING_UI } from './opsporing-questions.js';
export { VISITATION_UI } from './visitation-questions.js';
export {
  COMMON_TEXTS,
  OPSPORING_FORM_TEXTS,
  VISITATION_FORM_TEXTS,
  HKO_CHECK_FORM_TEXTS,
  translator,
  type TextOverrides,
  type TextParams,
  type TextTable,
  type Translate,
} from './texts.js';
export { sessionDraftStorage, type DraftStorage } from './draft-storage.js';
export type { MunicipalContact } from './contact.js';
export type { SomeRuleSet } from './as-of.js';
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
export type { FieldBase } from './field-parts.js';
export type { HeadingAttributes, HeadingLevel, HeadingRank, Headings } from './headings.js';
export type { FormMode } from './opsporing-errors.js';
