import type { HkoAnswers } from './hko-types.js';
import type { OpsporingAnswers } from './opsporing-types.js';
import type { VisitationAnswers } from './visitation-types.js';

/** The answer documents of the data contract. */
export const FORM_IDS = ['opsporing', 'visitation', 'hko'] as const;
export type FormId = (typeof FORM_IDS)[number];

/** The answer document type of each form. */
export interface FormDocuments {
  opsporing: OpsporingAnswers;
  visitation: VisitationAnswers;
  hko: HkoAnswers;
}

export function isFormId(value: unknown): value is FormId {
  return (FORM_IDS as readonly unknown[]).includes(value);
}
