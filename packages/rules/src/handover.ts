import {
  OPSPORING_IMPAIRMENT_TYPES,
  enumTitle,
  messageLocale,
  opsporingSchema,
  type Impact,
  type Locale,
  type LocalizedText,
  type OpsporingAnswers,
  type OpsporingImpairmentType,
  type VisitationAnswers,
  type VisitationImpairmentType,
} from '@rummelig/core';
import { evaluateWith } from './evaluate.js';
import { assertResultOfAnswers } from './result-of-answers.js';
import { OPSPORING_RULE_SET } from './rule-sets/rule-sets.js';
import type { EvaluationResult, Warning } from './types.js';

/**
 * The step-2 types an opsporing row may stand for. The two lists were made
 * separately: where a step-1 row covers several step-2 types (mobility, for
 * instance), the job broker chooses, so every candidate is offered.
 */
export const STEP_2_TYPES: Readonly<Record<OpsporingImpairmentType, readonly VisitationImpairmentType[]>> = {
  mobility: ['arms-hands', 'legs-feet', 'back-neck'],
  breathing: ['breathing'],
  'allergy-skin': ['allergy', 'skin'],
  'mental-illness': ['mental-illness'],
  adhd: ['adhd'],
  autism: ['autism'],
  'intellectual-disability': ['intellectual-disability'],
  'brain-injury': ['brain-injury'],
  'dyslexia-dyscalculia': ['dyslexia-dyscalculia'],
  'vision-hearing': ['low-vision-blind', 'deaf-hard-of-hearing'],
  other: ['other'],
};

/** An impairment the citizen reported in step 1, with the step-2 types that may describe it. */
export interface ImpairmentSuggestion {
  readonly from: OpsporingImpairmentType;
  readonly impact: Impact;
  readonly candidates: readonly VisitationImpairmentType[];
  readonly description?: string;
}

/** What step 1 hands to step 2: the start of the visitation document, and everything the citizen said. */
export interface VisitationHandover {
  /** The visitation document as far as step 1 can fill it; the job broker's judgements are left open. */
  readonly visitation: VisitationAnswers;
  /** The step-1 answers and result, shown to the job broker as they are. */
  readonly opsporing: { readonly answers: OpsporingAnswers; readonly result: EvaluationResult<'opsporing'> };
  /** Reported impairments with an impact, largest first. */
  readonly impairmentSuggestions: readonly ImpairmentSuggestion[];
  readonly warnings: readonly Warning[];
}

const IMPACT_ORDER: Readonly<Record<Impact, number>> = { large: 0, medium: 1, small: 2, none: 3 };

const NOT_REFERRED: LocalizedText = {
  da: 'Sagsbehandleren har ikke henvist borgeren til en visitationssamtale, og trin 1 er ikke sprunget over.',
  en: 'The caseworker has not referred the citizen to a visitation meeting, and step 1 was not skipped.',
};

const CITIZEN_ELABORATION: LocalizedText = { da: 'Borgers uddybning i opsporingsskemaet', en: "The citizen's elaboration in the opsporing form" };
const FROM_STEP_1: LocalizedText = { da: 'Fra opsporingsskemaet', en: 'From the opsporing form' };

/**
 * Starts the visitation document from a completed opsporing, so that nothing
 * the citizen told the caseworker is typed twice or lost: the citizen's
 * identity, the impairments that matter (those that map to exactly one
 * step-2 type are noted as impairments; which one is primary is the job
 * broker's call), the citizen's own elaboration as the start of the minutes
 * on impairment, and an earlier use of compensation schemes. Never changes
 * its input. Throws RummeligError `invalid-document` when the result is not
 * the opsporing result of these answers on its date, as step 2 would show the
 * job broker another citizen's outcome, and `invalid-option` for a locale
 * other than `da` or `en`.
 */
export function handOverToVisitation(
  answers: OpsporingAnswers,
  result: EvaluationResult<'opsporing'>,
  locale: Locale = 'da',
): VisitationHandover {
  messageLocale({ locale });
  assertResultOfAnswers(evaluateWith(OPSPORING_RULE_SET, answers, { asOf: result.asOf }), result, 'it cannot be handed over');
  const suggestions = impairmentSuggestions(answers);
  const others = suggestions.flatMap((suggestion) => (suggestion.candidates.length === 1 ? suggestion.candidates : []));
  const note = suggestions.map((suggestion) => describe(suggestion, locale)).join('; ');
  const elaboration = answers.impactDescription?.trim();

  const visitation: VisitationAnswers = {
    form: 'visitation',
    formVersion: 1,
    ...(answers.citizen ? { citizen: { ...answers.citizen } } : {}),
    ...(elaboration ? { dialogue: { impairment: `${CITIZEN_ELABORATION[locale]}: ${elaboration}` } } : {}),
    ...(suggestions.length > 0
      ? { impairments: { ...(others.length > 0 ? { others: [...new Set(others)] } : {}), note: truncate(`${FROM_STEP_1[locale]}: ${note}`, 1000) } }
      : {}),
    // Having used a scheme shows it was needed; not having used one does not show it was not.
    ...(answers.priorCompensationSchemes === true ? { hkoNeededBefore: true } : {}),
  };

  const referred = result.decision === 'refer' || result.recommendation === 'skip-to-visitation';
  return {
    visitation,
    opsporing: { answers: structuredClone(answers), result: structuredClone(result) },
    impairmentSuggestions: suggestions,
    warnings: referred ? [] : [{ code: 'not-referred', message: NOT_REFERRED }],
  };
}

function impairmentSuggestions(answers: OpsporingAnswers): ImpairmentSuggestion[] {
  return (answers.impairments ?? [])
    .filter((impairment) => impairment.impact !== 'none')
    .map((impairment) => ({
      from: impairment.type,
      impact: impairment.impact,
      candidates: STEP_2_TYPES[impairment.type],
      ...(impairment.description?.trim() ? { description: impairment.description.trim() } : {}),
    }))
    .sort(
      (a, b) =>
        IMPACT_ORDER[a.impact] - IMPACT_ORDER[b.impact] || OPSPORING_IMPAIRMENT_TYPES.indexOf(a.from) - OPSPORING_IMPAIRMENT_TYPES.indexOf(b.from),
    );
}

function describe(suggestion: ImpairmentSuggestion, locale: Locale): string {
  const name = enumTitle(opsporingSchema, 'impairments/type', suggestion.from, locale).replace(/\s*\(.*\)\s*$/, '').replace(/,\s*(angiv|please specify):?$/i, '');
  const impact = enumTitle(opsporingSchema, 'impairments/impact', suggestion.impact, locale).replace(/\s*\(.*\)$/, '').toLowerCase();
  const label = locale === 'en' ? `${impact} effect` : `${impact} betydning`;
  return `${name}${suggestion.description ? ` (${suggestion.description})` : ''}, ${label}`;
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
