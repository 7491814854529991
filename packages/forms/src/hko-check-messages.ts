import type { LocalizedText } from '@rummelig/core';
import type { CriterionStatus, HkoRuleSetId, Recommendation } from '@rummelig/rules';

/** Every text of `<rummelig-hko-check>` that the schema and the rule sets do not give, in Danish and English. */
export const HKO_CHECK_TEXTS = {
  schemesLegend: { da: 'Hvilke ordninger vil du vide mere om?', en: 'Which schemes do you want to know more about?' },
  schemesHint: { da: 'Vælg en eller flere. Du får kun spørgsmål om dem, du vælger.', en: 'Choose one or more. You only get questions about the ones you choose.' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  unknown: { da: 'Ved ikke', en: "Don't know" },
  dateHint: { da: 'Skriv datoen som dag-måned-år, fx 30-06-2025.', en: 'Write the date as day-month-year, e.g. 30-06-2025.' },
  numberProblem: { da: 'Skriv et tal, fx 15 eller 7,5.', en: 'Write a number, e.g. 15 or 7.5.' },
  dateProblem: { da: 'Skriv en dato, der findes, som dag-måned-år, fx 30-06-2025.', en: 'Write a date that exists as day-month-year, e.g. 30-06-2025.' },
  noScheme: { da: 'Vælg mindst én ordning.', en: 'Choose at least one scheme.' },
  questionsUpdated: { da: 'Spørgsmålene er opdateret efter dit valg.', en: 'The questions have been updated to your choice.' },
  submit: { da: 'Se, hvad du kan få', en: 'See what you can get' },
  errorSummaryTitle: { da: 'Der er et problem', en: 'There is a problem' },
  errorPrefix: { da: 'Fejl:', en: 'Error:' },
  resultHeading: { da: 'Dit resultat', en: 'Your result' },
  resultIntro: {
    da: 'Resultatet er vejledende. Det er kommunen, der træffer afgørelsen, når du søger, og du kan altid søge.',
    en: 'The result is a guide. The municipality makes the decision when you apply, and you can always apply.',
  },
  criteriaHeading: { da: 'Sådan er det vurderet', en: 'How it was assessed' },
  figuresHeading: { da: 'Tal, der har betydning', en: 'Figures that matter' },
  missingHeading: { da: 'Det mangler vi at vide', en: 'What we still need to know' },
  warningsHeading: { da: 'Vær opmærksom på', en: 'Please note' },
  sourceLabel: { da: 'Kilde', en: 'Source' },
  notKnown: { da: 'ikke kendt', en: 'not known' },
  edit: { da: 'Ret dine svar', en: 'Change your answers' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** Each scheme's name and what it is, as the citizen chooses among them. */
export const SCHEME_TEXTS: Readonly<Record<HkoRuleSetId, { readonly name: LocalizedText; readonly what: LocalizedText }>> = {
  'personlig-assistance': {
    name: { da: 'Personlig assistance', en: 'Personal assistance' },
    what: { da: 'hjælp fra en assistent til praktiske opgaver i jobbet', en: 'help from an assistant with practical tasks at work' },
  },
  hjaelpemidler: {
    name: { da: 'Hjælpemidler', en: 'Aids' },
    what: { da: 'fx et arbejdsredskab eller en mindre indretning af arbejdspladsen', en: 'such as a work tool or a minor adaptation of the workplace' },
  },
  isbryder: {
    name: { da: 'Isbryderordningen', en: 'The icebreaker scheme' },
    what: { da: 'løntilskud til nyuddannede med handicap', en: 'a wage subsidy for new graduates with a disability' },
  },
  fortrinsadgang: {
    name: { da: 'Fortrinsadgang', en: 'Priority access' },
    what: { da: 'når du søger en offentlig stilling', en: 'when you apply for a public post' },
  },
  mentor: {
    name: { da: 'Mentorstøtte', en: 'Mentor support' },
    what: { da: 'en mentor, der støtter dig i job, uddannelse eller et forløb', en: 'a mentor who supports you in a job, education or programme' },
  },
};

/** The outcome in words, never by colour alone. */
export const OUTCOME_TEXTS: Readonly<Record<Recommendation<HkoRuleSetId>, LocalizedText>> = {
  'likely-eligible': { da: 'Du kan sandsynligvis få ordningen', en: 'You are likely to get the scheme' },
  'not-eligible': { da: 'Du kan sandsynligvis ikke få ordningen', en: 'You are probably not able to get the scheme' },
  'needs-assessment': { da: 'Det kræver en vurdering', en: 'It needs an assessment' },
};

export const STATUS_TEXTS: Readonly<Record<CriterionStatus, LocalizedText>> = {
  met: { da: 'Opfyldt', en: 'Met' },
  'not-met': { da: 'Ikke opfyldt', en: 'Not met' },
  unknown: { da: 'Kan ikke afgøres endnu', en: 'Cannot be settled yet' },
};

export const UNIT_TEXTS: Readonly<Record<string, LocalizedText>> = {
  'hours-per-week': { da: 'timer om ugen', en: 'hours a week' },
  months: { da: 'måneder', en: 'months' },
  weeks: { da: 'uger', en: 'weeks' },
  years: { da: 'år', en: 'years' },
  percent: { da: '%', en: '%' },
  'dkk-per-hour': { da: 'kr. i timen', en: 'DKK an hour' },
  date: { da: '', en: '' },
};
