import type { LocalizedText } from './localized-text.js';

/**
 * The opsporingsskema's texts that are not field labels (those live in the
 * schema): headings, instructions and the guide's help phrasings, verbatim
 * from Bilag 3 where the form has them (line numbers in the source report).
 */
export const OPSPORING_TEXTS = {
  /** L1767 */
  intro: {
    da: 'Mange mennesker har en funktionsnedsættelse, som kan udfordre deres job- og uddannelsesmuligheder. Udfordringerne er imidlertid ikke altid synlige, så for at vurdere, om du har udfordringer, som jobcenteret skal være opmærksomme på i forhold til din job- og uddannelsesplan, bedes du svare på nedenstående spørgsmål.',
    en: 'Many people have an impairment that can challenge their job and education prospects. The challenges are not always visible, so to assess whether you have challenges that the job centre should be aware of in your job and education plan, please answer the questions below.',
  },
  /** L1827, help phrasing H1 */
  ownAssessment: {
    da: 'Vi er interesseret i din egen vurdering af, om du har en funktionsnedsættelse, og i så fald hvilken betydning funktionsnedsættelsen har for dine job- og uddannelsesmuligheder.',
    en: 'We are interested in your own assessment of whether you have an impairment and, if so, how much it affects your job and education prospects.',
  },
  /** L1828, help phrasing H2 */
  helpsUs: {
    da: 'Dine besvarelser i skemaet skal hjælpe os med at undersøge, hvordan vi bedst muligt tilrettelægger vores rådgivning og indsats til dine behov.',
    en: 'Your answers to the form will help us find out how best to plan our advice and support around your needs.',
  },
  /** L1834, help phrasing H3, without its opening "Det er vigtigt at understrege, at" */
  onlyAnOffer: {
    da: 'Visitationssamtalen og det evt. videre forløb er blot et tilbud, du kan takke ja eller nej til, hvis vi vurderer, at det kan hjælpe dig.',
    en: 'The visitation meeting and any further programme are only an offer, which you can accept or decline, if we consider that it can help you.',
  },
  /** L1771 */
  personalDetails: { da: 'Personoplysninger', en: 'Personal details' },
  /** L1773, T4 */
  impairmentsLegend: {
    da: 'Sæt kryds hvis du har en eller flere af nedenstående funktionsnedsættelser',
    en: 'Tick if you have one or more of the impairments below',
  },
  /** L1773, T5 */
  impactQuestion: {
    da: 'Hvilken betydning har funktionsnedsættelsen for dine job-/uddannelsesmuligheder?',
    en: 'How much does the impairment affect your job/education prospects?',
  },
  /** The form's own, for L1773's "(har det ingen betydning, skal du ikke sætte et kryds)": the form asks for "Ingen betydning" as an answer. */
  impactHint: {
    da: 'Har det ingen betydning, så vælg "Ingen betydning".',
    en: 'If it has no effect, choose "No effect".',
  },
  /** L1871-L1875: the 0-10 helper scale */
  scoreLabel: {
    da: 'Du kan også angive betydningen på en skala fra 0-10 (valgfrit)',
    en: 'You can also give the effect on a scale from 0 to 10 (optional)',
  },
  scoreHint: {
    da: '0 = ingen betydning, 1-3 = lille, 4-7 = mellem, 8-10 = stor betydning.',
    en: '0 = no effect, 1-3 = small, 4-7 = medium, 8-10 = large.',
  },
  /** L1788 */
  otherConditions: { da: 'Andre relevante forhold', en: 'Other relevant circumstances' },
  /** L1792 */
  caseworkerSection: { da: 'Udfyldes af sagsbehandler', en: 'Filled in by the caseworker' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  optional: { da: '(valgfrit)', en: '(optional)' },
  submit: { da: 'Send svar', en: 'Send answers' },
  errorSummaryTitle: { da: 'Der er et problem', en: 'There is a problem' },
} as const satisfies Readonly<Record<string, LocalizedText>>;
