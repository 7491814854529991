import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading's place in the form's own outline: 2 for the form's or the page's heading, 3 for a section, 4 for a part
 * of one. The form's `heading-level` says which level rank 2 is written at, so that the form's headings continue the
 * portal's outline (WCAG 1.3.1); a rank keeps its look at every level, as the class `heading-<rank>` styles it.
 */
export type HeadingRank = 2 | 3 | 4;

export interface HeadingAttributes {
  readonly id?: string;
  /** Classes besides `heading-<rank>`. */
  readonly class?: string;
  /** Focus is moved to it (`tabindex="-1"`): a page's heading, where reading starts. */
  readonly focusable?: boolean;
}

/** Writes a heading of a rank at the level the form's `heading-level` gives it. */
export type Headings = (rank: HeadingRank, content: unknown, attributes?: HeadingAttributes) => TemplateResult;

/** The level of the form's own heading, `heading-level`: its rank 4 is then at most an `<h6>`. */
export type HeadingLevel = 1 | 2 | 3 | 4;
export const HEADING_LEVELS: readonly number[] = [1, 2, 3, 4] satisfies readonly HeadingLevel[];
export const DEFAULT_HEADING_LEVEL = 2;

/** `heading-level` as one of the levels, a number written as a string too; undefined when absent or not a level. */
export function headingLevelOf(value: unknown): number | undefined {
  const level = Number(value);
  return HEADING_LEVELS.includes(level) ? level : undefined;
}

type Tag = (content: unknown, className: string, id: string | typeof nothing, tabindex: string | typeof nothing) => TemplateResult;

// A template's tag cannot be bound in Lit, so each level has its own template.
const TAGS: readonly Tag[] = [
  (content, className, id, tabindex) => html`<h1 class=${className} id=${id} tabindex=${tabindex}>${content}</h1>`,
  (content, className, id, tabindex) => html`<h2 class=${className} id=${id} tabindex=${tabindex}>${content}</h2>`,
  (content, className, id, tabindex) => html`<h3 class=${className} id=${id} tabindex=${tabindex}>${content}</h3>`,
  (content, className, id, tabindex) => html`<h4 class=${className} id=${id} tabindex=${tabindex}>${content}</h4>`,
  (content, className, id, tabindex) => html`<h5 class=${className} id=${id} tabindex=${tabindex}>${content}</h5>`,
  (content, className, id, tabindex) => html`<h6 class=${className} id=${id} tabindex=${tabindex}>${content}</h6>`,
];

const written = new Map<number, Headings>();

/** The headings of a form whose rank 2 is written at `level`, one of `HEADING_LEVELS`. */
export function headingsAt(level: number): Headings {
  let headings = written.get(level);
  if (!headings) {
    headings = (rank, content, attributes = {}) => {
      const tag = TAGS[level + rank - 3] as Tag;
      const className = attributes.class ? `heading-${rank} ${attributes.class}` : `heading-${rank}`;
      return tag(content, className, attributes.id ?? nothing, attributes.focusable ? '-1' : nothing);
    };
    written.set(level, headings);
  }
  return headings;
}
