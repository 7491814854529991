import type { Server } from 'node:http';

/** The Content-Security-Policy header that every response of the example portal carries, but the Vue app's pages. */
export declare const CONTENT_SECURITY_POLICY: string;
/** The policy of the Vue app's pages: the same, with Vue's Trusted Types policy named beside lit-html's. */
export declare const VUE_CONTENT_SECURITY_POLICY: string;
/** A server for the example portal's fixed set of files. */
export declare function createPortalServer(): Server;
