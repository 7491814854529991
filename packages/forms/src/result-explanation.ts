import { html, nothing, type TemplateResult } from 'lit';

export interface ResultSection {
  readonly heading: string;
  readonly content: TemplateResult | string;
}

export interface ResultPageOptions {
  readonly heading: string;
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
      <h2 id="result-heading" tabindex="-1">${options.heading}</h2>
      ${options.lead ?? nothing}
      ${options.sections.map((section) => (section ? html`<h3>${section.heading}</h3>${section.content}` : nothing))}
      <button class="button-secondary" type="button" ?disabled=${options.disabled} @click=${options.onEdit}>${options.editLabel}</button>
    </section>
  `;
}
