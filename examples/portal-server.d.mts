import type { Server } from 'node:http';

/** The Content-Security-Policy header that every response of the example portal carries. */
export declare const CONTENT_SECURITY_POLICY: string;
/** A server for the example portal's fixed set of files. */
export declare function createPortalServer(): Server;
