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
  readonly cpr?: string;
  readonly name?: string;
}

export interface OpsporingImpairment {
  readonly type: OpsporingImpairmentType;
  readonly impact: Impact;
  /** The optional 0-10 helper scale; it must fall in the band of `impact`. */
  readonly score?: number;
  /** "Andet, angiv": expected when `type` is `other`. */
  readonly description?: string;
}

export interface OpsporingContext {
  readonly benefit?: Benefit;
  /** The citizen went through a thorough screening with the rehabiliteringsteam (footnotes 20/21). */
  readonly rehabilitationTeamScreened?: boolean;
}

/** "Udfyldes af sagsbehandler": never editable by the citizen. */
export interface OpsporingCaseworker {
  readonly citizenWantsVisitation?: boolean;
  readonly referToVisitation?: boolean;
}

export interface OpsporingAnswers {
  readonly form: 'opsporing';
  readonly formVersion: 1;
  readonly citizen?: Citizen;
  readonly impairments?: readonly OpsporingImpairment[];
  readonly noImpairment?: boolean;
  readonly impactDescription?: string;
  readonly medicallyDocumented?: boolean;
  readonly priorCompensationSchemes?: boolean;
  readonly priorLimitation?: boolean;
  readonly context?: OpsporingContext;
  readonly caseworker?: OpsporingCaseworker;
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
