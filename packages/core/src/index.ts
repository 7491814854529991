export type { Locale, LocalizedText } from './localized-text.js';
export { LOCALES, isLocale } from './localized-text.js';
export type { JsonSchema } from './json-schema.js';
export {
  ISSUE_CODES,
  ERROR_CODES,
  SERVICE_ERROR_CODES,
  RummeligError,
  createIssue,
  type IssueCode,
  type IssueParams,
  type ErrorCode,
  type ServiceErrorCode,
  type ValidationIssue,
} from './errors.js';
export {
  OPSPORING_IMPAIRMENT_TYPES,
  IMPACT_LEVELS,
  BENEFITS,
  SCORE_BANDS,
  impactForScore,
  type OpsporingAnswers,
  type OpsporingImpairment,
  type OpsporingImpairmentType,
  type OpsporingContext,
  type OpsporingCaseworker,
  type Impact,
  type Benefit,
  type Citizen,
} from './opsporing-types.js';
export {
  VISITATION_IMPAIRMENT_TYPES,
  PROSPECTS,
  SCHEME_IDS,
  DIALOGUE_THEMES,
  type VisitationAnswers,
  type VisitationDialogue,
  type VisitationImpairments,
  type VisitationDecision,
  type VisitationImpairmentType,
  type Prospects,
  type SchemeId,
  type DialogueTheme,
} from './visitation-types.js';
export { OPSPORING_TEXTS } from './opsporing-texts.js';
export {
  FORM_IDS,
  isFormId,
  schemaOf,
  validate,
  validateOpsporing,
  validateVisitation,
  parseJson,
  type FormId,
  type FormDocuments,
  type ValidateOptions,
  type ValidationResult,
  type ParseResult,
} from './validate.js';
export { opsporingSchema, visitationSchema } from './generated/schemas.js';
export { fieldTitle, fieldDescription, enumTitle, schemaForPath } from './schema-texts.js';
export { isIsoDate, isRealDate, todayInDenmark } from './dates.js';
export { isValidCpr } from './cpr.js';
export { appendPointer, resolvePointer } from './json-pointer.js';
export { redact } from './redact.js';
