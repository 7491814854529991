import { html, nothing, type TemplateResult } from 'lit';
import { enumTitle, fieldTitle, opsporingSchema, type OpsporingAnswers, type OpsporingImpairment } from '@rummelig/core';
import type { VisitationHandover } from '@rummelig/rules';
import type { Headings } from './headings.js';
import { shortImpairmentName } from './opsporing-errors.js';
import { renderWarnings } from './result-parts.js';
import type { Translate } from './texts.js';

type YesNoPath =
  | 'medicallyDocumented'
  | 'priorCompensationSchemes'
  | 'priorLimitation'
  | 'caseworker/citizenWantsVisitation'
  | 'caseworker/referToVisitation'
  | 'context/rehabilitationTeamScreened';

const YES_NO_ANSWERS: readonly YesNoPath[] = [
  'medicallyDocumented',
  'priorCompensationSchemes',
  'priorLimitation',
  'caseworker/citizenWantsVisitation',
  'caseworker/referToVisitation',
  'context/rehabilitationTeamScreened',
];

/**
 * "Fra opsporingen": everything the citizen said in step 1, as they said it,
 * beside the form the job broker fills. Free text is rendered as text, never
 * as markup. The job broker reads it here rather than asking again.
 */
export function renderHandoverPanel(handover: VisitationHandover, t: Translate, headings: Headings): TemplateResult {
  const { locale } = t;
  const { answers, result } = handover.opsporing;
  const impairments = answers.impairments ?? [];
  const elaboration = answers.impactDescription?.trim();
  return html`
    <section class="handover panel" part="handover" aria-labelledby="handover-heading">
      ${headings(3, t('handoverHeading'), { id: 'handover-heading' })}
      <p>${t('handoverIntro')}</p>
      ${headings(4, t('handoverImpairments'))}
      ${impairments.length === 0
        ? html`<p>${t('handoverNoImpairment')}</p>`
        : html`<ul>
            ${impairments.map(
              (impairment) =>
                html`<li>
                  ${shortImpairmentName(impairment.type, locale)}${impairment.description ? html`: ${impairment.description}` : nothing}
                  – ${impactWords(impairment.impact, t)}${impairment.score === undefined ? nothing : html` (${impairment.score} ${t('score')})`}
                </li>`,
            )}
          </ul>`}
      ${elaboration ? html`${headings(4, t('handoverElaboration'))}<p class="free-text">${elaboration}</p>` : nothing}
      ${headings(4, t('handoverAnswers'))}
      <dl>
        ${YES_NO_ANSWERS.map(
          (path) => html`<dt>${fieldTitle(opsporingSchema, path, locale)}</dt><dd>${yesNoText(yesNoAnswer(answers, path), t)}</dd>`,
        )}
        ${answers.context?.benefit
          ? html`<dt>${fieldTitle(opsporingSchema, 'context/benefit', locale)}</dt>
              <dd>${enumTitle(opsporingSchema, 'context/benefit', answers.context.benefit, locale)}</dd>`
          : nothing}
      </dl>
      ${headings(4, t('handoverResult'))}
      <p>${result.explanation[locale]}</p>
      ${renderWarnings(handover.warnings, locale, headings, t('warningsHeading'), 'handover-warnings')}
    </section>
  `;
}

function yesNoAnswer(answers: OpsporingAnswers, path: YesNoPath): boolean | undefined {
  switch (path) {
    case 'caseworker/citizenWantsVisitation':
      return answers.caseworker?.citizenWantsVisitation;
    case 'caseworker/referToVisitation':
      return answers.caseworker?.referToVisitation;
    case 'context/rehabilitationTeamScreened':
      return answers.context?.rehabilitationTeamScreened;
    default:
      return answers[path];
  }
}

function yesNoText(value: boolean | undefined, t: Translate): string {
  if (value === undefined) return t('notAnswered');
  return value ? t('yes') : t('no');
}

/** "lille (1-3) betydning", and "ingen betydning" as the schema says it, not "ingen betydning betydning". */
function impactWords(impact: OpsporingImpairment['impact'], t: Translate): string {
  const title = enumTitle(opsporingSchema, 'impairments/impact', impact, t.locale).toLowerCase();
  return impact === 'none' ? title : `${title} ${t('effect')}`;
}
