import type { HkoAnswers, OpsporingAnswers, VisitationAnswers } from '@rummelig/core';

/** Complete answer documents the browser tests start from. */

/** Step 1 as a caseworker completes it with the citizen; without `caseworker`, what the citizen answers alone. */
export const COMPLETE_OPSPORING: OpsporingAnswers = {
  form: 'opsporing',
  formVersion: 1,
  impairments: [{ type: 'mental-illness', impact: 'large', score: 9 }],
  impactDescription: 'Jeg har svært ved at møde ind tidligt.',
  medicallyDocumented: true,
  priorCompensationSchemes: false,
  priorLimitation: true,
  caseworker: { citizenWantsVisitation: true, referToVisitation: true },
};

/** A visitation whose criteria recommend the programme, and a job broker who agrees. */
export const COMPLETE_VISITATION: VisitationAnswers = {
  form: 'visitation',
  formVersion: 1,
  citizen: { cpr: '010190-1234', name: 'Mette Jensen' },
  dialogue: {
    experience: 'Lagerarbejde i seks år.',
    jobFunctions: 'Plukning, truckkørsel.',
    impairment: 'Angst i store grupper.',
    supportAndStartConditions: 'Faste opgaver, opstart på 15 timer.',
    goals: ['Lagermedarbejder', 'Chauffør', 'Pedelmedhjælper'],
  },
  impairments: { primary: 'mental-illness' },
  impactPast: 'large',
  impactFuture: 'medium',
  hkoNeededBefore: false,
  hkoNeededNow: false,
  prospectsCitizen: 'poor',
  prospectsJobformidler: 'some',
  motivated: true,
  decision: { referToProgramme: true },
};

/** The check of personal assistance for a citizen in a flexjob of 20 hours, who needs 10.5 hours of help a week. */
export const PERSONAL_ASSISTANCE_ANSWERS: HkoAnswers = {
  form: 'hko',
  formVersion: 1,
  situation: 'flexjob',
  weeklyHours: 20,
  impairment: { longLasting: true, significant: true },
  personalAssistance: { neededHoursPerWeek: 10.5, coreTasksSelf: true },
};
