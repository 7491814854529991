import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

// A portal's TypeScript program, type-checked against the built declarations with the strictest settings and
// skipLibCheck off, as a portal's own build would. It lives under node_modules so that it resolves the packages.
const folder = fileURLToPath(new URL('../../../node_modules/.cache/rummelig-typescript-consumers/', import.meta.url));

const OPTIONS: ts.CompilerOptions = {
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
};

// Every program reads the same libraries and declarations; parsing them once keeps the cases to a second or two each.
const host = ts.createCompilerHost(OPTIONS);
const parsed = new Map<string, ts.SourceFile | undefined>();
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
  if (fileName.startsWith(folder)) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
  if (!parsed.has(fileName)) parsed.set(fileName, getSourceFile(fileName, languageVersion, onError, shouldCreate));
  return parsed.get(fileName);
};

function diagnosticsOf(name: string, source: string): string[] {
  mkdirSync(folder, { recursive: true });
  const file = `${folder}${name}.ts`;
  writeFileSync(file, source);
  const program = ts.createProgram([file], OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? `${diagnostic.file.fileName.replace(folder, '')}: ` : '';
    return `${where}TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

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
// The events bubble out of the shadow root to the document and the window, typed there too.
document.addEventListener('rummelig-step', ({ detail }) => save(detail.title));
window.addEventListener('rummelig-draft', ({ detail }) => save(detail.action));
`;

// Each entry point of the exports map; the bundles' classes are the entry's, so any of them together is one program.
const EVERY_ENTRY = `
import '@rummelig/forms/bundle';
import '@rummelig/forms/bundle/opsporing';
import '@rummelig/forms/bundle/hko-check';
import type { RummeligHkoCheck, RummeligOpsporing } from '@rummelig/forms';
import type { RummeligOpsporing as CitizenOpsporing } from '@rummelig/forms/bundle/opsporing';
import type { RummeligHkoCheck as CheckAlone } from '@rummelig/forms/bundle/hko-check';

const citizen: CitizenOpsporing = document.createElement('rummelig-opsporing');
const opsporing: RummeligOpsporing = citizen;
const check: RummeligHkoCheck & CheckAlone = document.createElement('rummelig-hko-check');
opsporing.addEventListener('rummelig-submit', ({ detail }) => detail.result);
check.addEventListener('rummelig-submit', ({ detail }) => detail.results);
`;

// What a page that imports one entry alone has: the tag names it registers, typed as its classes.
const ALONE = [
  { entry: '@rummelig/forms', tag: 'rummelig-opsporing', name: 'RummeligOpsporing' },
  { entry: '@rummelig/forms/bundle', tag: 'rummelig-visitation', name: 'RummeligVisitation' },
  { entry: '@rummelig/forms/bundle/opsporing', tag: 'rummelig-opsporing', name: 'RummeligOpsporing' },
  { entry: '@rummelig/forms/bundle/hko-check', tag: 'rummelig-hko-check', name: 'RummeligHkoCheck' },
];
const alone = ({ entry, tag, name }: (typeof ALONE)[number]) => `
import type { ${name} } from '${entry}';
import '${entry}';

const created: ${name} = document.createElement('${tag}');
const found: ${name} | null = document.querySelector('${tag}');
created.addEventListener('rummelig-submit', ({ detail }) => detail.answers.form === '${tag === 'rummelig-hko-check' ? 'hko' : tag.slice('rummelig-'.length)}');
found?.remove();
`;

/** The TypeScript samples of the documents a portal developer reads, each a program of its own as they are written. */
const DOCUMENTS = ['../README.md', '../../../docs/guide-portal.md'];
const samples = DOCUMENTS.flatMap((document) =>
  [...readFileSync(new URL(document, import.meta.url), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match, index) => ({
    name: `${document.replace(/^.*\//, '')} #${index + 1}`,
    source: match[1] ?? '',
  })),
);

describe('a portal written in TypeScript', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('imports the bundle beside the classes, and each element types its own rummelig-submit', () => {
    expect(diagnosticsOf('consumer', CONSUMER)).toEqual([]);
  }, 60_000);

  it('imports every entry point of the package together', () => {
    expect(diagnosticsOf('every-entry', EVERY_ENTRY)).toEqual([]);
  }, 60_000);

  it.each(ALONE)('knows <$tag> as $name from $entry alone', (entry) => {
    expect(diagnosticsOf(`alone-${ALONE.indexOf(entry)}`, alone(entry))).toEqual([]);
  }, 60_000);

  it('finds TypeScript samples in the README and the portal guide', () => {
    expect(samples.map((sample) => sample.name)).toEqual(expect.arrayContaining(['README.md #1', 'guide-portal.md #1', 'guide-portal.md #2']));
  });

  it.each(samples)('compiles $name as written', ({ name, source }) => {
    expect(diagnosticsOf(`sample-${samples.findIndex((sample) => sample.name === name)}`, source)).toEqual([]);
  }, 60_000);
});
