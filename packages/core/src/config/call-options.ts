import { z } from '../schema.js';

// Ten minutes: far beyond any provider call, so a larger value is a unit mistake (seconds for ms).
const maximumTimeoutMs = 600_000;

// Built at import, unlike the schemas made from it: a shape of getters would build on first read,
// but zod counts a getter in a shape as a possible cycle and then tracks cycles in every parse.
/**
 * The zod shape of the per-call options every port takes, to spread into its own strict schema:
 * `z.strictObject({ ...callOptionsShape })`. `signal` cancels the call; `timeoutMs` gives up on it.
 */
export const callOptionsShape = {
  signal: z.instanceof(AbortSignal, { error: 'must be an AbortSignal' }).optional(),
  timeoutMs: z
    .int({ error: 'must be a whole number of milliseconds' })
    .positive({ error: 'must be more than 0' })
    .max(maximumTimeoutMs, { error: 'must be 600000 (ten minutes) or less' })
    .optional(),
};
