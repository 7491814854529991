/// <reference types="mocha" />
import { fixture, html, oneEvent } from '@open-wc/testing';
import type { OpsporingAnswers } from '@rummelig/core';
import type { VisitationHandover } from '@rummelig/rules';
import { $ } from './browser-test-helpers.js';
import type { RummeligOpsporing } from './opsporing-form.js';
// Apart from the helpers every test shares: a test of a single-form bundle must not load the file with every form.
import { handOverToVisitation } from '../dist/rummelig-forms.js';

/** Step 1 as the caseworker completes it in the same bundle, then the hand-over a portal makes of it. */
export async function handoverFrom(answers: OpsporingAnswers): Promise<VisitationHandover> {
  const opsporing = await fixture<RummeligOpsporing>(html`<rummelig-opsporing mode="caseworker"></rummelig-opsporing>`);
  opsporing.answers = answers;
  await opsporing.updateComplete;
  const submitted = oneEvent(opsporing, 'rummelig-submit');
  $(opsporing, '[part="submit"]').click();
  const { detail } = await submitted;
  if (detail.answers.form !== 'opsporing' || detail.result.ruleSet !== 'opsporing') throw new Error('not an opsporing submit');
  return handOverToVisitation(detail.answers, detail.result as Parameters<typeof handOverToVisitation>[1]);
}
