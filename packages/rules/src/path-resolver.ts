/**
 * The only path forms a rule may use: `$`, then any sequence of `.name` and
 * `[*]`. Kept this small on purpose: each form maps to one plain JavaScript
 * step, so rules stay easy to compile to closures and to port to another
 * engine, which jsonpath-plus semantics would not be.
 */
export type PathSegment = { readonly kind: 'property'; readonly name: string } | { readonly kind: 'each' };

const SEGMENT = /\.([A-Za-z_][A-Za-z0-9_]*)|\[\*\]/y;

const parsed = new Map<string, readonly PathSegment[] | undefined>();

/** The segments of a path, or undefined for a form outside the supported set. */
export function parsePath(path: string): readonly PathSegment[] | undefined {
  if (parsed.has(path)) return parsed.get(path);
  const segments = parseUncached(path);
  parsed.set(path, segments);
  return segments;
}

function parseUncached(path: string): readonly PathSegment[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: PathSegment[] = [];
  SEGMENT.lastIndex = 1;
  while (SEGMENT.lastIndex < path.length) {
    const match = SEGMENT.exec(path);
    if (!match) return undefined;
    segments.push(match[1] === undefined ? { kind: 'each' } : { kind: 'property', name: match[1] });
  }
  return segments;
}

export function isSupportedPath(path: string): boolean {
  return parsePath(path) !== undefined;
}

/**
 * The value at `path`. A path with `[*]` gives a list with one entry per item
 * (undefined where an item lacks the rest of the path), so `everyFact` sees
 * every item. Only own properties are followed.
 */
export function resolvePath(value: unknown, path: string): unknown {
  const segments = parsePath(path);
  if (!segments) throw new Error(`Unsupported path "${path}": use $, .name and [*] only.`);
  let values: unknown[] = [value];
  let isList = false;
  for (const segment of segments) {
    if (segment.kind === 'each') {
      values = values.flatMap((item) => (Array.isArray(item) ? (item as unknown[]) : []));
      isList = true;
    } else {
      values = values.map((item) => ownProperty(item, segment.name));
    }
  }
  return isList ? values : values[0];
}

export function ownProperty(value: unknown, name: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, name)) return undefined;
  return (value as Record<string, unknown>)[name];
}

/** The value of an answer at a dotted path, own properties only. */
export function answerAt(answers: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, name) => ownProperty(value, name), answers);
}
