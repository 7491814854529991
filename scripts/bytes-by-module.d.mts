export interface ModuleBytes {
  readonly module: string;
  readonly minified: number;
  readonly gzipSaved: number;
  /** Its code alone, gzipped: what it would cost as a file of its own. */
  readonly gzipAlone: number;
}

export declare function bytesByModule(
  code: string,
  map: string | object,
  options?: { readonly nameOf?: (source: string) => string; readonly top?: number },
): { readonly gzipped: number; readonly modules: readonly ModuleBytes[] };

/** The gzipped size that the size budgets measure: zlib at level 9. */
export declare function gzipLength(data: string | Uint8Array): number;
