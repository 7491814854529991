import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run docs` builds the API reference with every warning an error (typedoc.config.mjs); this builds it the same way.
describe('the API reference', () => {
  it('builds for all three packages and the guides without a warning', () => {
    const out = mkdtempSync(join(tmpdir(), 'rummelig-docs-'));
    try {
      const run = spawnSync(process.execPath, ['node_modules/typedoc/bin/typedoc', '--out', out], { encoding: 'utf8', cwd: new URL('..', import.meta.url).pathname });
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/\[warning\]|\[error\]/);
      expect(run.status).toBe(0);
      const modules = readdirSync(join(out, 'modules')).join(' ');
      for (const name of ['core', 'rules', 'forms']) expect(modules).toContain(name);
      // The subpath entries are public too.
      for (const name of ['core.population', 'rules.reference', 'rules.http', 'rules.conformance']) expect(modules).toContain(`_rummelig_${name}.html`);
      const visitation = readdirSync(join(out, 'classes')).find((file) => file.includes('RummeligVisitation'));
      expect(visitation && readFileSync(join(out, 'classes', visitation), 'utf8')).toContain('handover');
      // The guides are part of the site, and the vendor's guide shows the example code the tests run.
      const documents = readdirSync(join(out, 'documents'));
      for (const guide of ['guide-portal', 'guide-vendor', 'guide-municipality', 'hko', 'hko_isbryder']) expect(documents).toContain(`${guide}.html`);
      expect(readFileSync(join(out, 'documents', 'guide-vendor.html'), 'utf8')).toContain('checkAllSchemes');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
