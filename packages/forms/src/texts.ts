import { OPSPORING_TEXTS, type Locale, type LocalizedText } from '@rummelig/core';

/**
 * Every text of the forms package, in Danish and English, in one place. The
 * field labels and help texts live in the JSON Schemas of @rummelig/core and
 * the opsporingsskema's own texts in core's OPSPORING_TEXTS (verbatim from the
 * source); the texts here are the elements' own. A municipality overrides any
 * of them, and any label or hint, through the `texts` property (see
 * docs/texts.md). `{name}` in a text is filled in where it is used.
 *
 * Keys are flat. Per field: `<field>.label`, `<field>.hint` (override the
 * schema's), `<field>.required` (the message when it is unanswered) and
 * `<field>.name` (the text named in "... må højst være 200 tegn").
 */
export type TextTable = Readonly<Record<string, LocalizedText>>;

/** A municipality's own wording, per language and key; keys not given keep the default. */
export interface TextOverrides {
  readonly da?: Readonly<Record<string, string>>;
  readonly en?: Readonly<Record<string, string>>;
}

export type TextParams = Readonly<Record<string, string | number>>;

/** Looks texts up in one language, the municipality's wording first. */
export interface Translate {
  (key: string, params?: TextParams): string;
  /** The text when there is one, else undefined: for optional texts such as a label that overrides the schema's. */
  optional(key: string, params?: TextParams): string | undefined;
  readonly locale: Locale;
}

export function translator(table: TextTable, locale: Locale, overrides?: TextOverrides): Translate {
  const own = overrides?.[locale];
  // "5.000 tegn" in Danish, "5,000 characters" in English; a score of 7,5 likewise.
  const numbers = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 });
  const optional = (key: string, params?: TextParams): string | undefined => {
    const text = (own && Object.hasOwn(own, key) ? own[key] : undefined) ?? table[key]?.[locale];
    return text === undefined ? undefined : fill(text, params, numbers);
  };
  // A missing key is a mistake in this package; showing the key makes it visible in every test.
  const t = (key: string, params?: TextParams): string => optional(key, params) ?? key;
  return Object.assign(t, { optional, locale });
}

function fill(text: string, params: TextParams | undefined, numbers: Intl.NumberFormat): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined || !Object.hasOwn(params, name) ? match : typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** Splits a text at its `{placeholders}`, so that a placeholder can be filled with markup such as a link. */
export function textParts(text: string): { readonly text: string; readonly placeholder?: string }[] {
  return text.split(/(\{\w+\})/).flatMap((piece) => {
    if (piece === '') return [];
    const placeholder = /^\{(\w+)\}$/.exec(piece)?.[1];
    return placeholder === undefined ? [{ text: piece }] : [{ text: piece, placeholder }];
  });
}

const { yes, no, optional, errorSummaryTitle } = OPSPORING_TEXTS;

/** What every form says: the error pattern, the flow, check-your-answers, the result page, drafts and contact. */
export const COMMON_TEXTS = {
  yes,
  no,
  optional,
  errorSummaryTitle,
  errorPrefix: { da: 'Fejl:', en: 'Error:' },
  notGiven: { da: 'Ikke angivet', en: 'Not given' },
  or: { da: 'eller', en: 'or' },
  sourceLabel: { da: 'Kilde', en: 'Source' },
  warningsHeading: { da: 'Vær opmærksom på', en: 'Please note' },
  effect: { da: 'betydning', en: 'effect' },
  score: { da: 'på skalaen 0-10', en: 'on the 0-10 scale' },
  tooLong: { da: '{name} må højst være {limit} tegn. Fjern {excess} tegn.', en: '{name} must be at most {limit} characters. Remove {excess} of them.' },
  // Under a long text box, so that the limit is known before it is met (DKFDS's wording for its character limit).
  characterLimit: { da: 'Du kan indtaste op til {limit} tegn.', en: 'You can enter up to {limit} characters.' },
  // The flow
  start: { da: 'Start', en: 'Start' },
  continue: { da: 'Fortsæt', en: 'Continue' },
  back: { da: 'Tilbage', en: 'Back' },
  progress: { da: 'Trin {current} af {total}', en: 'Step {current} of {total}' },
  checkHeading: { da: 'Tjek dine svar, før du sender dem', en: 'Check your answers before you send them' },
  checkLead: {
    da: 'Læs dine svar igennem. Vælg "Ændr", hvis du vil rette et svar.',
    en: 'Read through your answers. Choose "Change" if you want to correct one.',
  },
  change: { da: 'Ændr', en: 'Change' },
  notAnswered: { da: 'Ikke besvaret', en: 'Not answered' },
  // The result page
  meaningHeading: { da: 'Hvad betyder det?', en: 'What does it mean?' },
  nextHeading: { da: 'Hvad sker der nu?', en: 'What happens next?' },
  decidesHeading: { da: 'Hvem beslutter?', en: 'Who decides?' },
  contactHeading: { da: 'Har du spørgsmål?', en: 'Do you have questions?' },
  // Contact: the opsporingsskema's template (linje 1769), with the municipality's details in the placeholders.
  contactWho: { da: '{name} fra {organisation}', en: '{name} at {organisation}' },
  contactFull: {
    da: 'Er du i tvivl, eller har du spørgsmål til skemaet, er du velkommen til at kontakte {who} på tlf. {phone} eller e-mail: {email}',
    en: 'If you are in doubt or have questions about the form, you are welcome to contact {who} on tel. {phone} or e-mail: {email}',
  },
  contactPhone: {
    da: 'Er du i tvivl, eller har du spørgsmål til skemaet, er du velkommen til at kontakte {who} på tlf. {phone}',
    en: 'If you are in doubt or have questions about the form, you are welcome to contact {who} on tel. {phone}',
  },
  contactEmail: {
    da: 'Er du i tvivl, eller har du spørgsmål til skemaet, er du velkommen til at kontakte {who} på e-mail: {email}',
    en: 'If you are in doubt or have questions about the form, you are welcome to contact {who} by e-mail: {email}',
  },
  contactOnly: {
    da: 'Er du i tvivl, eller har du spørgsmål til skemaet, er du velkommen til at kontakte {who}.',
    en: 'If you are in doubt or have questions about the form, you are welcome to contact {who}.',
  },
  contactHours: { da: 'Telefontid: {hours}', en: 'Telephone hours: {hours}' },
  // Drafts: the answers are health data, so the citizen is told where they are kept and how to remove them.
  draftHeading: { da: 'Dine svar gemmes i browseren', en: 'Your answers are kept in the browser' },
  draftNotice: {
    da: 'Dine svar gemmes i denne fane i browseren, indtil du sender dem, så de ikke går tabt, hvis siden bliver genindlæst. Svarene handler om dit helbred. De bliver slettet, når du sender dem eller lukker fanen.',
    en: 'Your answers are kept in this browser tab until you send them, so that they are not lost if the page reloads. The answers are about your health. They are deleted when you send them or close the tab.',
  },
  draftNoticeAdapter: {
    da: 'Dine svar gemmes, indtil du sender dem, så de ikke går tabt, hvis siden bliver genindlæst. Svarene handler om dit helbred. De bliver slettet, når du sender dem.',
    en: 'Your answers are kept until you send them, so that they are not lost if the page reloads. The answers are about your health. They are deleted when you send them.',
  },
  draftFailed: {
    da: 'Dine svar kan ikke gemmes i denne browser. Send dem, før du lukker eller genindlæser siden.',
    en: 'Your answers cannot be kept in this browser. Send them before you close or reload the page.',
  },
  // After the notice only where there is something to delete, beside the button that does it.
  draftClearLead: { da: 'Du kan også slette dem nu.', en: 'You can also delete them now.' },
  draftClear: { da: 'Slet mine svar', en: 'Delete my answers' },
  draftConfirm: { da: 'Vil du slette alle dine svar? Det kan ikke fortrydes.', en: 'Do you want to delete all your answers? This cannot be undone.' },
  draftConfirmYes: { da: 'Ja, slet svarene', en: 'Yes, delete the answers' },
  draftConfirmNo: { da: 'Nej, behold dem', en: 'No, keep them' },
  draftCleared: { da: 'Dine svar er slettet.', en: 'Your answers have been deleted.' },
  draftRestored: { da: 'Vi har hentet de svar, du var i gang med.', en: 'We have brought back the answers you were working on.' },
  // No result can be computed: a wrong `as-of` is the portal's mistake, which the citizen can neither see nor fix.
  unavailableHeading: { da: 'Vi kan ikke vise dit resultat lige nu', en: 'We cannot show your result right now' },
  unavailableText: {
    da: 'Skemaet er sat forkert op på denne side. Fejlen er ikke i dine svar, og de er ikke gået tabt. Prøv igen senere, eller kontakt kommunen.',
    en: 'The form is set up wrongly on this page. The fault is not in your answers, and they are not lost. Try again later, or contact the municipality.',
  },
  unavailableNotice: {
    da: 'Skemaet er sat forkert op på denne side, så vi kan ikke vise dit resultat, når du har svaret. Prøv igen senere, eller kontakt kommunen.',
    en: 'The form is set up wrongly on this page, so we cannot show your result when you have answered. Try again later, or contact the municipality.',
  },
} as const satisfies TextTable;

/** `<rummelig-opsporing>`: the opsporingsskema's texts from core, then the element's own. */
export const OPSPORING_FORM_TEXTS = {
  ...OPSPORING_TEXTS,
  // Under "Tak for dine svar", "det" would point at nothing.
  meaningHeading: { da: 'Hvad betyder dine svar?', en: 'What do your answers mean?' },
  // Required answers: one short sentence that says what to do, in the error summary and by the field.
  'impairments.required': {
    da: "Sæt kryds ved de funktionsnedsættelser, du har, eller ved 'Jeg har ikke en funktionsnedsættelse'.",
    en: "Tick the impairments you have, or tick 'I do not have an impairment'.",
  },
  'description-other.required': { da: 'Skriv, hvilken anden funktionsnedsættelse du har.', en: 'Write which other impairment you have.' },
  'impact-description.required': {
    da: 'Uddyb, hvilken betydning din funktionsnedsættelse har for dine job- og uddannelsesmuligheder.',
    en: 'Describe how your impairment affects your job and education prospects.',
  },
  'medically-documented.required': {
    da: 'Vælg, om din funktionsnedsættelse er lægeligt dokumenteret.',
    en: 'Choose whether your impairment is medically documented.',
  },
  'prior-compensation-schemes.required': {
    da: 'Vælg, om du tidligere har gjort brug af handicapkompenserende ordninger.',
    en: 'Choose whether you have used disability compensation schemes before.',
  },
  'prior-limitation.required': {
    da: 'Vælg, om din funktionsnedsættelse tidligere har begrænset dine job- eller uddannelsesmuligheder.',
    en: 'Choose whether your impairment has limited your job or education prospects before.',
  },
  'citizen-wants-visitation.required': {
    da: 'Vælg, om borger ønsker at deltage i en visitationssamtale.',
    en: 'Choose whether the citizen wants to attend a visitation meeting.',
  },
  'refer-to-visitation.required': {
    da: 'Vælg, om borger er i målgruppen for tilbud om visitationssamtale.',
    en: 'Choose whether the citizen is in the target group for an offer of a visitation meeting.',
  },
  // The row first: the error summary's links are told apart by their first words.
  'impact.required': {
    da: '{name}: Vælg, hvilken betydning funktionsnedsættelsen har for dine job- og uddannelsesmuligheder.',
    en: '{name}: Choose how much the impairment affects your job and education prospects.',
  },
  'score.invalid': {
    da: '{name}: Skriv et helt tal fra 0 til 10, eller lad feltet stå tomt.',
    en: '{name}: Enter a whole number from 0 to 10, or leave the box empty.',
  },
  // The texts that can be too long, named as a sentence's subject.
  'cpr.name': { da: 'CPR-nummeret', en: 'The CPR number' },
  'name.name': { da: 'Navnet', en: 'The name' },
  'description-other.name': { da: 'Beskrivelsen af den anden funktionsnedsættelse', en: 'The description of the other impairment' },
  'impact-description.name': { da: 'Uddybningen', en: 'The description' },
  // The radios change out of sight of a screen reader when a score is typed, and the other way round.
  impactFromScore: { da: 'Betydningen er nu {impact}.', en: 'The effect is now {impact}.' },
  scoreCleared: {
    da: 'Tallet på skalaen 0-10 er fjernet, fordi det ikke passer til betydningen.',
    en: 'The number on the 0-10 scale has been removed, because it does not match the effect.',
  },
  scoreRestored: {
    da: 'Tallet {score} på skalaen 0-10 er sat ind igen, fordi det passer til betydningen.',
    en: 'The number {score} on the 0-10 scale is back, because it matches the effect.',
  },
  rowsCleared: {
    da: "Krydserne ved funktionsnedsættelser er fjernet, fordi du har sat kryds ved 'Jeg har ikke en funktionsnedsættelse'.",
    en: "The ticks by impairments have been removed, because you ticked 'I do not have an impairment'.",
  },
  noImpairmentCleared: {
    da: "Krydset ved 'Jeg har ikke en funktionsnedsættelse' er fjernet, fordi du har sat kryds ved en funktionsnedsættelse.",
    en: "The tick by 'I do not have an impairment' has been removed, because you ticked an impairment.",
  },
  // The result
  resultHeading: { da: 'Tak for dine svar', en: 'Thank you for your answers' },
  caseworkerResultHeading: { da: 'Resultat af opsporingen', en: 'Result of the screening' },
  criteriaHeading: { da: 'Sådan er svarene vurderet', en: 'How the answers were assessed' },
  caseworkerDecides: {
    da: 'Det er din sagsbehandler, der i sidste ende vurderer, om du skal tilbydes en visitationssamtale. Tag gerne dine svar med til jeres næste samtale.',
    en: 'Your caseworker makes the final assessment of whether you are offered a visitation meeting. Feel free to bring your answers to your next meeting.',
  },
  /** L1835, help phrasing H4 */
  jobBrokerDecides: {
    da: 'Hvis du takker ja til en visitationssamtale, kan vi ikke garantere dig, at du bliver visiteret til indsatsen, da det er jobformidleren, der vurderer det ud fra visitationssamtalen.',
    en: 'If you accept a visitation meeting, we cannot guarantee that you will be admitted to the programme, as the job broker assesses this at the visitation meeting.',
  },
  // What happens next, by the rule set's recommendation; the sagsbehandler goes through the answers with the citizen (linje 1819, 1880).
  'next.refer': {
    da: 'Din sagsbehandler gennemgår dine svar sammen med dig. Bliver du tilbudt en visitationssamtale, kontakter en jobformidler dig bagefter for at aftale et møde.',
    en: 'Your caseworker goes through your answers with you. If you are offered a visitation meeting, a job broker will contact you afterwards to arrange it.',
  },
  // In place of the rules' "Der mangler endnu svar", when all that is missing is the caseworker's part of the form.
  caseworkerCompletes: {
    da: 'Du har svaret på alle dine spørgsmål. Din sagsbehandler udfylder resten af skemaet sammen med dig og spørger dig også, om du ønsker en visitationssamtale.',
    en: 'You have answered all your questions. Your caseworker fills in the rest of the form with you and also asks whether you want a visitation meeting.',
  },
  'next.undetermined': {
    da: 'Din sagsbehandler gennemgår dine svar sammen med dig ved jeres næste samtale. Ud fra dem vurderer din sagsbehandler, om du skal tilbydes en visitationssamtale med en jobformidler. Din sagsbehandler spørger dig også, om du selv ønsker samtalen.',
    en: 'Your caseworker goes through your answers with you at your next meeting. From them, your caseworker assesses whether you should be offered a visitation meeting with a job broker. Your caseworker also asks whether you want the meeting yourself.',
  },
  'next.do-not-refer': {
    da: 'Din sagsbehandler gennemgår dine svar sammen med dig ved jeres næste samtale og tager dem med i jeres videre plan for job eller uddannelse.',
    en: 'Your caseworker goes through your answers with you at your next meeting and takes them into account in your plan for job or education.',
  },
  'next.skip-to-visitation': {
    da: 'Du kan gå direkte videre til en visitationssamtale med en jobformidler. Din sagsbehandler aftaler det videre forløb med dig.',
    en: 'You can go straight on to a visitation meeting with a job broker. Your caseworker arranges the next steps with you.',
  },
  'next.caseworker': {
    da: 'Følg jeres interne arbejdsgange for overlevering til jobformidler, hvis borgeren skal videre til en visitationssamtale. Er der behov for sprogtolk eller tegnsprogstolk, så husk at orientere jobformidleren.',
    en: 'Follow your internal procedure for handing over to the job broker if the citizen goes on to a visitation meeting. If an interpreter or sign language interpreter is needed, remember to tell the job broker.',
  },
  edit: { da: 'Ret svarene', en: 'Change the answers' },
} as const satisfies TextTable;

/** `<rummelig-visitation>`: the job broker's form. */
export const VISITATION_FORM_TEXTS = {
  'experience.required': { da: 'Skriv referatet af temaet CV/erfaringer.', en: 'Write the minutes of the theme CV/experience.' },
  'job-functions.required': { da: 'Skriv referatet af temaet Jobfunktioner.', en: 'Write the minutes of the theme Job functions.' },
  'impairment-minutes.required': { da: 'Skriv referatet af temaet Funktionsnedsættelse.', en: 'Write the minutes of the theme Impairment.' },
  'support-and-start-conditions.required': {
    da: 'Skriv referatet af temaet Støtte og opstartsvilkår.',
    en: 'Write the minutes of the theme Support and starting conditions.',
  },
  'goals.required': { da: 'Skriv tre job- eller uddannelsesmål.', en: 'Write three job or education goals.' },
  'primary-impairment.required': { da: 'Vælg borgers primære funktionsnedsættelse.', en: "Choose the citizen's primary impairment." },
  'impact-past.required': {
    da: 'Vælg, hvilken betydning funktionsnedsættelsen tidligere har haft for job/uddannelse.',
    en: 'Choose what effect the impairment has had on job or education in the past.',
  },
  'impact-future.required': {
    da: 'Vælg, hvilken betydning funktionsnedsættelsen har for de nuværende job-/uddannelsesmål.',
    en: 'Choose what effect the impairment has on the current job or education goals.',
  },
  'hko-needed-before.required': {
    da: 'Vælg, om borger tidligere har haft behov for en handicapkompenserende ordning.',
    en: 'Choose whether the citizen has needed a disability compensation scheme before.',
  },
  'hko-needed-now.required': {
    da: 'Vælg, om borger nu har behov for en handicapkompenserende ordning.',
    en: 'Choose whether the citizen needs a disability compensation scheme now.',
  },
  'prospects-citizen.required': {
    da: 'Vælg, hvordan borger vurderer sine egne beskæftigelses-/uddannelsesmuligheder.',
    en: 'Choose how the citizen rates their own job or education prospects.',
  },
  'prospects-jobformidler.required': {
    da: 'Vælg, hvordan du vurderer borgers beskæftigelses-/uddannelsesmuligheder.',
    en: "Choose how you rate the citizen's job or education prospects.",
  },
  'motivated.required': { da: 'Vælg, om borger er motiveret for at deltage i indsatsen.', en: 'Choose whether the citizen is motivated to take part.' },
  'reinvite-later.required': {
    da: 'Vælg, om borger kunne være i målgruppen på et senere tidspunkt.',
    en: 'Choose whether the citizen could be in the target group later.',
  },
  'refer-to-programme.required': {
    da: 'Vælg, om borger skal henvises videre til indsatsen.',
    en: 'Choose whether the citizen should be referred to the programme.',
  },
  'secondary-impairment.duplicate': {
    da: 'Vælg en anden sekundær funktionsnedsættelse end den primære.',
    en: 'Choose a secondary impairment other than the primary one.',
  },
  'other-impairments.duplicate': {
    da: 'Fjern krydset ved den funktionsnedsættelse, der allerede er valgt som primær eller sekundær.',
    en: 'Untick the impairment that is already chosen as primary or secondary.',
  },
  'decision-reason.hint': {
    da: 'Skal udfyldes, hvis din vurdering afviger fra anbefalingen.',
    en: 'Required if your assessment departs from the recommendation.',
  },
  'decision-reason.required': {
    da: 'Skriv en begrundelse: din vurdering afviger fra anbefalingen.',
    en: 'Write a reason: your assessment departs from the recommendation.',
  },
  'cpr.name': { da: 'CPR-nummeret', en: 'The CPR number' },
  'name.name': { da: 'Navnet', en: 'The name' },
  'experience.name': { da: 'Referatet af CV/erfaringer', en: 'The minutes of CV/experience' },
  'job-functions.name': { da: 'Referatet af Jobfunktioner', en: 'The minutes of Job functions' },
  'impairment-minutes.name': { da: 'Referatet af Funktionsnedsættelse', en: 'The minutes of Impairment' },
  'support-and-start-conditions.name': { da: 'Referatet af Støtte og opstartsvilkår', en: 'The minutes of Support and starting conditions' },
  'goal-1.name': { da: 'Mål 1', en: 'Goal 1' },
  'goal-2.name': { da: 'Mål 2', en: 'Goal 2' },
  'goal-3.name': { da: 'Mål 3', en: 'Goal 3' },
  // Named as its label, "Angiv nærmere", so that the message can be matched to the field.
  'impairment-note.name': { da: 'Teksten i "Angiv nærmere"', en: 'The text in "Specify"' },
  'decision-reason.name': { da: 'Begrundelsen', en: 'The reason' },
  submit: { da: 'Gem vurderingen', en: 'Save the assessment' },
  // The source's own lead-in to each theme's help questions (Bilag 3, lines 1949, 1957, 1965 and 1973).
  helpQuestions: { da: 'Nedenstående hjælpespørgsmål kan hjælpe i dialogen:', en: 'The questions below can help the conversation:' },
  goalLabel: { da: 'Job-/uddannelsesmål', en: 'Job/education goal' },
  // One text, not two bindings: Chrome drops the space between two text nodes of a hidden label ("1af 3").
  goalNumber: { da: '{number} af 3', en: '{number} of 3' },
  assessment: { da: 'Vurderingsskema', en: 'Assessment form' },
  impactHeading: { da: 'Funktionsnedsættelsens betydning for job/uddannelse', en: 'The effect of the impairment on job or education' },
  hkoHeading: { da: 'Handicapkompenserende ordning', en: 'Disability compensation scheme' },
  prospectsHeading: { da: 'Beskæftigelses-/uddannelsesmuligheder', en: 'Job and education prospects' },
  motivationHeading: { da: 'Motivation for deltagelse', en: 'Motivation to take part' },
  'impairment-note.label': { da: 'Angiv nærmere (fx hvad "Andet" dækker over):', en: 'Specify (e.g. what "Other" covers):' },
  noteFromHandover: {
    da: 'Funktionsnedsættelserne fra opsporingen er skrevet her. Ret teksten, så den passer til jeres samtale.',
    en: 'The impairments from the opsporing are written here. Edit the text to match your conversation.',
  },
  recommendationHeading: { da: 'Anbefaling efter kriterierne', en: 'Recommendation by the criteria' },
  recommendationLabel: { da: 'Anbefaling:', en: 'Recommendation:' },
  criteriaHeading: { da: 'Sådan er kriterierne vurderet', en: 'How the criteria were assessed' },
  decisionHeading: { da: 'Din vurdering', en: 'Your assessment' },
  decisionHint: {
    da: 'Det er dig, der vurderer. Afviger din vurdering fra anbefalingen, skal du begrunde den.',
    en: 'You make the assessment. If your assessment departs from the recommendation, give a reason for it.',
  },
  decisionVisit: { da: 'Borger henvises videre til indsatsen.', en: 'The citizen is referred to the programme.' },
  decisionDoNotVisit: { da: 'Borger henvises ikke videre til indsatsen.', en: 'The citizen is not referred to the programme.' },
  reasonLabel: { da: 'Begrundelse', en: 'Reason' },
  savedHeading: { da: 'Vurderingen er gemt', en: 'The assessment is saved' },
  edit: { da: 'Ret vurderingen', en: 'Change the assessment' },
  // The job broker fills this form in, about the citizen: the answers are not "yours", nor about "your" health.
  checkHeading: { da: 'Tjek svarene, før du gemmer vurderingen', en: 'Check the answers before you save the assessment' },
  checkLead: {
    da: 'Læs svarene igennem. Vælg "Ændr", hvis du vil rette et svar.',
    en: 'Read through the answers. Choose "Change" if you want to correct one.',
  },
  draftHeading: { da: 'Svarene gemmes i browseren', en: 'The answers are kept in the browser' },
  draftNotice: {
    da: 'Svarene gemmes i denne fane i browseren, indtil du gemmer vurderingen, så de ikke går tabt, hvis siden bliver genindlæst. Svarene handler om borgerens helbred. De bliver slettet, når du gemmer vurderingen eller lukker fanen.',
    en: "The answers are kept in this browser tab until you save the assessment, so that they are not lost if the page reloads. The answers are about the citizen's health. They are deleted when you save the assessment or close the tab.",
  },
  draftNoticeAdapter: {
    da: 'Svarene gemmes, indtil du gemmer vurderingen, så de ikke går tabt, hvis siden bliver genindlæst. Svarene handler om borgerens helbred. De bliver slettet, når du gemmer vurderingen.',
    en: "The answers are kept until you save the assessment, so that they are not lost if the page reloads. The answers are about the citizen's health. They are deleted when you save the assessment.",
  },
  draftFailed: {
    da: 'Svarene kan ikke gemmes i denne browser. Gem vurderingen, før du lukker eller genindlæser siden.',
    en: 'The answers cannot be kept in this browser. Save the assessment before you close or reload the page.',
  },
  draftClear: { da: 'Slet svarene', en: 'Delete the answers' },
  draftConfirm: { da: 'Vil du slette alle svarene? Det kan ikke fortrydes.', en: 'Do you want to delete all the answers? This cannot be undone.' },
  draftCleared: { da: 'Svarene er slettet.', en: 'The answers have been deleted.' },
  // What happens next for the job broker (vejledningen, afsnit 4, linje 2151-2162).
  'next.visit': {
    da: 'Fortæl borgeren om vurderingen, og registrér oplysningerne fra vurderingsskemaet efter jeres arbejdsgange. Borgeren fortsætter i indsatsen med en personlig jobformidler.',
    en: 'Tell the citizen about the assessment, and record the assessment form following your procedures. The citizen continues in the programme with a personal job broker.',
  },
  'next.do-not-visit': {
    da: 'Fortæl borgeren om vurderingen og begrundelsen. Borgeren fortsætter sit forløb hos sin sagsbehandler. Har du vurderet, at borgeren kan være i målgruppen senere, så aftal, hvornår I tager kontakt igen.',
    en: 'Tell the citizen about the assessment and the reason. The citizen continues with their caseworker. If you assessed that the citizen may be in the target group later, agree when to get in touch again.',
  },
  jobBrokerDecidesSelf: {
    da: 'Anbefalingen følger kriterierne i vejledningen. Det er dig som jobformidler, der træffer vurderingen ud fra en helhedsvurdering.',
    en: 'The recommendation follows the criteria of the guide. You as the job broker make the assessment, weighing the case as a whole.',
  },
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
  'recommendation.visit': { da: 'Henvis borger til indsatsen', en: 'Refer the citizen to the programme' },
  'recommendation.re-invite-later': { da: 'Inviter borger igen senere', en: 'Invite the citizen again later' },
  'recommendation.not-in-target-group': { da: 'Borger er ikke i målgruppen', en: 'The citizen is not in the target group' },
  'recommendation.undetermined': { da: 'Kan endnu ikke afgøres', en: 'Cannot be decided yet' },
} as const satisfies TextTable;

/** `<rummelig-hko-check>`: what the schema and the rule sets do not say. */
export const HKO_CHECK_FORM_TEXTS = {
  'schemes.label': { da: 'Hvilke ordninger vil du vide mere om?', en: 'Which schemes do you want to know more about?' },
  'schemes.hint': { da: 'Vælg en eller flere. Du får kun spørgsmål om dem, du vælger.', en: 'Choose one or more. You only get questions about the ones you choose.' },
  'schemes.required': { da: 'Vælg mindst én ordning.', en: 'Choose at least one scheme.' },
  unknown: { da: 'Ved ikke', en: "Don't know" },
  // The progress before any scheme is chosen, when how many pages there will be is not known yet.
  progressNoTotal: { da: 'Trin {current}', en: 'Step {current}' },
  dateHint: { da: 'Skriv datoen som dag-måned-år, fx 30-06-2025.', en: 'Write the date as day-month-year, e.g. 30-06-2025.' },
  // The start may be left out, and the schema says what is then counted; a date's hint replaces the schema's.
  'isbryder-planned-start.hint': {
    da: 'Skriv datoen som dag-måned-år, fx 30-06-2025. Spring spørgsmålet over, hvis datoen ikke er aftalt. Så regner vi med dags dato.',
    en: 'Write the date as day-month-year, e.g. 30-06-2025. Skip the question if the date has not been agreed. We then count from today.',
  },
  // The schema's "Spring spørgsmålet over" is for a form without the answer "Ved ikke"; this one has it.
  'impairment-significant.hint': {
    da: 'Det er kommunen, der vurderer, om funktionsnedsættelsen er betydelig. Vælg "Ved ikke", hvis du ikke ved det.',
    en: 'The municipality assesses whether the impairment is significant. Choose "Don\'t know" if you do not know.',
  },
  'personal-assistance-special-full-time-case.hint': {
    da: 'Det kan fx gælde, hvis du har flere funktionsnedsættelser eller en meget betydelig funktionsnedsættelse, som blindhed. Vælg "Ved ikke", hvis kommunen ikke har vurderet det.',
    en: 'This may apply if you have several impairments or a very significant impairment, such as blindness. Choose "Don\'t know" if the municipality has not assessed it.',
  },
  // Each message names its question, so that the error summary's links can be told apart (`<field>.name` below).
  numberInvalid: { da: 'Skriv {name} som et tal, fx {example}.', en: 'Write {name} as a number, e.g. {example}.' },
  // The example of a number, unless its question has one of its own (`<field>.example`): hours come in halves, months whole.
  numberExample: { da: '15 eller 7,5', en: '15 or 7.5' },
  'education-months.example': { da: '36', en: '36' },
  'isbryder-duration-months.example': { da: '12', en: '12' },
  'mentor-requested-months.example': { da: '6', en: '6' },
  numberRange: { da: 'Skriv {name} som et tal mellem {minimum} og {maximum}.', en: 'Write {name} as a number between {minimum} and {maximum}.' },
  numberMinimum: { da: 'Skriv {name} som et tal på mindst {minimum}.', en: 'Write {name} as a number of at least {minimum}.' },
  dateInvalid: {
    da: 'Skriv en rigtig dato for, {name}, fx 30-06-2025 (dag-måned-år).',
    en: 'Write a real date for {name}, e.g. 30-06-2025 (day-month-year).',
  },
  'weekly-hours.name': { da: 'antal timer om ugen', en: 'the number of hours a week' },
  'personal-assistance-needed-hours-per-week.name': { da: 'antal timer med personlig assistance', en: 'the number of hours of personal assistance' },
  'education-months.name': { da: 'uddannelsens længde i måneder', en: 'the length of the education in months' },
  'education-completed-on.name': { da: 'hvornår du blev færdig med uddannelsen', en: 'when you finished your education' },
  'isbryder-planned-start.name': { da: 'hvornår ansættelsen starter', en: 'when the job starts' },
  'isbryder-duration-months.name': { da: 'antal måneder med tilskud', en: 'the number of months with a subsidy' },
  'mentor-requested-months.name': { da: 'antal måneder med mentor', en: 'the number of months with a mentor' },
  // Named, so that a second change is a new message, which a screen reader reads as it did the first.
  questionsUpdated: { da: 'Du har valgt {scheme}. Spørgsmålene er opdateret.', en: 'You chose {scheme}. The questions have been updated.' },
  questionsUpdatedOff: { da: 'Du har fravalgt {scheme}. Spørgsmålene er opdateret.', en: 'You removed {scheme}. The questions have been updated.' },
  // An answer that makes the rules need one more (or one less) answer; the question is named, as it may be further down.
  questionAdded: { da: 'Der er kommet et spørgsmål mere: {question}', en: 'There is one more question: {question}' },
  questionRemoved: { da: 'Et spørgsmål er ikke længere med: {question}', en: 'A question is no longer asked: {question}' },
  submit: { da: 'Se, hvad du kan få', en: 'See what you can get' },
  // Each scheme's name and what it is, as the citizen chooses among them.
  'scheme.personlig-assistance': { da: 'Personlig assistance', en: 'Personal assistance' },
  'scheme.personlig-assistance.what': { da: 'hjælp fra en assistent til praktiske opgaver i jobbet', en: 'help from an assistant with practical tasks at work' },
  'scheme.hjaelpemidler': { da: 'Hjælpemidler', en: 'Aids' },
  'scheme.hjaelpemidler.what': { da: 'fx et arbejdsredskab eller en mindre indretning af arbejdspladsen', en: 'such as a work tool or a minor adaptation of the workplace' },
  'scheme.isbryder': { da: 'Isbryderordningen', en: 'The icebreaker scheme' },
  'scheme.isbryder.what': { da: 'løntilskud til nyuddannede med handicap', en: 'a wage subsidy for new graduates with a disability' },
  'scheme.fortrinsadgang': { da: 'Fortrinsadgang', en: 'Priority access' },
  'scheme.fortrinsadgang.what': { da: 'når du søger en offentlig stilling', en: 'when you apply for a public post' },
  'scheme.mentor': { da: 'Mentorstøtte', en: 'Mentor support' },
  'scheme.mentor.what': { da: 'en mentor, der støtter dig i job, uddannelse eller et forløb', en: 'a mentor who supports you in a job, education or programme' },
  // The result: the outcome in words, never by colour alone.
  resultHeading: { da: 'Dit resultat', en: 'Your result' },
  resultLead: {
    da: 'Her kan du se, hvad dine svar peger på for hver af de ordninger, du har valgt.',
    en: 'Here you can see what your answers point to for each of the schemes you chose.',
  },
  // "bruge": fortrinsadgang and isbryderordningen are used, not got.
  'outcome.likely-eligible': { da: 'Du kan sandsynligvis bruge ordningen', en: 'You can probably use the scheme' },
  'outcome.not-eligible': { da: 'Du kan sandsynligvis ikke bruge ordningen', en: 'You probably cannot use the scheme' },
  'outcome.needs-assessment': { da: 'Det kræver en vurdering', en: 'It needs an assessment' },
  'status.met': { da: 'Opfyldt', en: 'Met' },
  'status.not-met': { da: 'Ikke opfyldt', en: 'Not met' },
  'status.unknown': { da: 'Kan ikke afgøres endnu', en: 'Cannot be settled yet' },
  // A supporting criterion decides nothing alone: "Ikke opfyldt" under an outcome that is met would read as a fault.
  'status.supporting.met': { da: 'Gælder for dig', en: 'Applies to you' },
  'status.supporting.not-met': { da: 'Gælder ikke for dig', en: 'Does not apply to you' },
  'status.supporting.unknown': { da: 'Ved vi ikke endnu', en: 'Not known yet' },
  criteriaHeading: { da: 'Sådan er det vurderet', en: 'How it was assessed' },
  figuresHeading: { da: 'Tal, der har betydning', en: 'Figures that matter' },
  missingHeading: { da: 'Det mangler vi at vide', en: 'What we still need to know' },
  judgedHeading: { da: 'Det vurderer kommunen, når du søger', en: 'The municipality assesses this when you apply' },
  notKnown: { da: 'ikke kendt', en: 'not known' },
  figureStep: { da: 'Trin {number}', en: 'Step {number}' },
  'unit.hours-per-week': { da: 'timer om ugen', en: 'hours a week' },
  'unit.months': { da: 'måneder', en: 'months' },
  'unit.weeks': { da: 'uger', en: 'weeks' },
  'unit.years': { da: 'år', en: 'years' },
  'unit.percent': { da: '%', en: '%' },
  'unit.dkk-per-hour': { da: 'kr. i timen', en: 'DKK an hour' },
  next: {
    da: 'Vil du søge om en af ordningerne, så kontakt kommunen. Tag gerne dine svar med, så I kan tale ud fra dem.',
    en: 'If you want to apply for one of the schemes, contact the municipality. Feel free to bring your answers, so that you can talk about them.',
  },
  // Fortrinsadgang is the employer's to weigh, not the municipality's: who decides is told by the scheme's result.
  'next.fortrinsadgang': {
    da: 'Fortrinsadgang kan du også selv bruge: Skriv i din ansøgning til jobbet, at du søger med fortrinsadgang.',
    en: 'You can also use priority access yourself: write in your application for the job that you apply with priority access.',
  },
  decides: {
    da: 'Resultatet er vejledende. Du får først et endeligt svar, når du søger, og du kan altid søge.',
    en: 'The result is a guide. You only get a final answer when you apply, and you can always apply.',
  },
  edit: { da: 'Ret dine svar', en: 'Change your answers' },
} as const satisfies TextTable;
