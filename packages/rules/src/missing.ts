import { isPresent } from './operators.js';
import { ownProperty } from './path-resolver.js';

/**
 * The `missing` entries one fired rule reports. A path with `[*]`
 * (`impairments[*].description`) becomes one entry per item that matches
 * `where` and lacks the rest of the path (`impairments[2].description`);
 * other paths are reported as written, their rule having checked absence.
 */
export function expandMissing(
  path: string,
  where: Readonly<Record<string, string | number | boolean>> | undefined,
  document: unknown,
): string[] {
  const star = path.indexOf('[*]');
  if (star < 0) return [path];
  const listPath = path.slice(0, star);
  const itemPath = path.slice(star + '[*].'.length);
  const items = valueAt(document, listPath);
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown, index) =>
    matches(item, where) && !isPresent(valueAt(item, itemPath)) ? [`${listPath}[${index}].${itemPath}`] : [],
  );
}

function valueAt(value: unknown, dottedPath: string): unknown {
  return dottedPath.split('.').reduce<unknown>((current, name) => ownProperty(current, name), value);
}

function matches(item: unknown, where: Readonly<Record<string, string | number | boolean>> | undefined): boolean {
  return Object.entries(where ?? {}).every(([name, expected]) => ownProperty(item, name) === expected);
}
