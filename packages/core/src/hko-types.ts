/**
 * The hko answer document (data contract v1, section 4): what the rule sets of
 * the disability compensation schemes read. Judgements that the municipality
 * makes (varig, betydelig, customary, decisive, …) are answers here, never
 * computed. Every property but `form` and `formVersion` may be absent.
 */

/** The citizen's labour-market or education situation. */
export const SITUATIONS = [
  'unemployed',
  'employed',
  'self-employed',
  'flexjob',
  'subsidised-job',
  'work-trial',
  'ordinary-education',
  'continuing-education',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** The three forms of aid in kompensationsloven § 15 f, stk. 3: arbejdsredskaber, undervisningsmaterialer, mindre arbejdspladsindretninger. */
export const AID_KINDS = ['work-tool', 'teaching-material', 'workplace-adaptation'] as const;
export type AidKind = (typeof AID_KINDS)[number];

export const EMPLOYER_SECTORS = ['private', 'public'] as const;
export type EmployerSector = (typeof EMPLOYER_SECTORS)[number];

export interface HkoImpairment {
  /** Varig: not temporary or passing. */
  readonly longLasting?: boolean;
  /** Betydelig: the municipality's judgement. */
  readonly significant?: boolean;
  /** The citizen's own view that the disability makes it hard to get a job (fortrinsadgang). */
  readonly selfAssessedDifficulty?: boolean;
}

export interface HkoPersonalAssistance {
  readonly neededHoursPerWeek?: number;
  readonly coreTasksSelf?: boolean;
  /** The municipality has judged the case special enough for assistance up to the full working hours. */
  readonly specialFullTimeCase?: boolean;
  /** Entitled to specialpædagogisk støtte in the education, which comes before personal assistance. */
  readonly entitledToSps?: boolean;
}

export interface HkoAid {
  readonly kind?: AidKind;
  readonly customary?: boolean;
  readonly beyondEmployerDuty?: boolean;
  readonly decisive?: boolean;
  readonly compensates?: boolean;
}

export interface HkoEducation {
  readonly months?: number;
  readonly unemploymentInsuranceQualifying?: boolean;
  /** `YYYY-MM-DD` */
  readonly completedOn?: string;
  readonly experienceInField?: boolean;
}

export interface HkoIsbryder {
  /** `YYYY-MM-DD`; the evaluation date when absent. */
  readonly plannedStart?: string;
  readonly durationMonths?: number;
  readonly employerIsLastEmployer?: boolean;
  readonly employerSector?: EmployerSector;
}

export interface HkoFortrinsadgang {
  readonly employerIsPublic?: boolean;
  readonly referredByJobcentre?: boolean;
  readonly invokedByApplicant?: boolean;
  readonly meetsFormalRequirements?: boolean;
  readonly filledInternally?: boolean;
}

export interface HkoMentor {
  readonly requestedMonths?: number;
  readonly psychiatricDischarge?: boolean;
}

export interface HkoAnswers {
  readonly form: 'hko';
  readonly formVersion: 1;
  readonly situation?: Situation;
  readonly weeklyHours?: number;
  readonly impairment?: HkoImpairment;
  readonly personalAssistance?: HkoPersonalAssistance;
  readonly aid?: HkoAid;
  readonly education?: HkoEducation;
  readonly isbryder?: HkoIsbryder;
  readonly fortrinsadgang?: HkoFortrinsadgang;
  readonly mentor?: HkoMentor;
}
