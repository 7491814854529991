import type { FormContract } from './form-contract.js';
import { opsporingSchema } from './generated/opsporing-schema.js';
import { validateSchema } from './generated/opsporing-validator.js';
import { checkOpsporing } from './opsporing-checks.js';

/** The opsporing answer document's contract (step 1). */
export const OPSPORING_CONTRACT: FormContract<'opsporing'> = { form: 'opsporing', schema: opsporingSchema, validateSchema, check: checkOpsporing };
