import { html, nothing, type TemplateResult } from 'lit';
import type { Headings } from './headings.js';
import type { Translate } from './texts.js';

export interface DraftNoticeOptions {
  /** The default sessionStorage (the browser tab) or the portal's own storage, which the text then does not name. */
  readonly storage: 'session' | 'portal';
  /** The citizen has asked to delete the answers and is asked to confirm. */
  readonly confirming: boolean;
  /** The storage could not be written: the citizen must not believe the answers are kept. */
  readonly failed: boolean;
  /** Nothing has been answered yet, so there is nothing to delete. */
  readonly empty: boolean;
  /** A kept draft has just been brought back: the notice says so first. */
  readonly restored?: boolean;
  /** On a page of questions: the restoration and the way to start over only, not the whole notice again. */
  readonly brief?: boolean;
  readonly headings: Headings;
  readonly onClear: () => void;
  readonly onConfirm: (confirmed: boolean) => void;
}

/**
 * The notice shown whenever drafts are kept: the answers are health data, so
 * the citizen is told plainly where they are kept, until when, and how to
 * delete them now. Deleting asks once more, since it cannot be undone.
 */
export function renderDraftNotice(t: Translate, options: DraftNoticeOptions): TemplateResult {
  // Nothing to delete, or nowhere it was kept: neither the offer nor the button.
  const clearable = !options.failed && !options.empty;
  return html`<div class="notice notice--info" part="draft-notice">
    ${options.brief ? nothing : options.headings(3, t('draftHeading'), { id: 'draft-heading', focusable: true })}
    ${options.restored ? html`<p><strong>${t('draftRestored')}</strong></p>` : nothing}
    ${options.brief
      ? nothing
      : html`<p>
          ${options.failed ? t('draftFailed') : t(options.storage === 'session' ? 'draftNotice' : 'draftNoticeAdapter')}${clearable ? ` ${t('draftClearLead')}` : nothing}
        </p>`}
    ${options.confirming
      ? html`<p id="draft-confirm"><strong>${t('draftConfirm')}</strong></p>
          <div class="button-row">
            <button type="button" class="button-secondary" id="draft-confirm-yes" aria-describedby="draft-confirm" @click=${() => options.onConfirm(true)}>
              ${t('draftConfirmYes')}
            </button>
            <button type="button" class="button-secondary" id="draft-confirm-no" aria-describedby="draft-confirm" @click=${() => options.onConfirm(false)}>${t('draftConfirmNo')}</button>
          </div>`
      : clearable
        ? html`<button type="button" class="button-secondary" id="draft-clear" @click=${options.onClear}>${t('draftClear')}</button>`
        : nothing}
  </div>`;
}
