import { gzipSync } from 'node:zlib';
import MagicString, { Bundle } from 'magic-string';
import { describe, expect, it } from 'vitest';
import { bytesByModule } from './bytes-by-module.mjs';

function bundle(modules: Readonly<Record<string, string>>, separator = '\n'): { code: string; map: string } {
  const joined = new Bundle({ separator });
  for (const [filename, content] of Object.entries(modules)) joined.addSource({ filename, content: new MagicString(content) });
  return { code: joined.toString(), map: joined.generateMap({ hires: true }).toString() };
}

// Words that gzip cannot shorten much, so that a module's saving follows its length.
function words(seed: number, count: number): string {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state.toString(36);
  }).join(' ');
}

describe('bytesByModule', () => {
  it('counts each module’s minified bytes in UTF-8, and what gzip saves without it', () => {
    const modules = { 'big.ts': `const a = "${words(1, 400)}";`, 'small.ts': 'const b = "æøå";' };
    const { code, map } = bundle(modules);
    const { gzipped, modules: rows } = bytesByModule(code, map);

    expect(gzipped).toBe(gzipSync(code, { level: 9 }).length);
    expect(rows.map((row) => row.module)).toEqual(['big.ts', 'small.ts']);
    // The separator between the two belongs to the module before it.
    expect(rows.find((row) => row.module === 'big.ts')?.minified).toBe(Buffer.byteLength(`${modules['big.ts']}\n`));
    expect(rows.find((row) => row.module === 'small.ts')?.minified).toBe(Buffer.byteLength(modules['small.ts']));
    expect(rows[0]?.gzipSaved).toBe(gzipped - gzipSync(modules['small.ts'], { level: 9 }).length);
    expect(rows.find((row) => row.module === 'small.ts')?.gzipAlone).toBe(gzipSync(modules['small.ts'], { level: 9 }).length);
    expect(rows.find((row) => row.module === 'big.ts')?.gzipAlone).toBe(gzipSync(`${modules['big.ts']}\n`, { level: 9 }).length);
  });

  it('charges a module that repeats another less than its length', () => {
    const text = words(2, 300);
    const { code, map } = bundle({ 'first.ts': `a("${text}")`, 'copy.ts': `b("${text}")`, 'own.ts': `c("${words(3, 300)}")` });
    const rows = bytesByModule(code, map).modules;
    const saved = (module: string): number => rows.find((row) => row.module === module)?.gzipSaved ?? Number.NaN;

    expect(saved('copy.ts')).toBeLessThan(saved('own.ts') / 4);
  });

  it('gives the modules after the first `top` as one row, with what leaving them all out saves', () => {
    const { code, map } = bundle({ 'a.ts': words(4, 200), 'b.ts': words(5, 100), 'c.ts': words(6, 50), 'd.ts': words(7, 25) });
    const { gzipped, modules: rows } = bytesByModule(code, map, { top: 2 });

    expect(rows.map((row) => row.module)).toEqual(['a.ts', 'b.ts', '2 more modules']);
    expect(rows[2]?.minified).toBe(Buffer.byteLength(`${words(6, 50)}\n${words(7, 25)}`));
    expect(rows[2]?.gzipSaved).toBe(gzipped - gzipSync(`${words(4, 200)}\n${words(5, 100)}\n`, { level: 9 }).length);
    expect(rows[2]?.gzipAlone).toBe(gzipSync(`${words(6, 50)}\n${words(7, 25)}`, { level: 9 }).length);
  });

  it('names the modules by what nameOf makes of the map’s sources', () => {
    const { code, map } = bundle({ '../../node_modules/lit-html/lit-html.js': 'x', '../src/form.ts': 'y' });
    const names = bytesByModule(code, map, { nameOf: (source) => source.replace(/^.*node_modules\//, '') }).modules.map((row) => row.module);

    expect(names.sort()).toEqual(['../src/form.ts', 'lit-html/lit-html.js']);
  });

  it('makes one row of the modules nameOf gives one name, such as a package', () => {
    const { code, map } = bundle({ 'core/a.ts': words(8, 60), 'core/b.ts': words(9, 40), 'forms/c.ts': words(10, 30) });
    const rows = bytesByModule(code, map, { nameOf: (source) => source.split('/')[0] ?? source }).modules;

    expect(rows.map((row) => row.module)).toEqual(['core', 'forms']);
    expect(rows[0]?.minified).toBe(Buffer.byteLength(`${words(8, 60)}\n${words(9, 40)}\n`));
    expect(rows[0]?.gzipAlone).toBe(gzipSync(`${words(8, 60)}\n${words(9, 40)}\n`, { level: 9 }).length);
  });

  it('counts every byte: a line before any mapping as without source, a line after them with the module before it', () => {
    const { code, map } = bundle({ 'a.ts': 'let a = 1;' });
    const parsed = JSON.parse(map) as { mappings: string };
    const shifted = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
    const rows = bytesByModule(`/* banner */\n${code}\n//# sourceMappingURL=a.js.map`, shifted).modules;

    expect(rows).toEqual([
      expect.objectContaining({ module: 'a.ts', minified: Buffer.byteLength(`${code}\n//# sourceMappingURL=a.js.map`) }),
      expect.objectContaining({ module: '(no source)', minified: Buffer.byteLength('/* banner */\n') }),
    ]);
  });
});
