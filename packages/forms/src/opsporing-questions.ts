import { html, nothing, type TemplateResult } from 'lit';
import {
  BENEFITS,
  IMPACT_LEVELS,
  OPSPORING_IMPAIRMENT_TYPES,
  enumTitle,
  fieldDescription,
  fieldTitle,
  opsporingSchema,
  type OpsporingImpairmentType,
} from '@rummelig/core';
import { citizenDetailsQuestions } from './citizen-details-question.js';
import { describedBy, legendContent, renderFieldError, renderRadioGroup, renderSelect, renderTextArea, renderTextInput, renderYesNo } from './field-parts.js';
import {
  setAnswer,
  setNestedAnswer,
  setNoImpairment,
  setRowChecked,
  setRowDescription,
  setRowImpact,
  setRowScoreText,
  type OpsporingDraft,
} from './opsporing-draft.js';
import { shortImpairmentName } from './opsporing-errors.js';
import { characterLimit, optionalLabel, schemaWording, yesNoText } from './schema-wording.js';
import type { Question, QuestionCatalogue, QuestionContext, UiDescription } from './ui-description.js';

type Context = QuestionContext<OpsporingDraft>;

/** The opsporingsskema as sections of questions; a municipality reorders or hides the optional ones through `ui`. */
export const OPSPORING_UI: UiDescription = {
  sections: [
    { id: 'personal-details', title: 'personalDetails', part: 'personal-details', questions: ['cpr', 'name'], together: true },
    { id: 'impairments', questions: ['impairments'] },
    { id: 'elaboration', questions: ['impact-description'] },
    {
      id: 'other-conditions',
      title: 'otherConditions',
      part: 'other-conditions',
      questions: ['medically-documented', 'prior-compensation-schemes', 'prior-limitation'],
    },
    {
      id: 'caseworker',
      title: 'caseworkerSection',
      part: 'caseworker',
      questions: ['citizen-wants-visitation', 'refer-to-visitation', 'rehabilitation-team-screened', 'benefit'],
      together: true,
      panel: true,
    },
  ],
};

const wording = schemaWording(opsporingSchema);
const { label, hint } = wording;

type YesNoPath =
  | readonly ['medicallyDocumented' | 'priorCompensationSchemes' | 'priorLimitation']
  | readonly ['caseworker', 'citizenWantsVisitation' | 'referToVisitation']
  | readonly ['context', 'rehabilitationTeamScreened'];

function yesNoValue(draft: OpsporingDraft, path: YesNoPath): boolean | undefined {
  const answers = draft.answers;
  if (path.length === 1) return answers[path[0]];
  if (path[0] === 'caseworker') return answers.caseworker?.[path[1]];
  return answers.context?.[path[1]];
}

function withYesNo(draft: OpsporingDraft, path: YesNoPath, value: boolean): OpsporingDraft {
  if (path.length === 1) return setAnswer(draft, path[0], value);
  return setNestedAnswer(draft, [path[0], path[1]] as Parameters<typeof setNestedAnswer>[1], value);
}

function yesNo(id: string, path: YesNoPath, extra: Pick<Question<OpsporingDraft>, 'mode' | 'optional'> = {}): Question<OpsporingDraft> {
  const schemaPath = path.join('/');
  return {
    ...extra,
    label: (t) => label(t, id, schemaPath),
    render: (context) =>
      renderYesNo({
        ...context.field(id),
        asHeading: context.asHeading,
        hint: hint(context.t, id, schemaPath),
        legend: label(context.t, id, schemaPath),
        yes: context.t('yes'),
        no: context.t('no'),
        value: yesNoValue(context.draft, path),
        onChange: (answer) => context.change((draft) => withYesNo(draft, path, answer)),
      }),
    answer: (context) => yesNoText(context.t, yesNoValue(context.draft, path)),
  };
}

/** The fields of the impairment grid: the list itself, "no impairment", and each row's impact, helper and description. */
function ownedByGrid(field: string): boolean {
  return ['impairments', 'no-impairment', 'description-other'].includes(field) || (/^(impact|score)-/.test(field) && field !== 'impact-description');
}

export const OPSPORING_QUESTIONS: QuestionCatalogue<OpsporingDraft> = {
  ...citizenDetailsQuestions<OpsporingDraft>(wording, (draft, id, value) => setNestedAnswer(draft, ['citizen', id], value), true),
  impairments: {
    owns: ownedByGrid,
    label: (t) => label(t, 'impairments', 'impairments'),
    render: renderImpairments,
    answer: ({ draft, t }) => {
      if (draft.answers.noImpairment) return [label(t, 'no-impairment', 'noImpairment')];
      return OPSPORING_IMPAIRMENT_TYPES.flatMap((type) => {
        const row = draft.rows[type];
        if (!row?.checked) return [];
        const name = type === 'other' && row.description ? `${shortImpairmentName(type, t.locale)}: ${row.description}` : shortImpairmentName(type, t.locale);
        const impact = row.impact ? enumTitle(opsporingSchema, 'impairments/impact', row.impact, t.locale) : t('notAnswered');
        // "Lille (1-3), 3 på skalaen 0-10": one parenthesis after another read as one.
        return [`${name} – ${impact}${row.score === undefined ? '' : `, ${row.score} ${t('score')}`}`];
      });
    },
  },
  'impact-description': {
    label: (t) => label(t, 'impact-description', 'impactDescription'),
    render: (context) =>
      renderTextArea({
        ...context.field('impact-description'),
        asHeading: context.asHeading,
        hint: context.t.optional('impact-description.hint'),
        label: label(context.t, 'impact-description', 'impactDescription'),
        value: context.draft.answers.impactDescription,
        limit: characterLimit(context.t, opsporingSchema, 'impactDescription'),
        extraClass: 'section',
        onInput: (text) => context.change((draft) => setAnswer(draft, 'impactDescription', text)),
      }),
    answer: (context) => context.draft.answers.impactDescription,
  },
  'medically-documented': yesNo('medically-documented', ['medicallyDocumented']),
  'prior-compensation-schemes': yesNo('prior-compensation-schemes', ['priorCompensationSchemes']),
  'prior-limitation': yesNo('prior-limitation', ['priorLimitation']),
  'citizen-wants-visitation': yesNo('citizen-wants-visitation', ['caseworker', 'citizenWantsVisitation'], { mode: 'caseworker' }),
  'refer-to-visitation': yesNo('refer-to-visitation', ['caseworker', 'referToVisitation'], { mode: 'caseworker' }),
  'rehabilitation-team-screened': yesNo('rehabilitation-team-screened', ['context', 'rehabilitationTeamScreened'], {
    mode: 'caseworker',
    optional: true,
  }),
  benefit: {
    mode: 'caseworker',
    optional: true,
    label: (t) => label(t, 'benefit', 'context/benefit'),
    render: (context) =>
      renderSelect({
        ...context.field('benefit'),
        asHeading: context.asHeading,
        label: optionalLabel(context.t, label(context.t, 'benefit', 'context/benefit')),
        emptyLabel: context.t('notGiven'),
        options: BENEFITS.map((value) => ({ value, label: enumTitle(opsporingSchema, 'context/benefit', value, context.t.locale) })),
        value: context.draft.answers.context?.benefit,
        onChange: (value) => context.change((draft) => setNestedAnswer(draft, ['context', 'benefit'], value)),
      }),
    answer: ({ draft, t }) => (draft.answers.context?.benefit ? enumTitle(opsporingSchema, 'context/benefit', draft.answers.context.benefit, t.locale) : undefined),
  },
};

/**
 * The impairment grid: a tick per impairment, and for each ticked one its
 * impact, the optional 0-10 helper and, for "Andet", what it is. Ticking
 * "Jeg har ikke en funktionsnedsættelse" clears the rows, and the other way
 * round; a screen reader user is told, since the ticks vanish out of earshot.
 */
function renderImpairments(context: Context): TemplateResult {
  const { draft, t } = context;
  const base = context.field('impairments');
  const noImpairment = draft.answers.noImpairment === true;
  const onNoImpairment = (event: Event): void => {
    const checked = checkedOf(event);
    context.change(
      (current) => setNoImpairment(current, checked),
      (before) => (checked && OPSPORING_IMPAIRMENT_TYPES.some((type) => before.rows[type]?.checked) ? t('rowsCleared') : ''),
    );
  };
  const legend = label(t, 'impairments', 'impairments');
  return html`
    <fieldset
      class="section field ${base.error ? 'field--error' : ''}"
      part="impairments"
      id="impairments"
      aria-describedby=${describedBy({ field: 'impairments', hint: '', error: base.error })}
    >
      <legend>${context.asHeading ? legendContent(legend, context) : context.headings(3, legend)}</legend>
      <span class="hint" id="impairments-hint">${t.optional('impairments.hint') ?? t('impairmentsLegend')}</span>
      ${renderFieldError(base)} ${OPSPORING_IMPAIRMENT_TYPES.map((type) => renderImpairmentRow(context, type))}
      <p class="divider">${t('or')}</p>
      <div class="choice">
        <input type="checkbox" id="no-impairment" .checked=${noImpairment} @change=${onNoImpairment} />
        <label for="no-impairment">${label(t, 'no-impairment', 'noImpairment')}</label>
      </div>
      ${renderFieldError(context.field('no-impairment'))}
    </fieldset>
  `;
}

function renderImpairmentRow(context: Context, type: OpsporingImpairmentType): TemplateResult {
  const { draft, t } = context;
  const row = draft.rows[type];
  const checked = row?.checked === true;
  const onChecked = (event: Event): void => {
    const tick = checkedOf(event);
    context.change(
      (current) => setRowChecked(current, type, tick),
      (before) => (tick && before.answers.noImpairment === true ? t('noImpairmentCleared') : ''),
    );
  };
  return html`
    <div class="choice">
      <input type="checkbox" id="impairment-${type}" .checked=${checked} @change=${onChecked} />
      <label for="impairment-${type}">${enumTitle(opsporingSchema, 'impairments/type', type, t.locale)}</label>
    </div>
    ${checked
      ? html`<div class="reveal">
          ${type === 'other'
            ? renderTextInput({
                ...context.field('description-other'),
                hint: fieldDescription(opsporingSchema, 'impairments/description', t.locale),
                label: fieldTitle(opsporingSchema, 'impairments/description', t.locale),
                value: row.description,
                onInput: (value) => context.change((current) => setRowDescription(current, 'other', value)),
              })
            : nothing}
          ${renderImpact(context, type)} ${renderScore(context, type)}
        </div>`
      : nothing}
  `;
}

function renderImpact(context: Context, type: OpsporingImpairmentType): TemplateResult {
  const { draft, t } = context;
  return renderRadioGroup({
    ...context.field(`impact-${type}`),
    hint: t('impactHint'),
    legend: `${shortImpairmentName(type, t.locale)}: ${t('impactQuestion')}`,
    options: IMPACT_LEVELS.map((level) => ({ value: level, label: enumTitle(opsporingSchema, 'impairments/impact', level, t.locale) })),
    value: draft.rows[type]?.impact,
    onChange: (level) =>
      context.change(
        (current) => setRowImpact(current, type, level),
        // The score below goes out of sight of a screen reader when it contradicts the impact, and comes back with its
        // band; both are told, as ticks removed are.
        (before, after) => {
          const [was, is] = [before.rows[type]?.score, after.rows[type]?.score];
          if (was === is) return '';
          return is === undefined ? t('scoreCleared') : t('scoreRestored', { score: is });
        },
      ),
  });
}

/**
 * The optional 0-10 helper (vejledningen, linje 1871-1875). A text box with a
 * numeric keyboard rather than type="number", which changes its value on a
 * scroll and which screen readers announce unreliably (GOV.UK's advice).
 */
function renderScore(context: Context, type: OpsporingImpairmentType): TemplateResult {
  const { draft, t } = context;
  const field = `score-${type}`;
  const base = context.field(field);
  return html`
    <div class="field ${base.error ? 'field--error' : ''}">
      <label for=${field}><span class="visually-hidden">${shortImpairmentName(type, t.locale)}: </span>${t('scoreLabel')}</label>
      <span class="hint" id="${field}-hint">${t('scoreHint')}</span>
      ${renderFieldError(base)}
      <input
        type="text"
        class="score"
        id=${field}
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        .value=${draft.rows[type]?.scoreText ?? ''}
        aria-invalid=${base.error ? 'true' : 'false'}
        aria-describedby=${describedBy({ field, hint: '', error: base.error })}
        @input=${(event: Event) => {
          const text = (event.target as HTMLInputElement).value;
          context.change(
            (current) => setRowScoreText(current, type, text),
            // A score moves the impact radios above, out of sight of a screen reader; it is told where to.
            (before, after) => {
              const impact = after.rows[type]?.impact;
              return impact && impact !== before.rows[type]?.impact ? t('impactFromScore', { impact: enumTitle(opsporingSchema, 'impairments/impact', impact, t.locale) }) : '';
            },
            { typing: true },
          );
        }}
      />
    </div>
  `;
}

function checkedOf(event: Event): boolean {
  return (event.target as HTMLInputElement).checked;
}
