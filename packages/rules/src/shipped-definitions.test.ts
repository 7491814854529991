import { canonicalJson } from './canonical-json.js';
import { describe, expect, it } from 'vitest';
import { defineVersionsFor } from './define-rule-set.js';
import { ruleSetById } from './rule-set-registry.js';
import { RULE_SET_IDS } from './types.js';
import fortrinsadgang from './rule-sets/fortrinsadgang.rules.json';
import hjaelpemidler from './rule-sets/hjaelpemidler.rules.json';
import isbryder from './rule-sets/isbryder.rules.json';
import mentor from './rule-sets/mentor.rules.json';
import opsporing from './rule-sets/opsporing.rules.json';
import personligAssistance from './rule-sets/personlig-assistance.rules.json';
import visitation from './rule-sets/visitation.rules.json';

const FILES = { opsporing, visitation, 'personlig-assistance': personligAssistance, hjaelpemidler, isbryder, fortrinsadgang, mentor } as const;

describe.each(RULE_SET_IDS)('the shipped rule set %s', (id) => {
  it('passes every check of defineRuleSetVersions, for its own form', () => {
    expect(() => defineVersionsFor(FILES[id], ruleSetById(id).contract)).not.toThrow();
  });

  // The definitions a page or server loads were written by the build; this fails when they are not those of the file now.
  it('loads exactly the definitions the checker gives for its file, frozen', () => {
    const checked = defineVersionsFor(FILES[id], ruleSetById(id).contract);
    const loaded = ruleSetById(id).versions();
    expect(loaded.map((definition) => canonicalJson(definition))).toEqual(checked.map((definition) => canonicalJson(definition)));
    expect(loaded.every((definition) => definition.id === id && Object.isFrozen(definition.criteria[0]))).toBe(true);
  });
});
