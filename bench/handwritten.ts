import { isPresent, presentCount } from '../packages/rules/src/operators.js';
import type { Facts } from '../packages/rules/src/compile-conditions.js';
import type { Stage } from '../packages/rules/src/stages.js';
import { aidsFires, icebreakerFires, mentorFires, personalAssistanceFires, priorityAccessFires } from './handwritten-schemes.js';

/**
 * The rule sets written by hand as plain functions: the limit the compiled
 * evaluator is measured against. Each returns the names of the rules that
 * fire, as the JSON does; the benchmark checks that on every document before
 * it times anything, so the two cannot drift apart unnoticed.
 */

type Row = Readonly<Record<string, unknown>> | undefined;
const IMPACT = ['small', 'medium', 'large'];

export function opsporingFires(facts: Facts, stage: Stage): string[] {
  if (stage === 'assessment') return [];
  const fired: string[] = [];
  const context = facts['context'] as Row;
  const caseworker = facts['caseworker'] as Row;
  const impairments = facts['impairments'] as readonly Row[] | undefined;
  const noImpairment = facts['noImpairment'];
  const wants = caseworker?.['citizenWantsVisitation'];
  const refer = caseworker?.['referToVisitation'];
  let someImpact = false;
  let everyNone = true;
  let someOther = false;
  for (const row of impairments ?? []) {
    if (IMPACT.includes(row?.['impact'] as string)) someImpact = true;
    if (row?.['impact'] !== 'none') everyNone = false;
    if (row?.['type'] === 'other') someOther = true;
  }
  if (context?.['rehabilitationTeamScreened'] === true) fired.push('skip-to-visitation');
  if (someImpact) fired.push('a-met');
  if (noImpairment === true || (isPresent(impairments) && everyNone)) fired.push('a-not-met');
  if (wants === true) fired.push('b-met');
  if (wants === false) fired.push('b-not-met');
  if (facts['priorCompensationSchemes'] === true) fired.push('c-met');
  if (facts['priorCompensationSchemes'] === false) fired.push('c-not-met');
  if (facts['priorLimitation'] === true) fired.push('d-met');
  if (facts['priorLimitation'] === false) fired.push('d-not-met');
  if (refer === true) fired.push('decision-refer');
  if (refer === false) fired.push('decision-do-not-refer');
  if (!isPresent(impairments) && noImpairment !== true) fired.push('missing-impairments');
  if (someImpact && !isPresent(facts['impactDescription'])) fired.push('missing-impact-description');
  if (someOther) fired.push('missing-other-description');
  if (noImpairment !== true && !isPresent(facts['medicallyDocumented'])) fired.push('missing-medically-documented');
  if (noImpairment !== true && !isPresent(facts['priorCompensationSchemes'])) fired.push('missing-prior-compensation-schemes');
  if (noImpairment !== true && !isPresent(facts['priorLimitation'])) fired.push('missing-prior-limitation');
  if (!isPresent(wants)) fired.push('missing-citizen-wants-visitation');
  if (!isPresent(refer)) fired.push('missing-refer-to-visitation');
  return fired;
}

export function visitationFires(facts: Facts, stage: Stage): string[] {
  return stage === 'answers' ? visitationAnswers(facts) : visitationAssessment(facts);
}

function visitationAnswers(facts: Facts): string[] {
  const fired: string[] = [];
  const impairments = facts['impairments'] as Row;
  const dialogue = facts['dialogue'] as Row;
  const decision = facts['decision'] as Row;
  const dimension = (facts['options'] as Row)?.['impactDimension'];
  const past = facts['impactPast'];
  const future = facts['impactFuture'];
  const pastImpact = IMPACT.includes(past as string);
  const futureImpact = IMPACT.includes(future as string);
  const primary = isPresent(impairments?.['primary']);
  const prospects = facts['prospectsCitizen'];
  const motivated = facts['motivated'];
  const refer = decision?.['referToProgramme'];
  if (primary) fired.push('a-met');
  if (dimension === 'either' && (pastImpact || futureImpact)) fired.push('b-either-met');
  if (dimension === 'either' && past === 'none' && future === 'none') fired.push('b-either-not-met');
  if (dimension === 'future' && futureImpact) fired.push('b-future-met');
  if (dimension === 'future' && future === 'none') fired.push('b-future-not-met');
  if (dimension === 'both' && pastImpact && futureImpact) fired.push('b-both-met');
  if (dimension === 'both' && (past === 'none' || future === 'none')) fired.push('b-both-not-met');
  if (facts['hkoNeededNow'] === true) fired.push('c-met');
  if (facts['hkoNeededNow'] === false) fired.push('c-not-met');
  const poor = prospects === 'very-poor' || prospects === 'poor';
  if (poor) fired.push('d-met');
  if (prospects === 'some' || prospects === 'good' || prospects === 'very-good') fired.push('d-not-met');
  if (motivated === true) fired.push('e-met');
  if (motivated === false) fired.push('e-not-met');
  if (refer === true) fired.push('decision-visit');
  if (refer === false) fired.push('decision-do-not-visit');
  if (poor) fired.push('risk-of-long-term-unemployment');
  if (!isPresent(dialogue?.['experience'])) fired.push('missing-dialogue-experience');
  if (!isPresent(dialogue?.['jobFunctions'])) fired.push('missing-dialogue-jobFunctions');
  if (!isPresent(dialogue?.['impairment'])) fired.push('missing-dialogue-impairment');
  if (!isPresent(dialogue?.['supportAndStartConditions'])) fired.push('missing-dialogue-supportAndStartConditions');
  if (presentCount(dialogue?.['goals']) < 3) fired.push('missing-dialogue-goals');
  if (!primary) fired.push('missing-primary-impairment');
  if (!isPresent(past)) fired.push('missing-impactPast');
  if (!isPresent(future)) fired.push('missing-impactFuture');
  if (!isPresent(facts['hkoNeededBefore'])) fired.push('missing-hkoNeededBefore');
  if (!isPresent(facts['hkoNeededNow'])) fired.push('missing-hkoNeededNow');
  if (!isPresent(prospects)) fired.push('missing-prospectsCitizen');
  if (!isPresent(facts['prospectsJobformidler'])) fired.push('missing-prospectsJobformidler');
  if (motivated === false && !isPresent(facts['reinviteLater'])) fired.push('missing-reinvite-later');
  if (!isPresent(refer)) fired.push('missing-refer-to-programme');
  return fired;
}

function visitationAssessment(facts: Facts): string[] {
  const fired: string[] = [];
  const assessment = facts['assessment'] as Row;
  const decided = assessment?.['decision'];
  const recommendation = assessment?.['recommendation'];
  const targetGroup = (assessment?.['groups'] as Row)?.['targetGroup'];
  const departs =
    (decided === 'visit' && recommendation !== 'visit') ||
    (decided === 'do-not-visit' && (recommendation === 'visit' || recommendation === 'undetermined'));
  const noReason = !isPresent((facts['decision'] as Row)?.['reason']);
  if (!isPresent(facts['motivated']) && targetGroup !== 'not-met') fired.push('missing-motivated');
  if (departs && noReason) fired.push('missing-decision-reason', 'decision-without-reason');
  if (decided === 'visit' && targetGroup === 'not-met') fired.push('decision-without-required-criteria');
  if (decided === 'visit' && recommendation === 'undetermined') fired.push('decision-with-unknown-criteria');
  if (decided === 'visit' && recommendation === 're-invite-later') fired.push('decision-without-motivation');
  if (recommendation === 're-invite-later' && facts['reinviteLater'] === false) fired.push('no-reinvitation');
  return fired;
}

export const HANDWRITTEN: Readonly<Record<string, (facts: Facts, stage: Stage) => string[]>> = {
  opsporing: opsporingFires,
  visitation: visitationFires,
  'personlig-assistance': personalAssistanceFires,
  hjaelpemidler: aidsFires,
  isbryder: icebreakerFires,
  fortrinsadgang: priorityAccessFires,
  mentor: mentorFires,
};
