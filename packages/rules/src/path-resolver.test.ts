import { describe, expect, it } from 'vitest';
import { isSupportedPath, parsePath, resolvePath } from './path-resolver.js';

describe('path resolver', () => {
  it('accepts $, .name and [*] only', () => {
    for (const path of ['$', '$.a', '$.a.b', '$[*].x', '$.items[*].x', '$.a_1[*]']) expect(isSupportedPath(path), path).toBe(true);
    for (const path of ['', 'a.b', '$..a', '$.a[0]', "$['a']", '$.a[?(@.x)]', '$.', '$.a.', '$.1a', '$.a b']) {
      expect(isSupportedPath(path), path).toBe(false);
    }
    expect(parsePath('$.items[*].x')).toEqual([
      { kind: 'property', name: 'items' },
      { kind: 'each' },
      { kind: 'property', name: 'x' },
    ]);
  });

  it('resolves properties and gives undefined for what is not there', () => {
    const value = { a: { b: 1, n: null }, list: [] };
    expect(resolvePath(value, '$')).toBe(value);
    expect(resolvePath(value, '$.a.b')).toBe(1);
    expect(resolvePath(value, '$.a.n')).toBeNull();
    expect(resolvePath(value, '$.a.c')).toBeUndefined();
    expect(resolvePath(value, '$.x.y')).toBeUndefined();
  });

  it('gives one entry per item for [*], undefined where an item lacks the rest', () => {
    const items = [{ x: 1 }, { y: 2 }, { x: 3 }];
    expect(resolvePath(items, '$[*].x')).toEqual([1, undefined, 3]);
    expect(resolvePath({ items }, '$.items[*].x')).toEqual([1, undefined, 3]);
    expect(resolvePath({ items: 'no list' }, '$.items[*].x')).toEqual([]);
    expect(resolvePath({ rows: [{ cells: [1, 2] }, { cells: [3] }] }, '$.rows[*].cells[*]')).toEqual([1, 2, 3]);
  });

  it('follows own properties only', () => {
    expect(resolvePath({}, '$.constructor')).toBeUndefined();
    expect(resolvePath({ a: [1, 2] }, '$.a.length')).toBeUndefined();
    expect(resolvePath(Object.create({ inherited: 1 }), '$.inherited')).toBeUndefined();
  });

  it('refuses an unsupported path instead of guessing', () => {
    expect(() => resolvePath({}, '$..a')).toThrow(/Unsupported path/);
  });
});
