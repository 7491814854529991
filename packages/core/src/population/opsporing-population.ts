import { BENEFITS, OPSPORING_IMPAIRMENT_TYPES, SCORE_BANDS, type Impact, type OpsporingAnswers, type OpsporingImpairment } from '../opsporing-types.js';
import { generateCitizen } from './citizen-population.js';
import type { Random } from './random.js';

/**
 * The weights follow the evaluation report (screening-model.md section 5):
 * impact at visitation stor 46 %, mellem 43 %, the rest lille or none; 64 %
 * with more than one impairment; physical impairments the most common, then
 * mental, intellectual, sensory; dagpenge 48 % and kontanthjælp 11 % of the
 * benefit groups. Among all screened citizens most report no impairment.
 */
const IMPACT_WEIGHTS: Readonly<Record<Impact, number>> = { large: 46, medium: 43, small: 7, none: 4 };
const TYPE_WEIGHTS: Readonly<Record<(typeof OPSPORING_IMPAIRMENT_TYPES)[number], number>> = {
  mobility: 26,
  breathing: 4,
  'allergy-skin': 4,
  'mental-illness': 20,
  adhd: 5,
  autism: 3,
  'intellectual-disability': 8,
  'brain-injury': 4,
  'dyslexia-dyscalculia': 7,
  'vision-hearing': 5,
  other: 4,
};
const BENEFIT_WEIGHTS: Readonly<Record<(typeof BENEFITS)[number], number>> = {
  dagpenge: 48,
  kontanthjaelp: 20,
  uddannelseshjaelp: 9,
  sygedagpenge: 7,
  ledighedsydelse: 5,
  ressourceforloeb: 4,
  jobafklaring: 4,
  revalidering: 1,
  other: 2,
};
const ELABORATIONS = [
  'Jeg kan ikke stå op i længere tid.',
  'Jeg bliver hurtigt træt og har brug for pauser.',
  'Jeg har svært ved at være sammen med mange mennesker.',
  'Jeg læser langsomt og har brug for oplæsning.',
  'Jeg hører dårligt i støjende omgivelser.',
];

/** A complete opsporing as a citizen and, often, the caseworker fill it in. */
export function generateOpsporing(random: Random): OpsporingAnswers {
  const citizen = generateCitizen(random);
  const reportsImpairment = random.chance(0.45);
  const impairments = reportsImpairment ? generateImpairments(random) : [];
  const withImpact = impairments.some((impairment) => impairment.impact !== 'none');
  const caseworkerFills = random.chance(0.7);
  const rehabilitation = random.chance(0.03);
  return {
    form: 'opsporing',
    formVersion: 1,
    ...(citizen ? { citizen } : {}),
    ...(reportsImpairment ? { impairments } : { noImpairment: true }),
    ...(withImpact ? { impactDescription: random.pick(ELABORATIONS) } : {}),
    ...(reportsImpairment
      ? { medicallyDocumented: random.chance(0.6), priorCompensationSchemes: random.chance(0.2), priorLimitation: random.chance(0.55) }
      : {}),
    ...(caseworkerFills
      ? { caseworker: { citizenWantsVisitation: random.chance(withImpact ? 0.5 : 0.05), referToVisitation: random.chance(withImpact ? 0.45 : 0.03) } }
      : {}),
    ...(caseworkerFills || rehabilitation
      ? { context: { benefit: random.weighted(BENEFIT_WEIGHTS), ...(rehabilitation ? { rehabilitationTeamScreened: true } : {}) } }
      : {}),
  };
}

function generateImpairments(random: Random): OpsporingImpairment[] {
  const count = random.chance(0.64) ? random.integer(2, 4) : 1;
  const types = new Set<(typeof OPSPORING_IMPAIRMENT_TYPES)[number]>();
  while (types.size < count) types.add(random.weighted(TYPE_WEIGHTS));
  return OPSPORING_IMPAIRMENT_TYPES.filter((type) => types.has(type)).map((type) => {
    const impact = random.weighted(IMPACT_WEIGHTS);
    const [min, max] = SCORE_BANDS[impact];
    return {
      type,
      impact,
      ...(random.chance(0.4) ? { score: random.integer(min, max) } : {}),
      ...(type === 'other' ? { description: 'Kronisk smerte' } : {}),
    };
  });
}
