// A rollup plugin for the browser bundles: terser leaves template literals as they are written, so the static text of
// the components' `html` and `css` templates keeps its indentation, comments and line breaks unless this removes them.
import MagicString from 'magic-string';
import ts from 'typescript';

/**
 * In markup, a run of white space that holds a line break renders as one space (the components have no `<pre>`, and
 * the `pre-wrap` texts are expressions, never static text), so one space keeps both rendering and the text's words.
 */
const markup = (text) => text.replace(/\s*\n\s*/g, ' ');

/** The styles hold no strings in which spaces matter, so comments go and the space around punctuation too. */
const styles = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/([\s:(,-])0\.(\d)/g, '$1.$2')
    .trim();

/** The static parts of a template literal, as [start, end) positions of their text between `` ` ``, `${` and `}`. */
function staticParts(template, source) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart(source) + 1, template.end - 1]];
  return [
    [template.head.getStart(source) + 1, template.head.end - 2],
    ...template.templateSpans.map(({ literal }) => [literal.getStart(source) + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]),
  ];
}

export function minifyTemplates({ include = /packages\/forms\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      const output = new MagicString(code);
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
          const tag = node.tag.text;
          // Each part of a css template would be trimmed on its own, which could join a selector to a value.
          const minify = tag === 'html' ? markup : tag === 'css' && ts.isNoSubstitutionTemplateLiteral(node.template) ? styles : undefined;
          for (const [start, end] of minify ? staticParts(node.template, source) : []) {
            const text = code.slice(start, end);
            const minified = minify(text);
            if (minified !== text) minified === '' ? output.remove(start, end) : output.overwrite(start, end, minified);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
