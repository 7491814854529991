import { RummeligError } from './errors.js';
import { validateWith, type FormContract, type ValidateOptions, type ValidationResult } from './form-contract.js';
import { FORM_IDS, isFormId, type FormDocuments, type FormId } from './form-ids.js';
import { HKO_CONTRACT } from './hko-contract.js';
import type { HkoAnswers } from './hko-types.js';
import type { JsonSchema } from './json-schema.js';
import { OPSPORING_CONTRACT } from './opsporing-contract.js';
import type { OpsporingAnswers } from './opsporing-types.js';
import { VISITATION_CONTRACT } from './visitation-contract.js';
import type { VisitationAnswers } from './visitation-types.js';

type Contracts = { readonly [F in FormId]: FormContract<F> };

const CONTRACTS: Contracts = { opsporing: OPSPORING_CONTRACT, visitation: VISITATION_CONTRACT, hko: HKO_CONTRACT };

/** The contract of a form by name. Throws `unknown-form`, a mistake in the calling code, for any other name. */
export function contractOf<F extends FormId>(form: F): FormContract<F> {
  if (!isFormId(form)) {
    throw new RummeligError('unknown-form', `Unknown form "${String(form)}". Known forms: ${FORM_IDS.join(', ')}.`, { form });
  }
  return CONTRACTS[form] as FormContract<F>;
}

/** The JSON Schema of a form's answer document. */
export function schemaOf(form: FormId): JsonSchema {
  return contractOf(form).schema;
}

/**
 * Checks a document against the data contract. Problems are returned as
 * issues, never thrown; a partly filled document is valid. Throws only for an
 * unknown form name or locale, which are mistakes in the calling code.
 */
export function validate<F extends FormId>(form: F, document: unknown, options: ValidateOptions = {}): ValidationResult<FormDocuments[F]> {
  return validateWith(contractOf(form), document, options);
}

// The per-form functions name their contract directly, so a bundle that uses one carries that form only.

export function validateOpsporing(document: unknown, options: ValidateOptions = {}): ValidationResult<OpsporingAnswers> {
  return validateWith(OPSPORING_CONTRACT, document, options);
}

export function validateVisitation(document: unknown, options: ValidateOptions = {}): ValidationResult<VisitationAnswers> {
  return validateWith(VISITATION_CONTRACT, document, options);
}

export function validateHko(document: unknown, options: ValidateOptions = {}): ValidationResult<HkoAnswers> {
  return validateWith(HKO_CONTRACT, document, options);
}
