import { html, nothing, type TemplateResult } from 'lit';
import {
  IMPACT_LEVELS,
  PROSPECTS,
  SCHEME_IDS,
  VISITATION_IMPAIRMENT_TYPES,
  enumTitle,
  schemaForPath,
  visitationSchema,
  type DialogueTheme,
  type VisitationAnswers,
} from '@rummelig/core';
import type { EvaluationResult, VisitationHandover } from '@rummelig/rules';
import {
  legendContent,
  renderPageHeading,
  renderCheckboxGroup,
  renderFieldError,
  renderScale,
  renderSelect,
  renderTextArea,
  renderTextInput,
  renderYesNo,
} from './field-parts.js';
import { citizenDetailsQuestions } from './citizen-details-question.js';
import { characterLimit, optionalLabel, schemaWording, yesNoText } from './schema-wording.js';
import type { Translate } from './texts.js';
import type { Question, QuestionCatalogue, QuestionContext, UiDescription } from './ui-description.js';
import {
  asksReinviteLater,
  asksSchemes,
  setGoal,
  setGroupAnswer,
  setRankedImpairment,
  setVisitationAnswer,
  toggleOtherImpairment,
  toggleScheme,
  type VisitationDraft,
} from './visitation-draft.js';
import { renderRecommendation } from './visitation-panels.js';

type Context = QuestionContext<VisitationDraft>;

/** The visitation meeting's form as sections of questions: personal details, the dialogue themes, the vurderingsskema, the decision. */
export const VISITATION_UI: UiDescription = {
  sections: [
    { id: 'personal-details', title: 'citizen', part: 'personal-details', questions: ['cpr', 'name'], together: true },
    {
      id: 'dialogue',
      title: 'dialogue',
      hint: 'dialogue.hint',
      part: 'dialogue',
      questions: ['experience', 'job-functions', 'impairment-minutes', 'support-and-start-conditions', 'goals'],
    },
    { id: 'assessment', title: 'assessment', part: 'assessment', questions: ['impairments', 'impact', 'hko', 'prospects', 'motivation'] },
    { id: 'decision', questions: ['decision'] },
  ],
};

/** What the questions read from the element beyond the draft: the hand-over and the recommendation so far. */
export interface VisitationHost {
  readonly handover: () => VisitationHandover | undefined;
  readonly live: () => EvaluationResult<'visitation'> | undefined;
}

const wording = schemaWording(visitationSchema);
const { label, hint } = wording;

function enumText(t: Translate, path: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : enumTitle(visitationSchema, path, value, t.locale);
}

/** A heading inside the vurderingsskema, or the page's heading when the group is alone on its page. */
function groupHeading(context: Context, text: string): TemplateResult {
  return context.asHeading ? renderPageHeading(context.headings, text) : context.headings(4, text);
}

/** A dialogue theme: the minutes, with the theme's instruction and help questions as the hint. */
function theme(id: string, key: DialogueTheme): Question<VisitationDraft> {
  const path = `dialogue/${key}`;
  return {
    label: (t) => label(t, id, path),
    render: (context) => {
      const { t } = context;
      const questions = schemaForPath(visitationSchema, path)?.['x-help-questions']?.[t.locale] ?? [];
      return renderTextArea({
        ...context.field(id),
        asHeading: context.asHeading,
        label: html`<span class="theme-label">${label(t, id, path)}</span>`,
        hint: html`<p>${hint(t, id, path)}</p>
          <p class="help-questions-title">${t('helpQuestions')}</p>
          <ul class="help-questions">
            ${questions.map((question) => html`<li>${question}</li>`)}
          </ul>`,
        value: context.draft.answers.dialogue?.[key],
        limit: characterLimit(t, visitationSchema, path),
        rows: 6,
        onInput: (value) => context.change((draft) => setGroupAnswer(draft, 'dialogue', key, value)),
      });
    },
    answer: (context) => context.draft.answers.dialogue?.[key],
  };
}

type YesNoKey = 'hkoNeededBefore' | 'hkoNeededNow' | 'motivated' | 'reinviteLater';
type ScaleKey = 'impactPast' | 'impactFuture' | 'prospectsCitizen' | 'prospectsJobformidler';

function yesNo(context: Context, field: string, key: YesNoKey): TemplateResult {
  return renderYesNo({
    ...context.field(field),
    legend: label(context.t, field, key),
    yes: context.t('yes'),
    no: context.t('no'),
    value: context.draft.answers[key],
    onChange: (value) => context.change((draft) => setVisitationAnswer(draft, key, value)),
  });
}

/** The impact and prospects questions: one row of the vurderingsskema's scales, from "Ingen" or "Meget dårlige" up. */
function scale<K extends ScaleKey>(context: Context, field: string, key: K, values: readonly NonNullable<VisitationAnswers[K]>[]): TemplateResult {
  // TypeScript does not narrow an indexed access by a generic key; `values` ties the types together.
  type Value = NonNullable<VisitationAnswers[K]>;
  return renderScale<Value>({
    ...context.field(field),
    legend: label(context.t, field, key),
    options: values.map((value) => ({ value, label: enumTitle(visitationSchema, key, value, context.t.locale) })),
    value: context.draft.answers[key] as Value | undefined,
    onChange: (value) => context.change((draft) => setVisitationAnswer(draft, key, value as VisitationDraft['answers'][K])),
  });
}

/** "Label: answer" lines for check-your-answers, leaving out the unanswered. */
function lines(t: Translate, entries: readonly (readonly [string, string, string | undefined])[]): string[] {
  return entries.flatMap(([field, path, answer]) => (answer === undefined ? [] : [`${label(t, field, path)} ${answer}`]));
}

export function visitationQuestions(host: VisitationHost): QuestionCatalogue<VisitationDraft> {
  return {
    // Typed by the job broker: the details are the citizen's, never to be autofilled with the job broker's own.
    ...citizenDetailsQuestions<VisitationDraft>(wording, (draft, id, value) => setGroupAnswer(draft, 'citizen', id, value), false),
    experience: theme('experience', 'experience'),
    'job-functions': theme('job-functions', 'jobFunctions'),
    'impairment-minutes': theme('impairment-minutes', 'impairment'),
    'support-and-start-conditions': theme('support-and-start-conditions', 'supportAndStartConditions'),
    goals: {
      owns: (field) => field === 'goals' || /^goal-\d$/.test(field),
      label: (t) => label(t, 'goals', 'dialogue/goals'),
      render: renderGoals,
      answer: ({ draft }) => draft.goals.filter((goal) => goal.trim() !== ''),
    },
    impairments: {
      owns: (field) => ['primary-impairment', 'secondary-impairment', 'other-impairments', 'impairment-note'].includes(field),
      label: (t) => label(t, 'impairments', 'impairments'),
      render: (context) => renderImpairments(context, host),
      answer: ({ draft, t }) => {
        const impairments = draft.answers.impairments;
        const type = (value: string) => enumTitle(visitationSchema, 'impairments/primary', value, t.locale);
        return [
          ...lines(t, [
            ['primary-impairment', 'impairments/primary', impairments?.primary && type(impairments.primary)],
            ['secondary-impairment', 'impairments/secondary', impairments?.secondary && type(impairments.secondary)],
          ]),
          ...(impairments?.others?.length ? [`${label(t, 'other-impairments', 'impairments/others')} ${impairments.others.map(type).join(', ')}`] : []),
          ...(impairments?.note ? [impairments.note] : []),
        ];
      },
    },
    impact: {
      owns: (field) => field === 'impact-past' || field === 'impact-future',
      label: (t) => t('impactHeading'),
      render: (context) => html`${groupHeading(context, context.t('impactHeading'))} ${scale(context, 'impact-past', 'impactPast', IMPACT_LEVELS)}
      ${scale(context, 'impact-future', 'impactFuture', IMPACT_LEVELS)}`,
      answer: ({ draft, t }) =>
        lines(t, [
          ['impact-past', 'impactPast', enumText(t, 'impactPast', draft.answers.impactPast)],
          ['impact-future', 'impactFuture', enumText(t, 'impactFuture', draft.answers.impactFuture)],
        ]),
    },
    hko: {
      owns: (field) => field.startsWith('hko-'),
      label: (t) => t('hkoHeading'),
      render: (context) => {
        const { draft, t } = context;
        return html`${groupHeading(context, t('hkoHeading'))} ${yesNo(context, 'hko-needed-before', 'hkoNeededBefore')}
        ${yesNo(context, 'hko-needed-now', 'hkoNeededNow')}
        ${asksSchemes(draft)
          ? html`<div class="reveal">
              ${renderCheckboxGroup({
                ...context.field('hko-schemes'),
                legend: label(t, 'hko-schemes', 'hkoSchemes'),
                options: SCHEME_IDS.map((scheme) => ({ value: scheme, label: enumTitle(visitationSchema, 'hkoSchemes/0', scheme, t.locale) })),
                checked: draft.answers.hkoSchemes ?? [],
                onToggle: (scheme, checked) => context.change((current) => toggleScheme(current, scheme, checked, SCHEME_IDS)),
              })}
            </div>`
          : nothing}`;
      },
      answer: ({ draft, t }) => [
        ...lines(t, [
          ['hko-needed-before', 'hkoNeededBefore', yesNoText(t, draft.answers.hkoNeededBefore)],
          ['hko-needed-now', 'hkoNeededNow', yesNoText(t, draft.answers.hkoNeededNow)],
        ]),
        ...(asksSchemes(draft) && draft.answers.hkoSchemes?.length
          ? [draft.answers.hkoSchemes.map((scheme) => enumTitle(visitationSchema, 'hkoSchemes/0', scheme, t.locale)).join(', ')]
          : []),
      ],
    },
    prospects: {
      owns: (field) => field.startsWith('prospects-'),
      label: (t) => t('prospectsHeading'),
      render: (context) => html`${groupHeading(context, context.t('prospectsHeading'))}
      ${scale(context, 'prospects-citizen', 'prospectsCitizen', PROSPECTS)} ${scale(context, 'prospects-jobformidler', 'prospectsJobformidler', PROSPECTS)}`,
      answer: ({ draft, t }) =>
        lines(t, [
          ['prospects-citizen', 'prospectsCitizen', enumText(t, 'prospectsCitizen', draft.answers.prospectsCitizen)],
          ['prospects-jobformidler', 'prospectsJobformidler', enumText(t, 'prospectsJobformidler', draft.answers.prospectsJobformidler)],
        ]),
    },
    motivation: {
      owns: (field) => field === 'motivated' || field === 'reinvite-later',
      label: (t) => t('motivationHeading'),
      render: (context) => html`${groupHeading(context, context.t('motivationHeading'))} ${yesNo(context, 'motivated', 'motivated')}
      ${asksReinviteLater(context.draft) ? html`<div class="reveal">${yesNo(context, 'reinvite-later', 'reinviteLater')}</div>` : nothing}`,
      answer: ({ draft, t }) =>
        lines(t, [
          ['motivated', 'motivated', yesNoText(t, draft.answers.motivated)],
          ['reinvite-later', 'reinviteLater', asksReinviteLater(draft) ? yesNoText(t, draft.answers.reinviteLater) : undefined],
        ]),
    },
    decision: {
      owns: (field) => field === 'refer-to-programme' || field === 'decision-reason',
      label: (t) => t('decisionHeading'),
      // Alone on its page, the page's heading comes first, as focus lands on it: then the recommendation, then the decision.
      render: (context) => html`${context.asHeading ? legendContent(context.t('decisionHeading'), context) : nothing}
        <div class="verdict">${renderRecommendation(host.live(), context.t, context.headings)} ${renderDecision(context)}</div>`,
      answer: ({ draft, t }) => [
        ...lines(t, [['refer-to-programme', 'decision/referToProgramme', yesNoText(t, draft.answers.decision?.referToProgramme)]]),
        ...(draft.answers.decision?.reason ? [draft.answers.decision.reason] : []),
      ],
    },
  };
}

/** Three boxes with one label: the goals rank equally, so the number says only which box it is. */
function renderGoals(context: Context): TemplateResult {
  const { draft, t } = context;
  const base = context.field('goals');
  return html`
    <fieldset class="field ${base.error ? 'field--error' : ''}" id="goals" aria-describedby="goals-hint${base.error ? ' goals-error' : ''}">
      <legend class="theme-label">${legendContent(label(t, 'goals', 'dialogue/goals'), context)}</legend>
      <span class="hint" id="goals-hint">${hint(t, 'goals', 'dialogue/goals')}</span>
      ${renderFieldError(base)}
      ${([0, 1, 2] as const).map((index) =>
        renderTextInput({
          ...context.field(`goal-${index + 1}`),
          label: html`${t('goalLabel')}<span class="visually-hidden"> ${t('goalNumber', { number: index + 1 })}</span>`,
          value: draft.goals[index],
          groupError: base.error !== undefined && (draft.goals[index] ?? '').trim() === '' ? 'goals-error' : undefined,
          onInput: (value) => context.change((current) => setGoal(current, index, value)),
        }),
      )}
    </fieldset>
  `;
}

function renderImpairments(context: Context, host: VisitationHost): TemplateResult {
  const { draft, t } = context;
  const impairments = draft.answers.impairments;
  const typeOptions = VISITATION_IMPAIRMENT_TYPES.map((type) => ({ value: type, label: enumTitle(visitationSchema, 'impairments/primary', type, t.locale) }));
  const fromHandover = host.handover()?.visitation.impairments?.note !== undefined;
  const heading = label(t, 'impairments', 'impairments');
  return html`
    <fieldset class="group">
      <legend>${context.asHeading ? legendContent(heading, context) : context.headings(4, heading)}</legend>
      ${(['primary', 'secondary'] as const).map((rank) => {
        const own = label(t, `${rank}-impairment`, `impairments/${rank}`);
        return renderSelect({
          ...context.field(`${rank}-impairment`),
          // The primary impairment is criterion a; the secondary may be left out.
          label: rank === 'secondary' ? optionalLabel(t, own) : own,
          emptyLabel: t('notGiven'),
          options: typeOptions,
          value: impairments?.[rank],
          onChange: (value) => context.change((current) => setRankedImpairment(current, rank, value)),
        });
      })}
      ${renderCheckboxGroup({
        ...context.field('other-impairments'),
        legend: optionalLabel(t, label(t, 'other-impairments', 'impairments/others')),
        options: typeOptions,
        checked: impairments?.others ?? [],
        onToggle: (type, checked) => context.change((current) => toggleOtherImpairment(current, type, checked, VISITATION_IMPAIRMENT_TYPES)),
      })}
      ${renderTextArea({
        ...context.field('impairment-note'),
        label: t('impairment-note.label'),
        hint: fromHandover ? t('noteFromHandover') : undefined,
        value: impairments?.note,
        limit: characterLimit(t, visitationSchema, 'impairments/note'),
        rows: 3,
        onInput: (value) => context.change((current) => setGroupAnswer(current, 'impairments', 'note', value)),
      })}
    </fieldset>
  `;
}

function renderDecision(context: Context): TemplateResult {
  const { draft, t } = context;
  const decision = draft.answers.decision;
  return html`
    <fieldset class="decision panel" part="decision" aria-labelledby=${context.asHeading ? 'page-heading' : nothing} aria-describedby="decision-hint">
      ${context.asHeading ? nothing : html`<legend>${context.headings(3, t('decisionHeading'))}</legend>`}
      <p class="hint" id="decision-hint">${t('decisionHint')}</p>
      ${renderYesNo({
        ...context.field('refer-to-programme'),
        legend: label(t, 'refer-to-programme', 'decision/referToProgramme'),
        yes: t('yes'),
        no: t('no'),
        value: decision?.referToProgramme,
        onChange: (value) => context.change((current) => setGroupAnswer(current, 'decision', 'referToProgramme', value)),
      })}
      ${renderTextArea({
        ...context.field('decision-reason'),
        label: label(t, 'decision-reason', 'decision/reason'),
        // When it is required, said where the job broker types it, and not only once it is missing.
        hint: t('decision-reason.hint'),
        value: decision?.reason,
        limit: characterLimit(t, visitationSchema, 'decision/reason'),
        rows: 4,
        onInput: (value) => context.change((current) => setGroupAnswer(current, 'decision', 'reason', value)),
      })}
    </fieldset>
  `;
}
