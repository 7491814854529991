import type { LocalizedText } from '@rummelig/core';

/**
 * What the form says when an answer it needs is absent: one short sentence
 * that tells the citizen what to do, in the error summary and by the field.
 */
export const REQUIRED_MESSAGES = {
  impairments: {
    da: "Sæt kryds ved de funktionsnedsættelser, du har, eller ved 'Jeg har ikke en funktionsnedsættelse'.",
    en: "Tick the impairments you have, or tick 'I do not have an impairment'.",
  },
  'description-other': {
    da: 'Skriv, hvilken anden funktionsnedsættelse du har.',
    en: 'Write which other impairment you have.',
  },
  'impact-description': {
    da: 'Uddyb, hvilken betydning din funktionsnedsættelse har for dine job- og uddannelsesmuligheder.',
    en: 'Describe how your impairment affects your job and education prospects.',
  },
  'medically-documented': {
    da: 'Vælg, om din funktionsnedsættelse er lægeligt dokumenteret.',
    en: 'Choose whether your impairment is medically documented.',
  },
  'prior-compensation-schemes': {
    da: 'Vælg, om du tidligere har gjort brug af handicapkompenserende ordninger.',
    en: 'Choose whether you have used disability compensation schemes before.',
  },
  'prior-limitation': {
    da: 'Vælg, om din funktionsnedsættelse tidligere har begrænset dine job- eller uddannelsesmuligheder.',
    en: 'Choose whether your impairment has limited your job or education prospects before.',
  },
  'citizen-wants-visitation': {
    da: 'Vælg, om borger ønsker at deltage i en visitationssamtale.',
    en: 'Choose whether the citizen wants to attend a visitation meeting.',
  },
  'refer-to-visitation': {
    da: 'Vælg, om borger er i målgruppen for tilbud om visitationssamtale.',
    en: 'Choose whether the citizen is in the target group for a visitation meeting.',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

export type RequiredField = keyof typeof REQUIRED_MESSAGES;

/** For a ticked impairment whose impact is not chosen; `name` is the row's short label. */
export function impactRequiredMessage(name: string): LocalizedText {
  return {
    da: `Vælg, hvilken betydning det har for dine job- og uddannelsesmuligheder: ${name}.`,
    en: `Choose how much it affects your job and education prospects: ${name}.`,
  };
}

/** For text in the 0-10 helper that is not a whole number from 0 to 10. */
export function scoreInvalidMessage(name: string): LocalizedText {
  return {
    da: `Skriv et helt tal fra 0 til 10, eller lad feltet stå tomt: ${name}.`,
    en: `Enter a whole number from 0 to 10, or leave the box empty: ${name}.`,
  };
}

/**
 * The fields whose text can be too long, named as a sentence's subject, so that
 * the message in the error summary says which text to shorten.
 */
export const TEXT_FIELD_NAMES = {
  cpr: { da: 'CPR-nummeret', en: 'The CPR number' },
  name: { da: 'Navnet', en: 'The name' },
  'description-other': { da: 'Beskrivelsen af den anden funktionsnedsættelse', en: 'The description of the other impairment' },
  'impact-description': { da: 'Uddybningen', en: 'The description' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

export function tooLongMessage(subject: LocalizedText, limit: number): LocalizedText {
  return {
    da: `${subject.da} må højst være ${limit} tegn. Gør teksten kortere.`,
    en: `${subject.en} must be at most ${limit} characters. Shorten the text.`,
  };
}

/** Short texts of the element itself that are neither field labels nor texts of the form. */
export const UI_TEXTS = {
  or: { da: 'eller', en: 'or' },
  notGiven: { da: 'Ikke angivet', en: 'Not given' },
  errorPrefix: { da: 'Fejl:', en: 'Error:' },
  rowsCleared: {
    da: "Krydserne ved funktionsnedsættelser er fjernet, fordi du har sat kryds ved 'Jeg har ikke en funktionsnedsættelse'.",
    en: "The ticks by impairments have been removed, because you ticked 'I do not have an impairment'.",
  },
  noImpairmentCleared: {
    da: "Krydset ved 'Jeg har ikke en funktionsnedsættelse' er fjernet, fordi du har sat kryds ved en funktionsnedsættelse.",
    en: "The tick by 'I do not have an impairment' has been removed, because you ticked an impairment.",
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

export const RESULT_TEXTS = {
  heading: { da: 'Tak for dine svar', en: 'Thank you for your answers' },
  caseworkerHeading: { da: 'Resultat af opsporingen', en: 'Result of the screening' },
  criteriaHeading: { da: 'Sådan er svarene vurderet', en: 'How the answers were assessed' },
  warningsHeading: { da: 'Vær opmærksom på', en: 'Please note' },
  caseworkerDecides: {
    da: 'Det er din sagsbehandler, der i sidste ende vurderer, om du skal tilbydes en visitationssamtale. Tag gerne dine svar med til samtalen.',
    en: 'Your caseworker makes the final assessment of whether you are offered a visitation meeting. Feel free to bring your answers to the meeting.',
  },
  edit: { da: 'Ret svarene', en: 'Change the answers' },
  sourceLabel: { da: 'Kilde', en: 'Source' },
} as const satisfies Readonly<Record<string, LocalizedText>>;
