// A vendor's case system evaluating a screening through the typed API.
import { validateOpsporing } from '@rummelig/core';
import { evaluate, type EvaluationResult } from '@rummelig/rules';

const answers = {
  form: 'opsporing',
  formVersion: 1,
  impairments: [{ type: 'mobility', impact: 'medium' }],
  impactDescription: 'Jeg kan ikke stå op i længere tid.',
  caseworker: { citizenWantsVisitation: true, referToVisitation: true },
} as const;

export async function evaluateExample(): Promise<EvaluationResult<'opsporing'>> {
  const checked = validateOpsporing(answers);
  if (!checked.valid) throw new Error(checked.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return evaluate('opsporing', checked.value, { asOf: '2026-11-22' });
}
