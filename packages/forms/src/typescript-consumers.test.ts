import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

// A portal's TypeScript program, type-checked against the built declarations with the strictest settings and
// skipLibCheck off, as a portal's own build would. It lives under node_modules so that it resolves the packages.
const folder = fileURLToPath(new URL('../../../node_modules/.cache/rummelig-typescript-consumers/', import.meta.url));

const CONSUMER = `
import { handOverToVisitation } from '@rummelig/forms/bundle';
import { RummeligOpsporing, RummeligVisitation, type OpsporingSubmitDetail } from '@rummelig/forms';

declare const save: (...values: readonly unknown[]) => void;
const opsporing: RummeligOpsporing = document.createElement('rummelig-opsporing');
const visitation: RummeligVisitation | null = document.querySelector('rummelig-visitation');
opsporing.addEventListener('rummelig-submit', (event) => {
  const detail: OpsporingSubmitDetail = event.detail;
  if (visitation) visitation.handover = handOverToVisitation(detail.answers, event.detail.result);
});
visitation?.addEventListener('rummelig-submit', ({ detail }) => save(detail.result.recommendation));
document.querySelector('rummelig-hko-check')?.addEventListener('rummelig-submit', ({ detail }) => save(detail.results.length));
opsporing.addEventListener('rummelig-step', ({ detail }) => save(detail.title));
document.body.addEventListener('rummelig-submit', ({ detail }) => save(detail.answers.form));
`;

function diagnosticsOf(source: string): string[] {
  mkdirSync(folder, { recursive: true });
  const file = `${folder}consumer.ts`;
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: false,
    noEmit: true,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('a portal written in TypeScript', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('imports the bundle beside the classes, and each element types its own rummelig-submit', () => {
    expect(diagnosticsOf(CONSUMER)).toEqual([]);
  }, 60_000);
});
