import type { ValidationIssue } from '@rummelig/core';

/**
 * A copy of a document without the values that the issues point at. A document
 * that breaks the contract cannot be evaluated, yet the form should list every
 * problem at the first submit, the unanswered questions as well as, say, a
 * CPR number that is not a date; evaluating this copy finds the unanswered ones.
 */
export function withoutFaultyValues(document: unknown, issues: readonly ValidationIssue[]): unknown {
  const copy: unknown = structuredClone(document);
  for (const issue of issues) removeAt(copy, pointerSegments(issue.path));
  return compactArrays(copy);
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function removeAt(root: unknown, segments: readonly string[]): void {
  const last = segments.at(-1);
  if (last === undefined) return;
  let parent: unknown = root;
  for (const segment of segments.slice(0, -1)) {
    if (!isContainer(parent)) return;
    parent = (parent as Record<string, unknown>)[segment];
  }
  // Deleting from an array leaves a hole, so that the other pointers into it stay right until the end.
  if (isContainer(parent)) delete (parent as Record<string, unknown>)[last];
}

function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter(() => true).map(compactArrays);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, compactArrays(entry)]));
  }
  return value;
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}
