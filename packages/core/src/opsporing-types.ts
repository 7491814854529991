/**
 * The opsporing answer document (data contract v1, section 2): the citizen's
 * and caseworker's answers to the opsporingsskema, step 1 of the screening.
 * Every property but `form` and `formVersion` may be absent: a partly filled
 * document is evaluated, not rejected.
 */

/** The eleven rows of the opsporingsskema's impairment grid. */
export const OPSPORING_IMPAIRMENT_TYPES = [
  'mobility',
  'breathing',
  'allergy-skin',
  'mental-illness',
  'adhd',
  'autism',
  'intellectual-disability',
  'brain-injury',
  'dyslexia-dyscalculia',
  'vision-hearing',
  'other',
] as const;
export type OpsporingImpairmentType = (typeof OPSPORING_IMPAIRMENT_TYPES)[number];

/** How much an impairment affects job and education prospects: none (0), lille (1-3), mellem (4-7), stor (8-10). */
export const IMPACT_LEVELS = ['none', 'small', 'medium', 'large'] as const;
export type Impact = (typeof IMPACT_LEVELS)[number];

export const BENEFITS = [
  'dagpenge',
  'kontanthjaelp',
  'uddannelseshjaelp',
  'sygedagpenge',
  'ledighedsydelse',
  'ressourceforloeb',
  'jobafklaring',
  'revalidering',
  'other',
] as const;
export type Benefit = (typeof BENEFITS)[number];

export interface Citizen {
  /** DDMMYY-SSSS or ten digits; the first six must be a real date. */
  cpr?: string;
  name?: string;
}

export interface OpsporingImpairment {
  type: OpsporingImpairmentType;
  impact: Impact;
  /** The optional 0-10 helper scale; it must fall in the band of `impact`. */
  score?: number;
  /** "Andet, angiv": expected when `type` is `other`. */
  description?: string;
}

export interface OpsporingContext {
  benefit?: Benefit;
  /** The citizen went through a thorough screening with the rehabiliteringsteam (footnotes 20/21). */
  rehabilitationTeamScreened?: boolean;
}

/** "Udfyldes af sagsbehandler": never editable by the citizen. */
export interface OpsporingCaseworker {
  citizenWantsVisitation?: boolean;
  referToVisitation?: boolean;
}

export interface OpsporingAnswers {
  form: 'opsporing';
  formVersion: 1;
  citizen?: Citizen;
  impairments?: OpsporingImpairment[];
  noImpairment?: boolean;
  impactDescription?: string;
  medicallyDocumented?: boolean;
  priorCompensationSchemes?: boolean;
  priorLimitation?: boolean;
  context?: OpsporingContext;
  caseworker?: OpsporingCaseworker;
}

/** The impact band that a 0-10 score falls in (vejledningen, lines 1871-1875). */
export function impactForScore(score: number): Impact {
  if (score <= 0) return 'none';
  if (score <= 3) return 'small';
  if (score <= 7) return 'medium';
  return 'large';
}

/** The scores that lie in an impact band. */
export const SCORE_BANDS: Readonly<Record<Impact, readonly [min: number, max: number]>> = {
  none: [0, 0],
  small: [1, 3],
  medium: [4, 7],
  large: [8, 10],
};
