import type { FormContract } from './form-contract.js';
import { hkoSchema } from './generated/hko-schema.js';
import { validateSchema } from './generated/hko-validator.js';
import { checkHko } from './hko-checks.js';

/** The hko answer document's contract (the disability compensation schemes). */
export const HKO_CONTRACT: FormContract<'hko'> = { form: 'hko', schema: hkoSchema, validateSchema, check: checkHko };
