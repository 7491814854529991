import { SITUATIONS, AID_KINDS, type HkoAnswers, type Situation } from '../hko-types.js';
import type { Random } from './random.js';

/**
 * Who asks about the schemes (hko-seeds.md 1.1-1.5): mostly people in a job
 * or a flexjob, fewer unemployed; aids are asked about most, then personal
 * assistance and mentor, the icebreaker scheme and priority access least.
 */
const SITUATION_WEIGHTS: Readonly<Record<Situation, number>> = {
  employed: 34,
  flexjob: 20,
  unemployed: 15,
  'self-employed': 8,
  'subsidised-job': 5,
  'work-trial': 5,
  'continuing-education': 8,
  'ordinary-education': 5,
};

const ISO = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** A date from 2018 to 2027, so that every rule-set version and each side of the two-year window is met. */
function date(random: Random): string {
  return ISO(random.integer(2018, 2027), random.integer(1, 12), random.integer(1, 28));
}

/** A document as the guided check leaves it: only the questions of the schemes asked about are answered. */
export function generateHko(random: Random): HkoAnswers {
  const situation = random.weighted(SITUATION_WEIGHTS);
  const weeklyHours = random.chance(0.6) ? 37 : random.integer(8, 40) + (random.chance(0.2) ? 0.5 : 0);
  const askPa = random.chance(0.4);
  const askAid = random.chance(0.6);
  const askIsbryder = random.chance(0.1);
  const askPriority = random.chance(0.15);
  const askMentor = random.chance(0.25);
  return {
    form: 'hko',
    formVersion: 1,
    situation: random.chance(0.97) ? situation : random.pick(SITUATIONS),
    weeklyHours,
    impairment: {
      longLasting: random.chance(0.9),
      ...(random.chance(0.7) ? { significant: random.chance(0.8) } : {}),
      ...(askPriority ? { selfAssessedDifficulty: random.chance(0.85) } : {}),
    },
    ...(askPa
      ? {
          personalAssistance: {
            neededHoursPerWeek: random.integer(1, 30),
            coreTasksSelf: random.chance(0.9),
            ...(random.chance(0.3) ? { specialFullTimeCase: random.chance(0.3) } : {}),
            ...(situation === 'continuing-education' ? { entitledToSps: random.chance(0.3) } : {}),
          },
        }
      : {}),
    ...(askAid
      ? {
          aid: {
            kind: random.pick(AID_KINDS),
            customary: random.chance(0.15),
            beyondEmployerDuty: random.chance(0.85),
            decisive: random.chance(0.85),
            compensates: random.chance(0.9),
          },
        }
      : {}),
    ...(askIsbryder
      ? {
          education: {
            months: random.pick([12, 17, 18, 24, 36, 42, 60]),
            unemploymentInsuranceQualifying: random.chance(0.9),
            completedOn: date(random),
            experienceInField: random.chance(0.2),
          },
          isbryder: {
            ...(random.chance(0.7) ? { plannedStart: date(random) } : {}),
            durationMonths: random.pick([6, 12, 13]),
            employerIsLastEmployer: random.chance(0.1),
            employerSector: random.chance(0.6) ? 'private' : 'public',
          },
        }
      : {}),
    ...(askPriority
      ? {
          fortrinsadgang: {
            employerIsPublic: random.chance(0.9),
            referredByJobcentre: random.chance(0.4),
            invokedByApplicant: random.chance(0.7),
            meetsFormalRequirements: random.chance(0.8),
            filledInternally: random.chance(0.1),
          },
        }
      : {}),
    ...(askMentor ? { mentor: { requestedMonths: random.pick([3, 6, 7, 12]), psychiatricDischarge: random.chance(0.2) } } : {}),
  };
}
