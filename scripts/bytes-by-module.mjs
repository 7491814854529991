// Where the bytes of a minified bundle come from: per source module (or group of modules, by `nameOf`), its minified
// bytes, what gzip saves when the module is left out, and its gzipped size alone. Leaving out, not dividing the
// gzipped total, because gzip codes a text by what came before it: a module that repeats another's words costs less
// than its length, and the savings do not add up to the total. Alone, it costs what it would as a file of its own.
import { gzipSync } from 'node:zlib';
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';

const UNMAPPED = '(no source)';

export function bytesByModule(code, map, { nameOf = (source) => source, top = Infinity } = {}) {
  const pieces = piecesByModule(code, map, nameOf);
  const gzipped = gzipLength(pieces.map((piece) => piece.text).join(''));
  const without = (left) => gzipped - gzipLength(pieces.filter((piece) => !left.has(piece.module)).map((piece) => piece.text).join(''));
  const alone = (kept) => gzipLength(pieces.filter((piece) => kept.has(piece.module)).map((piece) => piece.text).join(''));
  const measured = (modules) => ({ gzipSaved: without(modules), gzipAlone: alone(modules) });

  const minified = new Map();
  for (const piece of pieces) minified.set(piece.module, (minified.get(piece.module) ?? 0) + Buffer.byteLength(piece.text));
  const modules = [...minified].map(([module, bytes]) => ({ module, minified: bytes, ...measured(new Set([module])) }));
  modules.sort((a, b) => b.gzipSaved - a.gzipSaved || b.minified - a.minified || a.module.localeCompare(b.module));

  if (modules.length <= top) return { gzipped, modules };
  const rest = modules.slice(top);
  const restRow = {
    module: `${rest.length} more modules`,
    minified: rest.reduce((sum, row) => sum + row.minified, 0),
    ...measured(new Set(rest.map((row) => row.module))),
  };
  return { gzipped, modules: [...modules.slice(0, top), restRow] };
}

// A mapping segment starts a run of generated code that lasts until the next segment; code before a line's first
// segment, and segments that name no source (terser's own punctuation), belong to the module written before them.
function piecesByModule(code, map, nameOf) {
  const trace = new TraceMap(map);
  const names = trace.sources.map((source) => (source === null ? UNMAPPED : nameOf(source)));
  const pieces = [];
  let module = UNMAPPED;
  const add = (text) => {
    if (text === '') return;
    const last = pieces.at(-1);
    if (last?.module === module) last.text += text;
    else pieces.push({ module, text });
  };
  const mappings = decodedMappings(trace);
  code.split('\n').forEach((line, index, lines) => {
    let column = 0;
    for (const segment of mappings[index] ?? []) {
      add(line.slice(column, segment[0]));
      column = segment[0];
      if (segment.length > 1) module = names[segment[1]] ?? UNMAPPED;
    }
    add(line.slice(column));
    if (index < lines.length - 1) add('\n');
  });
  return pieces;
}

/** The gzipped size that the size budgets measure: zlib at level 9. */
export function gzipLength(data) {
  return gzipSync(data, { level: 9 }).length;
}
