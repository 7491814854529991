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
  SITUATIONS,
  AID_KINDS,
  EMPLOYER_SECTORS,
  type HkoAnswers,
  type Situation,
  type AidKind,
  type EmployerSector,
  type HkoImpairment,
  type HkoPersonalAssistance,
  type HkoAid,
  type HkoEducation,
  type HkoIsbryder,
  type HkoFortrinsadgang,
  type HkoMentor,
} from './hko-types.js';
export { FORM_IDS, isFormId, type FormId, type FormDocuments } from './form-ids.js';
export {
  validateWith,
  parseJson,
  checkOptionKeys,
  messageLocale,
  type FormContract,
  type ValidateOptions,
  type ValidationResult,
  type ParseResult,
} from './form-contract.js';
export { contractOf, schemaOf, validate, validateOpsporing, validateVisitation, validateHko } from './validate.js';
export type { SchemaValidateFunction, SchemaError } from './generated/validator-function.js';
export { OPSPORING_CONTRACT } from './opsporing-contract.js';
export { VISITATION_CONTRACT } from './visitation-contract.js';
export { HKO_CONTRACT } from './hko-contract.js';
export { opsporingSchema } from './generated/opsporing-schema.js';
export { visitationSchema } from './generated/visitation-schema.js';
export { hkoSchema } from './generated/hko-schema.js';
export { fieldTitle, fieldDescription, enumTitle, schemaForPath } from './schema-texts.js';
export { isIsoDate, isRealDate, todayInDenmark } from './dates.js';
export { isValidCpr } from './cpr.js';
export { appendPointer, resolvePointer } from './json-pointer.js';
export { redact } from './redact.js';
