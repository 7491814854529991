import { enumTitle, hkoSchema } from '@rummelig/core';
import { HKO_RULE_SET_IDS, type HkoRuleSetId } from '@rummelig/rules';
import { renderCheckboxGroup, renderRadioGroup, renderTextInput } from './field-parts.js';
import type { HkoCheckDraft } from './hko-check-draft.js';
import { askedByAny, ASKED_WHEN_MISSING, groupOf, QUESTIONS, type Question as HkoQuestion } from './hko-check-fields.js';
import { schemaWording } from './schema-wording.js';
import type { Translate } from './texts.js';
import type { Question, QuestionCatalogue, UiDescription, UiSection } from './ui-description.js';

/**
 * The check as sections: the choice of schemes, then the questions in the
 * schema's order, those of a group (`personalAssistance`) under its title
 * and on one page in the steps flow. Read from the schema, so a question
 * added there is asked here.
 */
export const HKO_CHECK_UI: UiDescription = {
  sections: [
    { id: 'choice', part: 'schemes', questions: ['schemes'] },
    ...QUESTIONS.reduce<UiSection[]>((sections, question) => {
      const group = groupOf(question.path);
      const last = sections.at(-1);
      const id = group ?? 'about-you';
      if (last?.id === id) return [...sections.slice(0, -1), { ...last, questions: [...last.questions, question.field] }];
      return [...sections, group ? { id, title: group, part: 'questions', questions: [question.field], together: true } : { id, part: 'questions', questions: [question.field] }];
    }, []),
  ],
};

const schemaPath = (question: HkoQuestion): string => question.path.replace(/\./g, '/');

const wording = schemaWording(hkoSchema);

function label(t: Translate, question: HkoQuestion): string {
  return wording.label(t, question.field, schemaPath(question));
}

/** A date's hint says how to write it, where the schema's description would say what it is. */
function hint(t: Translate, question: HkoQuestion): string | undefined {
  if (question.kind === 'date') return t.optional(`${question.field}.hint`) ?? t('dateHint');
  return wording.hint(t, question.field, schemaPath(question));
}

const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;

/** A raw answer as check-your-answers shows it. */
function answerText(t: Translate, question: HkoQuestion, raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (question.kind === 'yes-no') return (YES_NO_UNKNOWN as readonly string[]).includes(raw) ? t(raw) : undefined;
  if (question.kind === 'choice') return enumTitle(hkoSchema, schemaPath(question), raw, t.locale);
  return raw.trim();
}

function schemeQuestion(): Question<HkoCheckDraft> {
  const name = (t: Translate, id: HkoRuleSetId) => t(`scheme.${id}`);
  return {
    label: (t) => t('schemes.label'),
    render: (context) =>
      renderCheckboxGroup({
        ...context.field('schemes'),
        asHeading: context.asHeading,
        legend: context.t('schemes.label'),
        hint: context.t('schemes.hint'),
        options: HKO_RULE_SET_IDS.map((id) => ({ value: id, label: `${name(context.t, id)}: ${context.t(`scheme.${id}.what`)}` })),
        checked: context.draft.schemes,
        onToggle: (id, checked) =>
          context.change(
            (draft) => ({ ...draft, schemes: HKO_RULE_SET_IDS.filter((scheme) => (scheme === id ? checked : draft.schemes.includes(scheme))) }),
            // The questions further down change out of sight of a screen reader; it is told which choice changed them.
            () => context.t(checked ? 'questionsUpdated' : 'questionsUpdatedOff', { scheme: name(context.t, id) }),
          ),
      }),
    answer: (context) => (context.draft.schemes.length === 0 ? undefined : context.draft.schemes.map((id) => name(context.t, id))),
  };
}

function answerQuestion(question: HkoQuestion, missing: () => ReadonlySet<string>): Question<HkoCheckDraft> {
  const conditional = ASKED_WHEN_MISSING.includes(question.path);
  return {
    asked: (draft) => {
      if (!askedByAny(question, draft.schemes)) return false;
      const raw = draft.values[question.path];
      return !conditional || missing().has(question.path) || (raw !== undefined && raw !== 'unknown');
    },
    label: (t) => label(t, question),
    render: (context) => {
      const t = context.t;
      const base = { ...context.field(question.field), asHeading: context.asHeading, hint: hint(t, question) };
      const raw = context.draft.values[question.path];
      const set = (value: string) => context.change((draft) => ({ ...draft, values: { ...draft.values, [question.path]: value } }));
      switch (question.kind) {
        case 'yes-no':
          return renderRadioGroup({ ...base, legend: label(t, question), inline: true, options: YES_NO_UNKNOWN.map((value) => ({ value, label: t(value) })), value: raw, onChange: set });
        case 'choice':
          return renderRadioGroup({
            ...base,
            legend: label(t, question),
            options: ((question.schema.enum ?? []) as readonly string[]).map((value) => ({ value, label: enumTitle(hkoSchema, schemaPath(question), value, t.locale) })),
            value: raw,
            onChange: set,
          });
        case 'number':
        case 'date':
          return renderTextInput({ ...base, label: label(t, question), width: 'narrow', inputMode: question.kind === 'number' ? 'decimal' : 'text', value: raw, onInput: set });
      }
    },
    answer: (context) => answerText(context.t, question, context.draft.values[question.path]),
  };
}

/**
 * The check's questions by field id: the choice of schemes, and each answer
 * of the hko document, asked only for a chosen scheme, and a conditional one
 * (`ASKED_WHEN_MISSING`) only while a rule set lists it as missing.
 */
export function hkoCheckQuestions(missing: () => ReadonlySet<string>): QuestionCatalogue<HkoCheckDraft> {
  return Object.fromEntries([['schemes', schemeQuestion()], ...QUESTIONS.map((question) => [question.field, answerQuestion(question, missing)] as const)]);
}
