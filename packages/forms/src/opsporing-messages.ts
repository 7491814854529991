import type { LocalizedText } from '@rummelig/core';

/**
 * What the form says when an answer it needs is absent: one short sentence
 * that tells the citizen what to do, in the error summary and by the field.
 */
export const REQUIRED_MESSAGES = {
  impairments: {
    da: 'Sæt kryds ved dine funktionsnedsættelser, eller ved at du ikke har en funktionsnedsættelse.',
    en: 'Tick your impairments, or tick that you do not have an impairment.',
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

export const RESULT_TEXTS = {
  heading: { da: 'Tak for dine svar', en: 'Thank you for your answers' },
  criteriaHeading: { da: 'Sådan er dine svar vurderet', en: 'How your answers were assessed' },
  caseworkerDecides: {
    da: 'Det er din sagsbehandler, der i sidste ende vurderer, om du skal tilbydes en visitationssamtale. Tag gerne dine svar med til samtalen.',
    en: 'Your caseworker makes the final assessment of whether you are offered a visitation meeting. Feel free to bring your answers to the meeting.',
  },
  edit: { da: 'Ret dine svar', en: 'Change your answers' },
  sourceLabel: { da: 'Kilde', en: 'Source' },
} as const satisfies Readonly<Record<string, LocalizedText>>;
