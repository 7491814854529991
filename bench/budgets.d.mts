export interface Budget {
  /** The file, from the repository's root. */
  readonly file: string;
  readonly what: string;
  /** Gzipped bytes; above it the size check fails. */
  readonly budget: number;
  /** Gzipped bytes the file should get to; printed, never failing. */
  readonly target?: number;
  /** Its parts, each measured alone and against its own goal. */
  readonly layers?: readonly Layer[];
}

/** A part of a bundle: the code of the sources whose paths, from the repository's root, start with one of `sources`. */
export interface Layer {
  readonly layer: string;
  readonly what: string;
  readonly sources: readonly string[];
  /** Gzipped bytes the layer, alone, should stay within; printed, never failing. */
  readonly goal?: number;
}

export declare const KB: number;
export declare const CITIZEN_BUNDLE: Budget & { readonly target: number; readonly layers: readonly Layer[] };
export declare const BUDGETS: readonly Budget[];
