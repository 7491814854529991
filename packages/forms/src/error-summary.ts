import { html, nothing, type TemplateResult } from 'lit';
import { renderContact, type MunicipalContact } from './contact.js';
import type { HeadingRank, Headings } from './headings.js';
import type { FieldError } from './opsporing-errors.js';
import type { Translate } from './texts.js';

export interface ErrorSummaryOptions {
  readonly title: string;
  readonly headings: Headings;
  /** 3 under the form's own heading (the single page, the introduction), 2 above a page's heading. */
  readonly rank: HeadingRank;
  /** Just sent: the summary is read out. Once the citizen fixes an error it is not, or it would be read whole again. */
  readonly alert: boolean;
  readonly errors: readonly FieldError[];
  /** Moves focus to the field; the links' own jump would look for the id outside the shadow root. */
  readonly onFollow: (field: string) => void;
}

/**
 * The GOV.UK and DKFDS error summary: a heading, then one link per problem,
 * worded as by the field. The element moves focus here after a failed submit;
 * `role="alert"` sits inside, because JAWS does not read a focused alert whole.
 */
export function renderErrorSummary({ title, headings, rank, alert, errors, onFollow }: ErrorSummaryOptions): TemplateResult {
  return html`
    <div class="error-summary" part="error-summary" id="error-summary" tabindex="-1">
      <div role=${alert ? 'alert' : nothing}>
        ${headings(rank, title, { class: 'error-summary__title' })}
        <ul>
          ${errors.map(
            ({ field, message }) =>
              html`<li>
                <a
                  href="#${field}"
                  @click=${(event: Event) => {
                    event.preventDefault();
                    onFollow(field);
                  }}
                  >${message}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>
  `;
}

/**
 * In the error summary's place and manner, since the citizen must notice it as they would an error: no result can be
 * computed (the portal set a wrong `as-of`). Plain words that it is not the citizen's mistake and that nothing is lost;
 * the technical reason is the portal developer's, in the console. `upFront`: said before the citizen sends, where they
 * begin and where they check their answers, so that nobody answers every question to learn it at the end; not an alert
 * then, as nothing has just happened.
 */
export function renderUnavailable(t: Translate, headings: Headings, rank: HeadingRank, contact: MunicipalContact | null | undefined, upFront = false): TemplateResult {
  const content = html`${headings(rank, t('unavailableHeading'), { class: 'error-summary__title' })}
    <p>${t(upFront ? 'unavailableNotice' : 'unavailableText')}</p>`;
  return html`
    <div class="error-summary" part="error-summary" id=${upFront ? 'unavailable-notice' : 'error-summary'} tabindex="-1">
      ${upFront ? content : html`<div role="alert">${content}</div>`} ${renderContact(t, contact)}
    </div>
  `;
}
