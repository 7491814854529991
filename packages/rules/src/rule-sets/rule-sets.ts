import { HKO_CONTRACT, OPSPORING_CONTRACT, VISITATION_CONTRACT } from '@rummelig/core';
import { FIGURE_SUPPORT } from '../figures/figure-support.js';
import { definitions as fortrinsadgang } from '../generated/fortrinsadgang-definitions.js';
import * as fortrinsadgangEvaluator from '../generated/fortrinsadgang-evaluator.js';
import { definitions as hjaelpemidler } from '../generated/hjaelpemidler-definitions.js';
import * as hjaelpemidlerEvaluator from '../generated/hjaelpemidler-evaluator.js';
import { definitions as isbryder } from '../generated/isbryder-definitions.js';
import * as isbryderEvaluator from '../generated/isbryder-evaluator.js';
import { definitions as mentor } from '../generated/mentor-definitions.js';
import * as mentorEvaluator from '../generated/mentor-evaluator.js';
import { definitions as opsporing } from '../generated/opsporing-definitions.js';
import * as opsporingEvaluator from '../generated/opsporing-evaluator.js';
import { definitions as personligAssistance } from '../generated/personlig-assistance-definitions.js';
import * as personligAssistanceEvaluator from '../generated/personlig-assistance-evaluator.js';
import { definitions as visitation } from '../generated/visitation-definitions.js';
import * as visitationEvaluator from '../generated/visitation-evaluator.js';
import { ruleSetOf } from '../rule-set.js';

// The definitions are the checked versions of ./<id>.rules.json, written at build time with the evaluators.
// Each is pure, so a bundle that names one rule set leaves the others, their texts and their forms out.

/** Step 1 of the screening: the opsporingsskema. */
export const OPSPORING_RULE_SET = /* @__PURE__ */ ruleSetOf('opsporing', OPSPORING_CONTRACT, opsporing, opsporingEvaluator);
/** Step 2 of the screening: the visitation meeting's criteria a-e. */
export const VISITATION_RULE_SET = /* @__PURE__ */ ruleSetOf('visitation', VISITATION_CONTRACT, visitation, visitationEvaluator);
/** Personlig assistance (kompensationsloven § 4). */
export const PERSONLIG_ASSISTANCE_RULE_SET = /* @__PURE__ */ ruleSetOf('personlig-assistance', HKO_CONTRACT, personligAssistance, personligAssistanceEvaluator, FIGURE_SUPPORT);
/** Hjælpemidler (kompensationsloven §§ 15 f-15 j). */
export const HJAELPEMIDLER_RULE_SET = /* @__PURE__ */ ruleSetOf('hjaelpemidler', HKO_CONTRACT, hjaelpemidler, hjaelpemidlerEvaluator, FIGURE_SUPPORT);
/** Isbryderordningen (kompensationsloven §§ 15-15 b). */
export const ISBRYDER_RULE_SET = /* @__PURE__ */ ruleSetOf('isbryder', HKO_CONTRACT, isbryder, isbryderEvaluator, FIGURE_SUPPORT);
/** Fortrinsadgang (kompensationsloven kap. 2). */
export const FORTRINSADGANG_RULE_SET = /* @__PURE__ */ ruleSetOf('fortrinsadgang', HKO_CONTRACT, fortrinsadgang, fortrinsadgangEvaluator, FIGURE_SUPPORT);
/** Mentorstøtte (lov om en aktiv beskæftigelsesindsats § 167). */
export const MENTOR_RULE_SET = /* @__PURE__ */ ruleSetOf('mentor', HKO_CONTRACT, mentor, mentorEvaluator, FIGURE_SUPPORT);
