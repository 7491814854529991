import { html, nothing, type TemplateResult } from 'lit';
import type { Headings } from './headings.js';

export interface ResultSection {
  readonly heading: string;
  readonly content: TemplateResult | string;
}

export interface ResultPageOptions {
  readonly heading: string;
  readonly headings: Headings;
  /** Shown under the heading, before the sections, e.g. the decision of a job broker. */
  readonly lead?: TemplateResult | typeof nothing;
  readonly sections: readonly (ResultSection | false | undefined)[];
  readonly editLabel: string;
  readonly disabled: boolean;
  readonly onEdit: () => void;
}

/**
 * The result page every form ends on: a heading that takes focus, then one
 * section per question a citizen has at this point (what does it mean, what
 * happens now, who decides, whom to ask), each under its own heading so that
 * a screen reader's list of headings is the page's table of contents.
 */
export function renderResultPage(options: ResultPageOptions): TemplateResult {
  return html`
    <section class="result" part="result" aria-labelledby="result-heading">
      ${options.headings(2, options.heading, { id: 'result-heading', focusable: true })}
      ${options.lead ?? nothing}
      ${options.sections.map((section) => (section ? html`${options.headings(3, section.heading)}${section.content}` : nothing))}
      <button class="button-secondary" type="button" ?disabled=${options.disabled} @click=${options.onEdit}>${options.editLabel}</button>
    </section>
  `;
}
