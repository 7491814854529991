/**
 * The visitation answer document (data contract v1, section 3): the job
 * broker's minutes of the dialogue themes and the assessment form of step 2.
 * Every property but `form` and `formVersion` may be absent.
 */
import type { Citizen, Impact } from './opsporing-types.js';

/**
 * The vurderingsskema's impairment types (its list breaks off after
 * heart-circulation), extended with the step-1 types it lacks.
 */
export const VISITATION_IMPAIRMENT_TYPES = [
  'arms-hands',
  'legs-feet',
  'back-neck',
  'low-vision-blind',
  'deaf-hard-of-hearing',
  'speech',
  'allergy',
  'skin',
  'breathing',
  'heart-circulation',
  'mental-illness',
  'adhd',
  'autism',
  'intellectual-disability',
  'brain-injury',
  'dyslexia-dyscalculia',
  'other',
] as const;
export type VisitationImpairmentType = (typeof VISITATION_IMPAIRMENT_TYPES)[number];

/** The five-point prospects scale of the vurderingsskema. */
export const PROSPECTS = ['very-poor', 'poor', 'some', 'good', 'very-good'] as const;
export type Prospects = (typeof PROSPECTS)[number];

/** The disability compensation schemes (handicapkompenserende ordninger). */
export const SCHEME_IDS = ['personlig-assistance', 'hjaelpemidler', 'isbryder', 'fortrinsadgang', 'mentor'] as const;
export type SchemeId = (typeof SCHEME_IDS)[number];

/** The dialogue themes in the order the conversation takes them, then the three goals. */
export const DIALOGUE_THEMES = ['experience', 'jobFunctions', 'impairment', 'supportAndStartConditions'] as const;
export type DialogueTheme = (typeof DIALOGUE_THEMES)[number];

export interface VisitationDialogue {
  readonly experience?: string;
  readonly jobFunctions?: string;
  readonly impairment?: string;
  readonly supportAndStartConditions?: string;
  /** Three equal-ranked job or education goals: their order is not a priority. */
  readonly goals?: readonly string[];
}

export interface VisitationImpairments {
  readonly primary?: VisitationImpairmentType;
  readonly secondary?: VisitationImpairmentType;
  readonly others?: readonly VisitationImpairmentType[];
  readonly note?: string;
}

export interface VisitationDecision {
  readonly referToProgramme?: boolean;
  readonly reason?: string;
}

export interface VisitationAnswers {
  readonly form: 'visitation';
  readonly formVersion: 1;
  readonly citizen?: Citizen;
  readonly dialogue?: VisitationDialogue;
  readonly impairments?: VisitationImpairments;
  readonly impactPast?: Impact;
  readonly impactFuture?: Impact;
  readonly hkoNeededBefore?: boolean;
  readonly hkoNeededNow?: boolean;
  readonly hkoSchemes?: readonly SchemeId[];
  readonly prospectsCitizen?: Prospects;
  readonly prospectsJobformidler?: Prospects;
  readonly motivated?: boolean;
  /** Only meaningful when `motivated` is false. */
  readonly reinviteLater?: boolean;
  readonly decision?: VisitationDecision;
}
