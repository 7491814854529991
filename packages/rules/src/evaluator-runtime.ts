/**
 * What the evaluators generated at build time (scripts/generate-evaluators.mjs)
 * call: the same operators and path reading as the closures, so that both
 * mean what json-rules-engine means.
 */
export { isNumeric, compileOperator, compileRead } from './compile-conditions.js';
export { isPresent, presentCount, dateOnOrBefore, dateAfter } from './operators.js';
