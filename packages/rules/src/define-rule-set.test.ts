import { RummeligError } from '@rummelig/core';
import { describe, expect, it } from 'vitest';
import { defineRuleSet, defineRuleSetVersions } from './define-rule-set.js';
import opsporingRules from './rule-sets/opsporing.rules.json';
import personligAssistanceRules from './rule-sets/personlig-assistance.rules.json';
import visitationRules from './rule-sets/visitation.rules.json';

type Edit = readonly [path: readonly (string | number)[], value: unknown];

/** A deep copy of rule-set data (the opsporing rule set unless told) with some values replaced (`undefined` deletes). */
function variantOf(data: unknown, ...edits: Edit[]): unknown {
  const json: unknown = structuredClone(data);
  for (const [path, value] of edits) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], json);
    const key = path.at(-1);
    if (typeof parent !== 'object' || parent === null || key === undefined) throw new Error(`no parent at ${path.join('.')}`);
    if (value === undefined) Reflect.deleteProperty(parent, key);
    else Reflect.set(parent, key, value);
  }
  return json;
}

const variant = (...edits: Edit[]): unknown => variantOf(opsporingRules, ...edits);

const conditionOfRule = (rule: number, key: string): (string | number)[] => ['rules', rule, 'conditions', 'all', 0, key];

function problemsOf(json: unknown): string[] {
  try {
    defineRuleSetVersions(json);
  } catch (error) {
    expect(error).toBeInstanceOf(RummeligError);
    if (!(error instanceof RummeligError)) throw error;
    expect(error.code).toBe('invalid-rule-set');
    const problems = error.details['problems'];
    if (!Array.isArray(problems)) throw new Error('details.problems must be a list');
    return problems.map(String);
  }
  throw new Error('expected defineRuleSetVersions to reject the data');
}

describe('defineRuleSet', () => {
  it('accepts the opsporing rule set, one definition per version, and freezes them', () => {
    const [first, second, ...more] = defineRuleSetVersions(opsporingRules);
    if (first === undefined || second === undefined) throw new Error('expected two versions');
    expect(more).toEqual([]);
    expect([first.version, first.validFrom, first.validTo]).toEqual(['1.0.0', '2018-01-01', '2026-01-31']);
    expect([second.version, second.validFrom, second.validTo]).toEqual(['2.0.0', '2026-02-01', null]);
    const definition = second;
    expect(definition.id).toBe('opsporing');
    expect(definition.criteria.map((criterion) => [criterion.id, criterion.role])).toEqual([
      ['a', 'required'],
      ['b', 'required'],
      ['c', 'supporting'],
      ['d', 'supporting'],
    ]);
    expect(Object.isFrozen(definition)).toBe(true);
    expect(Object.isFrozen(definition.rules[0]?.conditions)).toBe(true);
  });

  it('reads a dated term into the texts of each version', () => {
    const [before, after] = defineRuleSetVersions(opsporingRules);
    expect(before?.explanations['skip-to-visitation'].da).not.toContain('{');
    expect(before?.explanations['skip-to-visitation'].da).not.toContain('afskaffet');
    expect(after?.explanations['skip-to-visitation'].da).toContain('afskaffet for nye sager fra 1. februar 2026');
    expect(after?.explanations['skip-to-visitation'].en).toContain('abolished for new cases from 1 February 2026');
  });

  it('reads a file of one version with defineRuleSet, and refuses one of several', () => {
    const { versions: _versions, terms: _terms, ...shared } = visitationRules;
    const oneVersion = JSON.parse(JSON.stringify({ ...shared, version: '1.0.0', validFrom: '2018-01-01', validTo: null }).replaceAll('{authority}', 'jobcentret'));
    expect(defineRuleSet(oneVersion).version).toBe('1.0.0');
    expect(() => defineRuleSet(opsporingRules)).toThrow(/has 2 versions/);
  });

  it('cites a line range of the guide for every criterion', () => {
    for (const criterion of defineRuleSetVersions(opsporingRules).flatMap((definition) => definition.criteria)) {
      expect(criterion.source.title).toContain(`kriterie ${criterion.id}`);
      expect(criterion.source.ref).toMatch(/linje \d{4}/);
    }
  });

  it('rejects a non-object', () => {
    expect(problemsOf('opsporing')).toContain('rule set: expected an object');
  });

  it('reports every problem at once', () => {
    const problems = problemsOf(
      variant(
        [['versions', 0, 'validFrom'], '2018-02-30'],
        [conditionOfRule(1, 'operator'), 'matches'],
        [conditionOfRule(1, 'path'), '$..impact'],
        [conditionOfRule(3, 'fact'), 'caseWorker'],
        [['recommendations', 'met'], 'approve'],
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'versions[0].validFrom: expected a date YYYY-MM-DD',
        'rules[1].conditions.all[0].operator: "matches" is not an allowed operator',
        'rules[1].conditions.all[0].path: use "$" followed by ".name" and "[*]" only',
        'rules[3].conditions.all[0].fact: "caseWorker" is not a property of the answer document',
        'recommendations.met: expected one of refer, do-not-refer, undetermined, skip-to-visitation',
      ]),
    );
  });

  it('requires a met and a not-met rule for every criterion', () => {
    const rules = opsporingRules.rules.filter((rule) => rule.name !== 'c-not-met');
    const problems = problemsOf(variant([['rules'], rules]));
    expect(problems).toEqual(['rules: no rule marks criterion "c" not-met']);
  });

  it('lets a criterion that has no not-met text go without a not-met rule, and refuses one that marks it not-met', () => {
    const withoutNotMet = opsporingRules.rules.filter((rule) => rule.name !== 'c-not-met');
    const [version] = defineRuleSetVersions(variant([['rules'], withoutNotMet], [['criteria', 2, 'explanations', 'not-met'], undefined]));
    expect(version?.criteria[2]?.explanations).not.toHaveProperty('not-met');
    expect(problemsOf(variant([['criteria', 2, 'explanations', 'not-met'], undefined]))).toEqual([
      'rules: criterion "c" has no not-met text, yet a rule marks it not-met',
    ]);
  });

  it('rejects events that name an unknown criterion, recommendation or decision', () => {
    const problems = problemsOf(
      variant(
        [['rules', 1, 'event', 'params'], { criterion: 'z', status: 'met' }],
        [['rules', 0, 'event', 'params'], { recommendation: 'visit' }],
        [['rules', 9, 'event', 'params'], { decision: 'maybe' }],
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'rules[1].event.params.criterion: expected one of a, b, c, d',
        'rules[0].event.params.recommendation: expected one of refer, do-not-refer, undetermined, skip-to-visitation',
        'rules[9].event.params.decision: expected one of refer, do-not-refer',
      ]),
    );
  });

  it('rejects unknown properties, so a misspelt key is not silently ignored', () => {
    const problems = problemsOf(variant([['validUntil'], null]));
    expect(problems).toEqual(['rule set: unknown property "validUntil"']);
  });

  it('requires versions that follow on each other, and a dated source or term for the whole of each', () => {
    const problems = problemsOf(
      variant(
        [['versions', 1, 'validFrom'], '2026-03-01'],
        [['terms', 'skipNote', 0, 'validTo'], '2025-12-31'],
        [['criteria', 0, 'source'], [{ validFrom: '2018-01-01', validTo: '2025-12-31', title: 'Vejledning', ref: 'Bilag 3' }]],
        [['explanations', 'refer', 'da'], 'Henvis {myndighed}.'],
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'versions[1].validFrom: must be the day after versions[0].validTo',
        'terms.skipNote: no entry covers the whole of version 1.0.0',
        'criteria[0].source: expected exactly one dated source covering the whole of version 1.0.0, found 0',
        'explanations.refer: "{myndighed}" is not a term of the rule set',
      ]),
    );
  });
});

describe('defineRuleSetVersions: parameters, figures and comparisons with facts', () => {
  // A minimal rule set of the schemes: one criterion read from a parameter, one figure.
  const scheme = {
    id: 'mentor',
    form: 'hko',
    title: { da: 'Mentor', en: 'Mentor' },
    versions: [{ version: '1.0.0', validFrom: '2020-01-01', validTo: null }],
    criteria: [
      {
        id: 'period',
        role: 'required',
        title: { da: 'Periode', en: 'Period' },
        source: { title: 'LAB § 167', ref: 'LAB § 167, stk. 1', paragraph: '§ 167', subsection: 'stk. 1', confidence: 'high' },
        explanations: { met: { da: 'j', en: 'y' }, 'not-met': { da: 'n', en: 'n' }, unknown: { da: 'u', en: 'u' } },
      },
    ],
    recommendations: { met: 'likely-eligible', 'not-met': 'not-eligible', unknown: 'needs-assessment' },
    explanations: { 'likely-eligible': { da: 'j', en: 'y' }, 'not-eligible': { da: 'n', en: 'n' }, 'needs-assessment': { da: 'u', en: 'u' } },
    warnings: [],
    rules: [
      { name: 'met', conditions: { all: [{ fact: 'mentor', path: '$.requestedMonths', operator: 'lessThanInclusive', value: { fact: 'parameters', path: '$.months' } }] }, event: { type: 'criterion', params: { criterion: 'period', status: 'met' } } },
      { name: 'not-met', conditions: { all: [{ fact: 'mentor', path: '$.requestedMonths', operator: 'greaterThan', value: { fact: 'parameters', path: '$.months' } }] }, event: { type: 'criterion', params: { criterion: 'period', status: 'not-met' } } },
    ],
    parameters: { months: { title: { da: 'Måneder', en: 'Months' }, unit: 'months', periods: [{ validFrom: '2020-01-01', validTo: null, value: 6, source: { title: 'LAB', ref: 'LAB § 167' } }] } },
    figures: [
      {
        id: 'maxMonths',
        title: { da: 'Højst', en: 'At most' },
        unit: 'months',
        calculation: 'parameter',
        parameters: { value: 'months' },
        answers: {},
        reported: 'always',
        explanations: { known: { da: 'k', en: 'k' }, unknown: { da: 'u', en: 'u' } },
        source: { title: 'LAB', ref: 'LAB § 167' },
      },
    ],
  };

  it('accepts a scheme with a structured legal source, a parameter and a figure', () => {
    const [definition] = defineRuleSetVersions(scheme);
    expect(definition?.criteria[0]?.source).toEqual({ title: 'LAB § 167', ref: 'LAB § 167, stk. 1', paragraph: '§ 167', subsection: 'stk. 1', confidence: 'high' });
    expect(definition?.parameters['months']?.periods[0]?.value).toBe(6);
    expect(definition?.figures.map((figure) => figure.id)).toEqual(['maxMonths']);
  });

  it('rejects parameters with gaps or too short, figures that name what does not exist, and comparisons with unknown facts', () => {
    const problems = problemsOf(
      variantOf(
        scheme,
        [['parameters', 'months', 'periods'], [
          { validFrom: '2020-01-01', validTo: '2020-12-31', value: 6, source: { title: 'LAB', ref: 'LAB' } },
          { validFrom: '2021-02-01', validTo: '2022-12-31', value: 'seks', source: { title: 'LAB', ref: 'LAB' } },
        ]],
        [['figures', 0, 'parameters'], { value: 'weeks' }],
        [['figures', 0, 'unit'], 'days'],
        [['rules', 0, 'conditions', 'all', 0, 'value'], { fact: 'parameters', path: '$.weeks' }],
        [['rules', 1, 'conditions', 'all', 0, 'value'], { fact: 'limits' }],
        [['criteria', 0, 'source', 'confidence'], 'certain'],
        [['criteria', 0, 'source', 'url'], 'http://example.invalid'],
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'parameters.months.periods[1].validFrom: must be the day after the period before ends',
        'parameters.months.periods[1].value: expected a number, a list of numbers and nulls, or null',
        'parameters.months: the periods must cover the whole version from 2020-01-01 to open',
        'figures[0].parameters.value: "weeks" is not a parameter of the rule set',
        'figures[0].unit: expected one of hours-per-week, months, weeks, years, percent, dkk-per-hour, date',
        'rules[0].conditions.all[0]: "parameters" is read at "$.weeks", which names none of its months',
        'rules[1].conditions.all[0].value.fact: "limits" is not a property of the answer document or a fact of the rule set',
        'criteria[0].source.confidence: expected one of high, medium, low',
        'criteria[0].source.url: expected an https address',
      ]),
    );
  });

  it('lets only comparisons read their value from a fact, and only a rule set without decisions refuse a decision event', () => {
    const problems = problemsOf(
      variantOf(
        scheme,
        [['rules', 0, 'conditions', 'all', 0, 'operator'], 'equal'],
        [['rules', 1, 'event'], { type: 'decision', params: { decision: 'grant' } }],
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'rules[0].conditions.all[0].value: only a comparison of numbers or dates may read its value from a fact',
        'rules[1].event.params.decision: the rule set reports no decisions',
      ]),
    );
  });

  it('requires a rule for a figure reported when a rule fires', () => {
    const problems = problemsOf(variantOf(scheme, [['figures', 0, 'reported'], 'when-a-rule-fires']));
    expect(problems).toEqual(['rules: no rule reports the figure "maxMonths"']);
  });

  it('give maxWeeklyHours, which the result type promises for personlig assistance, from exactly one hours figure of that rule set only', () => {
    const keyed = personligAssistanceRules.figures.findIndex((figure) => 'resultKey' in figure);
    const problem = 'figures: personlig-assistance alone gives maxWeeklyHours, from one weekly-hours-cap figure';
    expect(problemsOf(variantOf(personligAssistanceRules, [['figures', keyed, 'resultKey'], undefined]))).toEqual([problem]);
    expect(problemsOf(variantOf(scheme, [['figures', 0, 'resultKey'], 'maxWeeklyHours']))).toEqual([problem]);
  });

  it('take texts for while an answer is not given only for a path into the document, for every status the criterion has', () => {
    const texts = { met: { da: 'antaget', en: 'assumed' }, 'not-met': { da: 'n', en: 'n' }, unknown: { da: 'u', en: 'u' } };
    expect(defineRuleSetVersions(variantOf(scheme, [['criteria', 0, 'explanationsWithoutAnswer'], { 'mentor.requestedMonths': texts }]))[0]?.criteria[0]?.explanationsWithoutAnswer).toEqual({
      'mentor.requestedMonths': texts,
    });
    const { unknown: _unknown, ...withoutUnknown } = texts;
    expect(problemsOf(variantOf(scheme, [['criteria', 0, 'explanationsWithoutAnswer'], { 'mentor..months': texts, 'mentor.requestedMonths': { ...texts, maybe: texts.met } }]))).toEqual([
      'criteria[0].explanationsWithoutAnswer: "mentor..months" is not a dotted path into the answer document',
      'criteria[0].explanationsWithoutAnswer.mentor.requestedMonths: unknown property "maybe"',
    ]);
    expect(problemsOf(variantOf(scheme, [['criteria', 0, 'explanationsWithoutAnswer'], { 'mentor.requestedMonths': withoutUnknown }]))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^criteria\[0\]\.explanationsWithoutAnswer\.mentor\.requestedMonths\.unknown: /)]),
    );
    const notMet = { 'impairments.primary': { met: texts.met, 'not-met': texts.met, unknown: texts.unknown } };
    expect(problemsOf(variantOf(visitationRules, [['criteria', 0, 'explanationsWithoutAnswer'], notMet]))).toEqual([
      'criteria: "a" has a not-met text for some options and not for others',
    ]);
  });
});
