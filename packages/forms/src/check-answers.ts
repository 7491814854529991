import { html, type TemplateResult } from 'lit';
import type { Headings } from './headings.js';
import { withoutColon } from './schema-wording.js';
import type { Translate } from './texts.js';

export interface CheckRow {
  /** The question's id: "Ændr" leads back to it. */
  readonly id: string;
  readonly label: string;
  /** As text, or a list of texts; undefined when unanswered. */
  readonly answer: string | readonly string[] | undefined;
}

export interface CheckSection {
  readonly title?: string | undefined;
  readonly rows: readonly CheckRow[];
}

/**
 * Check your answers, the GOV.UK pattern: every answer beside its question,
 * each with an "Ændr" link whose hidden text says what it changes, so that a
 * screen reader's list of links reads "Ændr Navn", not "Ændr" eleven times.
 * Answers are text bindings: what the citizen typed is never read as markup.
 * A section without a heading gives each of its questions one, its label, so
 * that no answer is read under the heading of the section before it. A label
 * that only repeats its heading is there for screen readers alone, as a list's
 * term; on screen the heading says it once.
 */
export function renderCheckAnswers(t: Translate, headings: Headings, sections: readonly CheckSection[], onChange: (id: string) => void): TemplateResult {
  const headed = sections.flatMap((section) => (section.title ? [section] : section.rows.map((row) => ({ title: withoutColon(row.label), rows: [row] }))));
  return html`<div class="check-answers" part="check-answers">
    ${headed.map(
      (section) => html`${headings(3, section.title)}
        <dl class="summary-list">
          ${section.rows.map(
            (row) => html`<div class="summary-list__row">
              <dt class=${withoutColon(row.label) === section.title ? 'visually-hidden' : ''}>${row.label}</dt>
              <dd>${renderAnswer(t, row.answer)}</dd>
              <dd class="summary-list__action">
                <a
                  href="#${row.id}"
                  @click=${(event: Event) => {
                    event.preventDefault();
                    onChange(row.id);
                  }}
                  >${t('change')}<span class="visually-hidden"> ${withoutColon(row.label)}</span></a
                >
              </dd>
            </div>`,
          )}
        </dl>`,
    )}
  </div>`;
}

function renderAnswer(t: Translate, answer: CheckRow['answer']): TemplateResult {
  if (answer === undefined || answer.length === 0) return html`<span class="not-answered">${t('notAnswered')}</span>`;
  if (typeof answer === 'string') return html`<span class="free-text">${answer}</span>`;
  return html`<ul>
    ${answer.map((line) => html`<li class="free-text">${line}</li>`)}
  </ul>`;
}
