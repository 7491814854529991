import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_SET_IDS } from './types.js';

/**
 * The built package's entries (the API, the reference engine, the HTTP service, the conformance suite, the command
 * line and its workers) share one copy of the rule sets, so that a vendor's process that loads two of them holds the
 * rules once, and the package ships them once. Read from dist, which `npm test` builds first.
 */
const DIST = new URL('../dist/', import.meta.url);
const files = [...readdirSync(DIST).filter((name) => name.endsWith('.js')), ...readdirSync(new URL('shared/', DIST)).map((name) => `shared/${name}`)];
const holding = (text: string) => files.filter((file) => readFileSync(new URL(file, DIST), 'utf8').includes(text));

describe('the built @rummelig/rules', () => {
  it.each(RULE_SET_IDS)('holds the rule set %s in one file, whichever entry loads it', (id) => {
    const rules = JSON.parse(readFileSync(new URL(`./rule-sets/${id}.rules.json`, import.meta.url), 'utf8')) as unknown;
    const explanation = JSON.stringify(rules).match(/"da":"([^"\\]{40,})"/)?.[1];
    expect(explanation, `a Danish text of ${id}`).toBeDefined();
    expect(holding(explanation ?? '')).toHaveLength(1);
  });
});
