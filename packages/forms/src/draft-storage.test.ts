import { describe, expect, it } from 'vitest';
import { DraftKeeper, type DraftStorage } from './draft-storage.js';
import { pickShape } from './draft-shape.js';

/** An asynchronous storage whose writes finish in the reverse order they were started, unless the keeper waits. */
function slowStorage(): DraftStorage & { readonly values: Map<string, string>; readonly log: string[] } {
  const values = new Map<string, string>();
  const log: string[] = [];
  let delay = 30;
  const later = (write: () => void) =>
    new Promise<void>((resolve) => {
      delay = Math.max(0, delay - 10);
      setTimeout(() => {
        write();
        resolve();
      }, delay);
    });
  return {
    values,
    log,
    load: async (key) => values.get(key),
    save: (key, value) => later(() => (log.push(`save ${value}`), values.set(key, value))),
    remove: (key) => later(() => (log.push('remove'), values.delete(key))),
  };
}

const stored = (draft: unknown) => ({ version: 1, form: 'opsporing', draft }) as const;

describe('DraftKeeper', () => {
  it('writes in order, so that a later save or a removal is never overtaken', async () => {
    const storage = slowStorage();
    const keeper = new DraftKeeper(storage, 'k', () => {});
    void keeper.save(stored(1));
    void keeper.save(stored(2));
    await keeper.remove();
    expect(storage.values.has('k')).toBe(false);
    expect(storage.log.map((line) => line.replace(/save .*"draft":(\d).*/, 'save $1'))).toEqual(['save 1', 'save 2', 'remove']);
  });

  it('reads back only a draft of the same form, and nothing from a value it did not write', async () => {
    const storage = slowStorage();
    const keeper = new DraftKeeper(storage, 'k', () => {});
    await keeper.save(stored({ a: 1 }));
    expect(await keeper.load('opsporing')).toEqual({ version: 1, form: 'opsporing', draft: { a: 1 } });
    expect(await keeper.load('visitation')).toBeUndefined();
    storage.values.set('k', 'not json');
    expect(await keeper.load('opsporing')).toBeUndefined();
    storage.values.set('k', JSON.stringify({ version: 2, form: 'opsporing', draft: {} }));
    expect(await keeper.load('opsporing')).toBeUndefined();
  });

  it('reports a storage that fails, and goes on', async () => {
    let failures = 0;
    const failing: DraftStorage = {
      load: () => {
        throw new Error('SecurityError');
      },
      save: () => {
        throw new Error('QuotaExceededError');
      },
      remove: () => {},
    };
    const keeper = new DraftKeeper(failing, 'k', () => (failures += 1));
    expect(await keeper.load('opsporing')).toBeUndefined();
    await keeper.save(stored({}));
    await keeper.remove();
    expect(failures).toBe(1);
  });
});

describe('pickShape', () => {
  const shape = { fields: { name: 'string', ok: 'boolean', level: { oneOf: ['a', 'b'] }, tags: { someOf: ['x', 'y'] }, group: { fields: { n: 'number' } } } } as const;

  it('keeps what fits the shape and drops the rest, empty groups included', () => {
    expect(pickShape({ name: 'Jens', ok: 'yes', level: 'c', tags: ['x', 'x', 'y'], group: { n: 'one' }, extra: 1 }, shape)).toEqual({
      name: 'Jens',
      tags: ['x', 'y'],
    });
    expect(pickShape({ tags: ['x', 'z'], group: { n: 3 } }, shape)).toEqual({ group: { n: 3 } });
    expect(pickShape('text', shape)).toBeUndefined();
    expect(pickShape(['name'], shape)).toBeUndefined();
  });
});
