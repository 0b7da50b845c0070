import { z } from '../schema.js';
import { onFirstUse } from './on-first-use.js';

// Ten minutes: far beyond any provider call, so a larger value is a unit mistake (seconds for ms).
const maximumTimeoutMs = 600_000;

// Getters over schemas built on first read, so importing core builds no schema: a cold start pays
// only for the schemas its process uses. Spreading the shape reads every getter.
const built = onFirstUse(() => ({
  signal: z.instanceof(AbortSignal, { error: 'must be an AbortSignal' }).optional(),
  timeoutMs: z
    .int({ error: 'must be a whole number of milliseconds' })
    .positive({ error: 'must be more than 0' })
    .max(maximumTimeoutMs, { error: 'must be 600000 (ten minutes) or less' })
    .optional(),
}));

/**
 * The zod shape of the per-call options every port takes, to spread into its own strict schema:
 * `z.strictObject({ ...callOptionsShape })`. `signal` cancels the call; `timeoutMs` gives up on it.
 */
export const callOptionsShape = {
  get signal() {
    return built().signal;
  },
  get timeoutMs() {
    return built().timeoutMs;
  },
};
