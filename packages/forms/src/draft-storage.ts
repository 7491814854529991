/**
 * Where a form keeps what the citizen has typed, so that a reload or an
 * accidental navigation loses nothing. Opt-in (`save-draft`): the answers
 * are health data. A portal with its own store (encrypted, server-side)
 * passes an object with these three methods; each may return a promise.
 * The value is a JSON string the form wrote and reads back.
 */
export interface DraftStorage {
  load(key: string): string | null | undefined | Promise<string | null | undefined>;
  save(key: string, value: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
}

/** The default: the browser tab's sessionStorage, which the browser clears when the tab is closed. */
export const sessionDraftStorage: DraftStorage = {
  load: (key) => sessionStorage.getItem(key),
  save: (key, value) => sessionStorage.setItem(key, value),
  remove: (key) => sessionStorage.removeItem(key),
};

/** What a form writes to its draft storage. */
export interface StoredDraft {
  readonly version: 1;
  readonly form: string;
  /** The form's draft; each form checks its shape when it reads it back. */
  readonly draft: unknown;
  /** The page the citizen was on in the steps flow. */
  readonly page?: string;
}

/**
 * Talks to a draft storage in order: a save never overtakes a later save or
 * a removal, also when the storage is asynchronous, and a storage that fails
 * (full, switched off, offline) is reported, never thrown.
 */
export class DraftKeeper {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly storage: DraftStorage;
  private readonly key: string;
  private readonly onFailure: () => void;

  constructor(storage: DraftStorage, key: string, onFailure: () => void) {
    this.storage = storage;
    this.key = key;
    this.onFailure = onFailure;
  }

  async load(form: string): Promise<StoredDraft | undefined> {
    try {
      const text = await this.storage.load(this.key);
      if (typeof text !== 'string') return undefined;
      const value: unknown = JSON.parse(text);
      return isStoredDraft(value, form) ? value : undefined;
    } catch {
      // A value that is not ours, or a storage that cannot be read, is no draft.
      return undefined;
    }
  }

  save(value: StoredDraft): Promise<unknown> {
    return this.enqueue(() => this.storage.save(this.key, JSON.stringify(value)));
  }

  remove(): Promise<unknown> {
    return this.enqueue(() => this.storage.remove(this.key));
  }

  private enqueue(write: () => void | Promise<void>): Promise<unknown> {
    this.queue = this.queue.then(write).catch(this.onFailure);
    return this.queue;
  }
}

function isStoredDraft(value: unknown, form: string): value is StoredDraft {
  if (value === null || typeof value !== 'object') return false;
  const stored = value as Record<string, unknown>;
  return stored['version'] === 1 && stored['form'] === form && (stored['page'] === undefined || typeof stored['page'] === 'string');
}
