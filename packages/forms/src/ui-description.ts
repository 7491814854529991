import type { TemplateResult } from 'lit';
import type { FieldBase } from './field-parts.js';
import type { Headings } from './headings.js';
import type { Translate } from './texts.js';

/**
 * The small UI description a form is laid out by: sections of questions,
 * named by id. The questions themselves (label, hint, allowed answers) come
 * from the JSON Schema; the description says only in which order they come,
 * how they are grouped and which share a page. A municipality gives its own
 * through the element's `ui` property to reorder questions, or to hide the
 * optional ones, without forking; `<field>.label` and `<field>.hint` in the
 * `texts` property reword them.
 */
export interface UiSection {
  /** The section's id; in the steps flow also the id of its page when its questions share one. */
  readonly id: string;
  /** The text key of the section's heading (its legend), if it has one. */
  readonly title?: string;
  /** The text key of a help text under the heading. */
  readonly hint?: string;
  /** The CSS part of the section, for portals to style it. */
  readonly part?: string;
  /** The questions by id, in order. */
  readonly questions: readonly string[];
  /** In the steps flow: the questions share one page (true) or each has its own (the default). */
  readonly together?: boolean;
  /** Set apart as a grey panel, as the section only the caseworker fills in is. */
  readonly panel?: boolean;
}

export interface UiDescription {
  readonly sections: readonly UiSection[];
}

/** A municipality's layout: its own sections, or the default ones with some optional questions hidden. */
export interface UiConfig {
  readonly sections?: readonly UiSection[];
  /** Optional questions to leave out. */
  readonly hide?: readonly string[];
}

export type UiProblemCode = 'unknown-question' | 'duplicate-question' | 'required-question-missing' | 'not-a-list';

/** Why a UI configuration was not used; `question` names the id concerned. */
export interface UiProblem {
  readonly code: UiProblemCode;
  readonly question: string;
  readonly message: string;
}

export interface ResolvedUi {
  readonly ui: UiDescription;
  /** Empty when the configuration was used; otherwise the default layout is used and these say why. */
  readonly problems: readonly UiProblem[];
}

/**
 * The layout to use: the configuration when it keeps every required question
 * exactly once and names no unknown one, the default otherwise, so that a
 * wrong configuration never loses a question the rules need.
 */
export function resolveUi(defaults: UiDescription, config: UiConfig | null | undefined, questions: QuestionCatalogue<never>): ResolvedUi {
  if (!config) return { ui: defaults, problems: [] };
  const problems: UiProblem[] = [];
  const problem = (code: UiProblemCode, question: string, message: string) => problems.push({ code, question, message });
  const sections = config.sections ?? defaults.sections;
  const hide = config.hide ?? [];
  if (!Array.isArray(sections) || !Array.isArray(hide) || sections.some((section) => !Array.isArray(section?.questions))) {
    problem('not-a-list', '', 'ui.sections must list sections of question lists, ui.hide question ids.');
    return { ui: defaults, problems };
  }
  const seen = new Set<string>();
  for (const id of [...sections.flatMap((section) => section.questions), ...hide]) {
    if (!Object.hasOwn(questions, id)) problem('unknown-question', id, `"${id}" is not a question of this form.`);
  }
  for (const id of sections.flatMap((section) => section.questions)) {
    if (seen.has(id)) problem('duplicate-question', id, `"${id}" appears more than once.`);
    seen.add(id);
  }
  for (const [id, question] of Object.entries(questions)) {
    const hidden = hide.includes(id) || !seen.has(id);
    if (hidden && !question.optional) problem('required-question-missing', id, `"${id}" is required by the rules and cannot be left out or hidden.`);
  }
  if (problems.length > 0) return { ui: defaults, problems };
  return { ui: { sections: sections.map((section) => ({ ...section, questions: section.questions.filter((id: string) => !hide.includes(id)) })) }, problems };
}

/** How a question's change is told: see `QuestionContext.change`. */
export interface ChangeOptions {
  /** The change is a keystroke: what it changed is said once typing pauses, judged over the whole run of keystrokes. */
  readonly typing?: boolean;
}

/** What a question renders with. */
export interface QuestionContext<D> {
  /** The draft as rendered; a change reads the draft as it is when the change happens, through `change`. */
  readonly draft: D;
  readonly t: Translate;
  /** `citizen`, or the mode the element is in, such as `caseworker`. */
  readonly mode: string;
  /** The question is alone on its page: its label or legend is the page's heading. */
  readonly asHeading: boolean;
  /** The form's headings, at the level its `heading-level` says: `headings(3, text)` for a section's. */
  readonly headings: Headings;
  /** The id, error and error prefix of one of the question's fields. */
  field(id: string): FieldBase;
  /**
   * Every change goes through here, as a function of the draft as it is then
   * (two events can come before the next render); the announcement, made
   * from the drafts before and after the change, is read by screen readers.
   */
  change(update: (draft: D) => D, announce?: (before: D, after: D) => string, options?: ChangeOptions): void;
}

/**
 * One question of a form: what the building blocks render, what
 * check-your-answers shows, and which errors are its own. A third form is
 * made of these as the two screening forms are.
 */
export interface Question<D> {
  /** May be left out by the municipality's `ui` configuration. */
  readonly optional?: boolean;
  /** Asked only in this mode of the element, e.g. `caseworker`. */
  readonly mode?: string;
  /** Asked only while this holds for the draft, e.g. for a scheme the citizen chose; always when absent. */
  readonly asked?: (draft: D) => boolean;
  /** The field ids whose errors belong to the question; its own id when absent. */
  readonly owns?: (field: string) => boolean;
  /** The question's short label, for check-your-answers and for the page it is alone on. */
  label(t: Translate): string;
  render(context: QuestionContext<D>): TemplateResult;
  /** The answer as check-your-answers shows it, as text (never markup); undefined when unanswered. */
  answer(context: QuestionContext<D>): string | readonly string[] | undefined;
}

export type QuestionCatalogue<D> = Readonly<Record<string, Question<D>>>;

/** Does the question show the errors of this field? */
export function owns(question: Question<never>, id: string, field: string): boolean {
  return question.owns ? question.owns(field) : field === id;
}
