import { isIsoDate } from '@rummelig/core';
import { isPresent } from '../packages/rules/src/operators.js';
import type { Facts } from '../packages/rules/src/compile-conditions.js';
import type { Stage } from '../packages/rules/src/stages.js';

/**
 * The five schemes' rule sets by hand, as plain functions: the limit the
 * compiled evaluator is measured against. They read the same facts,
 * including the `parameters` and `figures` facts, and return the names of the
 * rules that fire; the benchmark checks them on every document first.
 */

type Group = Readonly<Record<string, unknown>> | undefined;
const WORK = ['unemployed', 'employed', 'self-employed', 'flexjob', 'subsidised-job', 'work-trial', 'continuing-education'];
const isNumber = (value: unknown): value is number => typeof value === 'number';
const yesNo = (fired: string[], name: string, value: unknown, metWhen = true): void => {
  if (value === metWhen) fired.push(`${name}-met`);
  else if (value === !metWhen) fired.push(`${name}-not-met`);
};
const missingIfAbsent = (fired: string[], path: string, value: unknown): void => {
  if (!isPresent(value)) fired.push(`missing-${path}`);
};

export function personalAssistanceFires(facts: Facts, stage: Stage): string[] {
  if (stage === 'assessment') return [];
  const fired: string[] = [];
  const situation = facts['situation'];
  const weekly = facts['weeklyHours'];
  const impairment = facts['impairment'] as Group;
  const assistance = facts['personalAssistance'] as Group;
  const cap = (facts['figures'] as Group)?.['standardMaxWeeklyHours'];
  const needed = assistance?.['neededHoursPerWeek'];
  const special = assistance?.['specialFullTimeCase'];
  const sps = assistance?.['entitledToSps'];
  const withinCap = isNumber(needed) && isNumber(cap) && needed <= cap;
  const aboveCap = isNumber(needed) && isNumber(cap) && needed > cap;
  const withinWeek = isNumber(needed) && isNumber(weekly) && needed <= weekly;
  const aboveWeek = isNumber(needed) && isNumber(weekly) && needed > weekly;
  if (WORK.includes(situation as string)) fired.push('situation-met');
  if (situation === 'ordinary-education') fired.push('situation-not-met');
  const furtherEducation = situation === 'continuing-education';
  if ((isPresent(situation) && !furtherEducation) || (furtherEducation && sps === false)) fired.push('sps-met');
  if (furtherEducation && sps === true) fired.push('sps-not-met');
  yesNo(fired, 'long-lasting', impairment?.['longLasting']);
  yesNo(fired, 'significant', impairment?.['significant']);
  yesNo(fired, 'core-tasks', assistance?.['coreTasksSelf']);
  if (withinCap || (special === true && withinWeek)) fired.push('hours-met');
  if (aboveWeek || (aboveCap && special === false)) fired.push('hours-not-met');
  if (aboveCap && special === true && withinWeek) fired.push('above-standard-hours');
  missingIfAbsent(fired, 'situation', situation);
  missingIfAbsent(fired, 'weeklyHours', weekly);
  missingIfAbsent(fired, 'impairment.longLasting', impairment?.['longLasting']);
  missingIfAbsent(fired, 'impairment.significant', impairment?.['significant']);
  missingIfAbsent(fired, 'personalAssistance.neededHoursPerWeek', needed);
  missingIfAbsent(fired, 'personalAssistance.coreTasksSelf', assistance?.['coreTasksSelf']);
  if (furtherEducation) missingIfAbsent(fired, 'personalAssistance.entitledToSps', sps);
  if (aboveCap && withinWeek) missingIfAbsent(fired, 'personalAssistance.specialFullTimeCase', special);
  return fired;
}

export function aidsFires(facts: Facts, stage: Stage): string[] {
  if (stage === 'assessment') return [];
  const fired: string[] = [];
  const situation = facts['situation'];
  const impairment = facts['impairment'] as Group;
  const aid = facts['aid'] as Group;
  if (WORK.includes(situation as string)) fired.push('situation-met');
  if (situation === 'ordinary-education') fired.push('situation-not-met');
  yesNo(fired, 'long-lasting', impairment?.['longLasting']);
  yesNo(fired, 'not-customary', aid?.['customary'], false);
  yesNo(fired, 'beyond-employer-duty', aid?.['beyondEmployerDuty']);
  yesNo(fired, 'decisive', aid?.['decisive']);
  yesNo(fired, 'compensates', aid?.['compensates']);
  missingIfAbsent(fired, 'situation', situation);
  missingIfAbsent(fired, 'impairment.longLasting', impairment?.['longLasting']);
  for (const name of ['kind', 'customary', 'beyondEmployerDuty', 'decisive', 'compensates']) missingIfAbsent(fired, `aid.${name}`, aid?.[name]);
  return fired;
}

export function icebreakerFires(facts: Facts, stage: Stage): string[] {
  if (stage === 'assessment') return [];
  const fired: string[] = [];
  const impairment = facts['impairment'] as Group;
  const education = facts['education'] as Group;
  const isbryder = facts['isbryder'] as Group;
  const parameters = facts['parameters'] as Group;
  const figures = facts['figures'] as Group;
  const months = education?.['months'];
  const minimum = parameters?.['isbryderMinEducationMonths'];
  const duration = isbryder?.['durationMonths'];
  const maximum = parameters?.['isbryderMaxDurationMonths'];
  const start = figures?.['start'];
  const latest = figures?.['latestStart'];
  const completed = education?.['completedOn'];
  const dates = isIsoDate(start) && isIsoDate(latest);
  if (isNumber(months) && isNumber(minimum) && months >= minimum) fired.push('education-length-met');
  if (isNumber(months) && isNumber(minimum) && months < minimum) fired.push('education-length-not-met');
  yesNo(fired, 'unemployment-insurance', education?.['unemploymentInsuranceQualifying']);
  yesNo(fired, 'no-experience', education?.['experienceInField'], false);
  if (dates && start <= latest) fired.push('within-two-years-met');
  if (dates && start > latest) fired.push('within-two-years-not-met');
  if (isNumber(duration) && isNumber(maximum) && duration <= maximum) fired.push('duration-met');
  if (isNumber(duration) && isNumber(maximum) && duration > maximum) fired.push('duration-not-met');
  yesNo(fired, 'not-last-employer', isbryder?.['employerIsLastEmployer'], false);
  yesNo(fired, 'long-lasting', impairment?.['longLasting']);
  if (isIsoDate(completed) && isIsoDate(start) && completed > start) fired.push('start-before-completion');
  if (isbryder?.['employerSector'] !== 'public') fired.push('report-aid-intensity-cap');
  missingIfAbsent(fired, 'impairment.longLasting', impairment?.['longLasting']);
  for (const name of ['months', 'unemploymentInsuranceQualifying', 'completedOn', 'experienceInField']) missingIfAbsent(fired, `education.${name}`, education?.[name]);
  for (const name of ['durationMonths', 'employerIsLastEmployer', 'employerSector']) missingIfAbsent(fired, `isbryder.${name}`, isbryder?.[name]);
  return fired;
}

export function priorityAccessFires(facts: Facts, stage: Stage): string[] {
  if (stage === 'assessment') return [];
  const fired: string[] = [];
  const impairment = facts['impairment'] as Group;
  const access = facts['fortrinsadgang'] as Group;
  const referred = access?.['referredByJobcentre'];
  const invoked = access?.['invokedByApplicant'];
  const formal = access?.['meetsFormalRequirements'];
  yesNo(fired, 'self-assessed', impairment?.['selfAssessedDifficulty']);
  yesNo(fired, 'public-employer', access?.['employerIsPublic']);
  yesNo(fired, 'not-filled-internally', access?.['filledInternally'], false);
  if (referred === true) fired.push('route-referred');
  if (invoked === true && formal === true) fired.push('route-invoked');
  if (referred === false && (invoked === false || formal === false)) fired.push('route-not-met');
  missingIfAbsent(fired, 'impairment.selfAssessedDifficulty', impairment?.['selfAssessedDifficulty']);
  for (const name of ['employerIsPublic', 'filledInternally', 'referredByJobcentre']) missingIfAbsent(fired, `fortrinsadgang.${name}`, access?.[name]);
  if (referred !== true) {
    missingIfAbsent(fired, 'fortrinsadgang.invokedByApplicant', invoked);
    missingIfAbsent(fired, 'fortrinsadgang.meetsFormalRequirements', formal);
  }
  return fired;
}

export function mentorFires(facts: Facts, stage: Stage): string[] {
  if (stage === 'assessment') return [];
  const fired: string[] = [];
  const mentor = facts['mentor'] as Group;
  const months = mentor?.['requestedMonths'];
  const maximum = (facts['parameters'] as Group)?.['mentorMaxMonthsPerPeriod'];
  const discharge = mentor?.['psychiatricDischarge'];
  if (isNumber(months) && isNumber(maximum) && months <= maximum) fired.push('period-met');
  if (isNumber(months) && isNumber(maximum) && months > maximum) fired.push('period-not-met');
  yesNo(fired, 'psychiatric-discharge', discharge);
  if (discharge === true) fired.push('report-discharge-months-before', 'report-discharge-minimum-months');
  missingIfAbsent(fired, 'mentor.requestedMonths', months);
  missingIfAbsent(fired, 'mentor.psychiatricDischarge', discharge);
  return fired;
}
