export { loadSecret } from './env.js';
export { parseConfig, parseInput } from './parse-config.js';
export { issuesFromZod } from './zod-issues.js';
