export { callOptionsShape } from './call-options.js';
export { loadSecret } from './env.js';
export { type HttpAdapterOptions, httpAdapterOptionsShape } from './http-adapter-options.js';
export { isHttpUrl } from './http-url.js';
export { onFirstUse } from './on-first-use.js';
export { parseConfig, parseInput } from './parse-config.js';
export { issuesFromZod } from './zod-issues.js';
