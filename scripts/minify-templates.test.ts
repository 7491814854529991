import { describe, expect, it } from 'vitest';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { minifyTemplates } from './minify-templates.mjs';

const ID = '/repo/packages/forms/src/example.ts';

interface Transformed {
  readonly code: string;
  readonly map: { readonly mappings: string; readonly sources: readonly string[] };
}

function transform(code: string, id = ID): Transformed | null {
  const hook = minifyTemplates().transform;
  if (typeof hook !== 'function') throw new Error('minifyTemplates has no transform hook');
  return hook.call({} as never, code, id) as Transformed | null;
}

describe('minifyTemplates', () => {
  it('turns each run of white space with a line break in markup into one space, and keeps the words', () => {
    const code = 'const view = html`\n    <p class="lead">\n      Trin ${current}\n      af ${total}\n    </p>\n  `;';
    expect(transform(code)?.code).toBe('const view = html` <p class="lead"> Trin ${current} af ${total} </p> `;');
  });

  it('keeps white space without a line break, and the expressions as written', () => {
    const code = "const view = html`<b>${a}</b> <i>${b ? `\n  kept\n` : 'x  y'}</i>`;";
    expect(transform(code)).toBeNull();
  });

  it('minifies the markup of templates nested in an expression', () => {
    const code = 'const list = html`<ul>\n  ${items.map((item) => html`\n    <li>${item}</li>\n  `)}\n</ul>`;';
    expect(transform(code)?.code).toBe('const list = html`<ul> ${items.map((item) => html` <li>${item}</li> `)} </ul>`;');
  });

  it('takes comments and the space around punctuation out of styles', () => {
    const code = 'const styles = css`\n  /* DKFDS */\n  .a > .b {\n    margin: 0.5rem 0;\n    color: red;\n  }\n`;';
    expect(transform(code)?.code).toBe('const styles = css`.a>.b{margin:.5rem 0;color:red}`;');
  });

  it('leaves styles with an expression as they are, since each part would be trimmed on its own', () => {
    expect(transform('const styles = css`\n  .a ${unsafeCSS(b)} .c { color: red; }\n`;')).toBeNull();
  });

  it('leaves files outside the forms sources alone', () => {
    expect(transform('const view = html`\n  <p></p>\n`;', '/repo/node_modules/lit-html/lit-html.js')).toBeNull();
  });

  it('maps the minified code back to its place in the source', () => {
    const code = 'const view = html`\n  <p>\n    ${text}\n  </p>\n`;';
    const result = transform(code);
    if (result === null) throw new Error('nothing was minified');
    const column = result.code.indexOf('text');
    const original = originalPositionFor(new TraceMap({ version: 3, names: [], ...result.map }), { line: 1, column });
    expect(original).toMatchObject({ source: ID, line: 3, column: 6 });
  });
});
