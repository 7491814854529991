import type { LocalizedText } from '@rummelig/core';

/**
 * What `<rummelig-visitation>` says to the job broker when an answer it needs
 * is absent, keyed by the id of the field. One sentence saying what to do.
 */
export const VISITATION_REQUIRED_MESSAGES = {
  experience: { da: 'Skriv referatet af temaet CV/erfaringer.', en: 'Write the minutes of the theme CV/experience.' },
  'job-functions': { da: 'Skriv referatet af temaet Jobfunktioner.', en: 'Write the minutes of the theme Job functions.' },
  'impairment-minutes': { da: 'Skriv referatet af temaet Funktionsnedsættelse.', en: 'Write the minutes of the theme Impairment.' },
  'support-and-start-conditions': {
    da: 'Skriv referatet af temaet Støtte og opstartsvilkår.',
    en: 'Write the minutes of the theme Support and starting conditions.',
  },
  goals: { da: 'Skriv tre job- eller uddannelsesmål.', en: 'Write three job or education goals.' },
  'primary-impairment': { da: 'Vælg borgers primære funktionsnedsættelse.', en: "Choose the citizen's primary impairment." },
  'impact-past': {
    da: 'Vælg, hvilken betydning funktionsnedsættelsen tidligere har haft for job/uddannelse.',
    en: 'Choose what effect the impairment has had on job or education in the past.',
  },
  'impact-future': {
    da: 'Vælg, hvilken betydning funktionsnedsættelsen har for de nuværende job-/uddannelsesmål.',
    en: 'Choose what effect the impairment has on the current job or education goals.',
  },
  'hko-needed-before': {
    da: 'Vælg, om borger tidligere har haft behov for en handicapkompenserende ordning.',
    en: 'Choose whether the citizen has needed a disability compensation scheme before.',
  },
  'hko-needed-now': {
    da: 'Vælg, om borger nu har behov for en handicapkompenserende ordning.',
    en: 'Choose whether the citizen needs a disability compensation scheme now.',
  },
  'prospects-citizen': {
    da: 'Vælg, hvordan borger vurderer sine egne beskæftigelses-/uddannelsesmuligheder.',
    en: 'Choose how the citizen rates their own job or education prospects.',
  },
  'prospects-jobformidler': {
    da: 'Vælg, hvordan du vurderer borgers beskæftigelses-/uddannelsesmuligheder.',
    en: "Choose how you rate the citizen's job or education prospects.",
  },
  motivated: { da: 'Vælg, om borger er motiveret for at deltage i indsatsen.', en: 'Choose whether the citizen is motivated to take part.' },
  'reinvite-later': {
    da: 'Vælg, om borger kunne være i målgruppen på et senere tidspunkt.',
    en: 'Choose whether the citizen could be in the target group later.',
  },
  'refer-to-programme': {
    da: 'Vælg, om borger skal henvises videre til indsatsen.',
    en: 'Choose whether the citizen should be referred to the programme.',
  },
  'decision-reason': {
    da: 'Skriv en begrundelse: din vurdering afviger fra anbefalingen.',
    en: 'Write a reason: your decision departs from the recommendation.',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

export type VisitationRequiredField = keyof typeof VISITATION_REQUIRED_MESSAGES;

/** The texts of the element itself that are neither field labels nor texts of the form. */
export const VISITATION_UI_TEXTS = {
  submit: { da: 'Gem vurderingen', en: 'Save the assessment' },
  errorSummaryTitle: { da: 'Der er et problem', en: 'There is a problem' },
  helpQuestions: { da: 'Spørgsmål, du kan stille:', en: 'Questions you can ask:' },
  goalLabel: { da: 'Job-/uddannelsesmål', en: 'Job/education goal' },
  goalOf: { da: 'af 3', en: 'of 3' },
  assessment: { da: 'Vurderingsskema', en: 'Assessment form' },
  impactHeading: { da: 'Funktionsnedsættelsens betydning for job/uddannelse', en: 'The effect of the impairment on job or education' },
  hkoHeading: { da: 'Handicapkompenserende ordning', en: 'Disability compensation scheme' },
  prospectsHeading: { da: 'Beskæftigelses-/uddannelsesmuligheder', en: 'Job and education prospects' },
  motivationHeading: { da: 'Motivation for deltagelse', en: 'Motivation to take part' },
  noteLabel: { da: 'Angiv nærmere (fx hvad "Andet" dækker over):', en: 'Specify (e.g. what "Other" covers):' },
  noteFromHandover: {
    da: 'Funktionsnedsættelserne fra opsporingen er skrevet her. Ret teksten, så den passer til jeres samtale.',
    en: 'The impairments from the opsporing are written here. Edit the text to match your conversation.',
  },
  notGiven: { da: 'Ikke angivet', en: 'Not given' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  optional: { da: '(valgfrit)', en: '(optional)' },
  errorPrefix: { da: 'Fejl:', en: 'Error:' },
  recommendationHeading: { da: 'Anbefaling efter kriterierne', en: 'Recommendation by the criteria' },
  recommendationLabel: { da: 'Anbefaling:', en: 'Recommendation:' },
  criteriaHeading: { da: 'Sådan er kriterierne vurderet', en: 'How the criteria were assessed' },
  decisionHeading: { da: 'Din vurdering', en: 'Your decision' },
  decisionHint: {
    da: 'Det er dig, der vurderer. Afviger din vurdering fra anbefalingen, skal du begrunde den.',
    en: 'The decision is yours. If it departs from the recommendation, give a reason.',
  },
  warningsHeading: { da: 'Vær opmærksom på', en: 'Please note' },
  decisionVisit: { da: 'Borger henvises videre til indsatsen.', en: 'The citizen is referred to the programme.' },
  decisionDoNotVisit: { da: 'Borger henvises ikke videre til indsatsen.', en: 'The citizen is not referred to the programme.' },
  reasonLabel: { da: 'Begrundelse', en: 'Reason' },
  sourceLabel: { da: 'Kilde', en: 'Source' },
  savedHeading: { da: 'Vurderingen er gemt', en: 'The assessment is saved' },
  edit: { da: 'Ret vurderingen', en: 'Change the assessment' },
  handoverHeading: { da: 'Fra opsporingen', en: 'From the opsporing' },
  handoverIntro: {
    da: 'Det fortalte borgeren i opsporingen (trin 1). Det, der kunne overføres, står allerede i skemaet nedenfor.',
    en: 'What the citizen said in the opsporing (step 1). What could be carried over is already in the form below.',
  },
  handoverImpairments: { da: 'Funktionsnedsættelser', en: 'Impairments' },
  handoverNoImpairment: { da: 'Borgeren angav ingen funktionsnedsættelse.', en: 'The citizen reported no impairment.' },
  handoverElaboration: { da: 'Borgerens uddybning', en: "The citizen's elaboration" },
  handoverResult: { da: 'Resultat af opsporingen', en: 'Result of the opsporing' },
  handoverAnswers: { da: 'Andre svar', en: 'Other answers' },
  handoverNotAnswered: { da: 'Ikke besvaret', en: 'Not answered' },
  effect: { da: 'betydning', en: 'effect' },
  score: { da: 'på skalaen 0-10', en: 'on the 0-10 scale' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** What each recommendation of the visitation rule set is called in the form. */
export const RECOMMENDATION_NAMES = {
  visit: { da: 'Henvis borger til indsatsen', en: 'Refer the citizen to the programme' },
  're-invite-later': { da: 'Inviter borger igen senere', en: 'Invite the citizen again later' },
  'not-in-target-group': { da: 'Borger er ikke i målgruppen', en: 'The citizen is not in the target group' },
  undetermined: { da: 'Kan endnu ikke afgøres', en: 'Cannot be decided yet' },
} as const satisfies Readonly<Record<string, LocalizedText>>;
