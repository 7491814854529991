import type { Plugin } from 'rollup';

export declare function minifyTemplates(options?: { readonly include?: RegExp }): Plugin;
