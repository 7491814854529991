import { html, type TemplateResult } from 'lit';
import type { EvaluationResult } from '@rummelig/rules';
import { renderContact, type MunicipalContact } from './contact.js';
import type { FormMode } from './opsporing-errors.js';
import { renderResultPage } from './result-explanation.js';
import type { Headings } from './headings.js';
import { meaningSection } from './result-parts.js';
import type { Translate } from './texts.js';

export interface ResultPanelOptions {
  readonly result: EvaluationResult<'opsporing'>;
  readonly t: Translate;
  readonly headings: Headings;
  readonly mode: FormMode;
  readonly contact: MunicipalContact | null | undefined;
  readonly disabled: boolean;
  readonly onEdit: () => void;
}

/**
 * Step 1's result in plain Danish. For the citizen: what the answers mean,
 * what happens now, that the caseworker (and later the job broker) decides,
 * and whom to ask. For the caseworker: the same assessment with the rule
 * set's warnings, and the hand-over to do next.
 */
export function renderResultPanel({ result, t, headings, mode, contact, disabled, onEdit }: ResultPanelOptions): TemplateResult {
  const citizen = mode === 'citizen';
  // The citizen's form does not ask "Udfyldes af sagsbehandler": the rules' "Der mangler endnu svar" would tell them
  // that they left something out. The result itself is unchanged, for the portal and the caseworker.
  const caseworkerCompletes = citizen && result.missing.length > 0 && result.missing.every((path) => path.startsWith('caseworker.'));
  return renderResultPage({
    heading: t(citizen ? 'resultHeading' : 'caseworkerResultHeading'),
    headings,
    sections: [
      caseworkerCompletes ? meaningSection(result, t, headings, t('caseworkerCompletes')) : meaningSection(result, t, headings),
      { heading: t('nextHeading'), content: html`<p>${t(citizen ? `next.${result.recommendation}` : 'next.caseworker')}</p>` },
      citizen && {
        heading: t('decidesHeading'),
        content: html`<p>${t('caseworkerDecides')}</p>
          <p>${t('onlyAnOffer')}</p>
          <p>${t('jobBrokerDecides')}</p>`,
      },
      citizen && { heading: t('contactHeading'), content: html`${renderContact(t, contact)}<slot name="contact"></slot>` },
    ],
    editLabel: t('edit'),
    disabled,
    onEdit,
  });
}
