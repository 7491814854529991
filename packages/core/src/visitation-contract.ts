import type { FormContract } from './form-contract.js';
import { visitationSchema } from './generated/visitation-schema.js';
import { validateSchema } from './generated/visitation-validator.js';
import { checkVisitation } from './visitation-checks.js';

/** The visitation answer document's contract (step 2). */
export const VISITATION_CONTRACT: FormContract<'visitation'> = { form: 'visitation', schema: visitationSchema, validateSchema, check: checkVisitation };
