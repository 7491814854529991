/**
 * `@rummelig/rules/http`: the Rummelig HTTP service, for Node only. `start`
 * runs it as `rummelig serve` does; `createServer` gives the Fastify instance
 * to extend or to embed.
 */
export { createServer } from './server.js';
export { start, type StartOptions, type RunningService } from './start.js';
export { DEFAULT_PORT, DEFAULT_SERVICE_OPTIONS, type ServiceOptions, type ResolvedServiceOptions } from './options.js';
export { openApiDocument } from './openapi.js';
export { listRuleSets, type ListedRuleSet, type ListedVersion } from './rule-set-list.js';
export { type ErrorBody } from './errors.js';
