import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The manifest (dist/custom-elements.json, written by the build) is what
 * editors and component tools read, so it must list what the elements
 * really have: every attribute, event and CSS part, and no internal state.
 */
interface Declaration {
  readonly tagName?: string;
  readonly attributes?: readonly { readonly name: string }[];
  readonly events?: readonly { readonly name: string }[];
  readonly cssParts?: readonly { readonly name: string }[];
  readonly cssProperties?: readonly { readonly name: string }[];
  readonly slots?: readonly { readonly name: string }[];
  readonly members?: readonly { readonly name: string; readonly privacy?: string }[];
}

const manifest = JSON.parse(readFileSync(new URL('../dist/custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const element = (tagName: string): Declaration => {
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);
  if (!found) throw new Error(`${tagName} is not in the manifest`);
  return found;
};
const names = (items: readonly { readonly name: string }[] | undefined) => (items ?? []).map((item) => item.name).sort();

/**
 * The parts the element's templates set: each `part="…"`, the warnings parts
 * passed by name, and the parts of the sections of its UI description.
 */
function partsIn(files: readonly string[]): string[] {
  const parts = new Set<string>();
  for (const file of files) {
    const source = readFileSync(new URL(file, import.meta.url), 'utf8');
    for (const match of source.matchAll(/part="([a-z-]+)"/g)) parts.add(match[1] ?? '');
    for (const match of source.matchAll(/'([a-z]+-warnings)'\)/g)) parts.add(match[1] ?? '');
    for (const match of source.matchAll(/part: '([a-z-]+)'/g)) parts.add(match[1] ?? '');
  }
  return [...parts].sort();
}

/** What every form renders: the flow, the error pattern, the draft notice and the result page. */
const SHARED = ['./screening-form.ts', './error-summary.ts', './step-navigation.ts', './check-answers.ts', './draft-notice.ts', './result-explanation.ts', './result-parts.ts'];
const SHARED_ATTRIBUTES = ['as-of', 'contact', 'draft-key', 'flow', 'heading-level', 'history', 'lang', 'save-draft', 'texts', 'ui'];
const EVENTS = ['rummelig-draft', 'rummelig-step', 'rummelig-submit'];

const CSS_PROPERTIES = readFileSync(new URL('./form-styles.ts', import.meta.url), 'utf8').match(/--rummelig-[a-z-]+/g) ?? [];

describe('the custom-elements manifest', () => {
  it('describes <rummelig-opsporing>: its attributes, events, slot and every part it renders', () => {
    const opsporing = element('rummelig-opsporing');
    expect(names(opsporing.attributes)).toEqual([...SHARED_ATTRIBUTES, 'mode'].sort());
    expect(names(opsporing.events)).toEqual(EVENTS);
    expect(names(opsporing.slots)).toEqual(['contact']);
    expect(names(opsporing.cssParts)).toEqual(partsIn([...SHARED, './opsporing-form.ts', './opsporing-questions.ts', './result-panel.ts', './contact.ts']));
  });

  it('describes <rummelig-visitation>: its attributes, the handover property, its events and every part it renders', () => {
    const visitation = element('rummelig-visitation');
    expect(names(visitation.attributes)).toEqual([...SHARED_ATTRIBUTES, 'impact-dimension'].sort());
    expect(names(visitation.members?.filter((member) => member.privacy === undefined || member.privacy === 'public'))).toEqual(
      expect.arrayContaining(['answers', 'handover', 'impactDimension', 'form', 'validity', 'draftStorage', 'saveDraft', 'flow', 'texts', 'ui']),
    );
    expect(names(visitation.events)).toEqual(EVENTS);
    expect(names(visitation.cssParts)).toEqual(
      partsIn([...SHARED, './visitation-form.ts', './visitation-questions.ts', './visitation-panels.ts', './handover-panel.ts']),
    );
  });

  it('describes <rummelig-hko-check>: its attributes, the answers property, its events, slot and every part it renders', () => {
    const check = element('rummelig-hko-check');
    expect(names(check.attributes)).toEqual([...SHARED_ATTRIBUTES, 'schemes'].sort());
    expect(names(check.members?.filter((member) => member.privacy === undefined || member.privacy === 'public'))).toEqual(
      expect.arrayContaining(['answers', 'schemes', 'form', 'validity', 'draftStorage', 'saveDraft', 'flow', 'texts', 'ui']),
    );
    expect(names(check.events)).toEqual(EVENTS);
    expect(names(check.slots)).toEqual(['contact']);
    expect(names(check.cssParts)).toEqual(partsIn([...SHARED, './hko-check-form.ts', './hko-check-questions.ts', './hko-result-panel.ts', './contact.ts']));
  });

  it('lists every CSS custom property of the theme on every element', () => {
    for (const tagName of ['rummelig-opsporing', 'rummelig-visitation', 'rummelig-hko-check']) {
      expect(names(element(tagName).cssProperties)).toEqual([...new Set(CSS_PROPERTIES)].sort());
    }
  });
});
