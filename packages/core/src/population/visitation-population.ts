import type { Impact } from '../opsporing-types.js';
import { SCHEME_IDS, VISITATION_IMPAIRMENT_TYPES, type Prospects, type VisitationAnswers } from '../visitation-types.js';
import { generateCitizen } from './citizen-population.js';
import type { Random } from './random.js';

/** Visited citizens (screening-model.md section 5.2): most with a large or medium impact, self-belief mostly 'nogenlunde' or 'god'. */
const IMPACT_WEIGHTS: Readonly<Record<Impact, number>> = { large: 46, medium: 43, small: 7, none: 4 };
const PROSPECT_WEIGHTS: Readonly<Record<Prospects, number>> = { 'very-poor': 8, poor: 15, some: 41, good: 31, 'very-good': 5 };
const GOALS = ['Lagermedarbejder', 'Chauffør', 'Pedelmedhjælper', 'Kontorassistent', 'Butiksmedarbejder', 'Social- og sundhedshjælper'];

/** A visitation as a job broker completes it, with the dialogue minutes, the assessment and usually a decision. */
export function generateVisitation(random: Random): VisitationAnswers {
  const citizen = generateCitizen(random);
  const [primary, secondary, ...others] = random.sample(VISITATION_IMPAIRMENT_TYPES, random.chance(0.64) ? random.integer(2, 4) : 1);
  const hkoNeededBefore = random.chance(0.2);
  const hkoNeededNow = random.chance(0.3);
  const motivated = random.chance(0.85);
  const decided = random.chance(0.9);
  const referToProgramme = random.chance(0.7);
  return {
    form: 'visitation',
    formVersion: 1,
    ...(citizen ? { citizen } : {}),
    dialogue: {
      experience: 'Erfaring fra lager og rengøring.',
      jobFunctions: 'Plukning, pakning, truckkørsel.',
      impairment: 'Fortæller om smerter og træthed.',
      supportAndStartConditions: 'Faste opgaver og gradvis opstart.',
      goals: random.sample(GOALS, 3),
    },
    impairments: {
      ...(primary === undefined || random.chance(0.05) ? {} : { primary }),
      ...(secondary === undefined ? {} : { secondary }),
      ...(others.length > 0 ? { others } : {}),
    },
    impactPast: random.weighted(IMPACT_WEIGHTS),
    impactFuture: random.weighted(IMPACT_WEIGHTS),
    hkoNeededBefore,
    hkoNeededNow,
    ...(hkoNeededBefore || hkoNeededNow ? { hkoSchemes: random.sample(SCHEME_IDS, random.integer(1, 2)) } : {}),
    prospectsCitizen: random.weighted(PROSPECT_WEIGHTS),
    prospectsJobformidler: random.weighted(PROSPECT_WEIGHTS),
    motivated,
    ...(motivated ? {} : { reinviteLater: random.chance(0.6) }),
    ...(decided ? { decision: { referToProgramme, ...(random.chance(0.5) ? { reason: 'Vurderet ud fra samtalen.' } : {}) } } : {}),
  };
}

