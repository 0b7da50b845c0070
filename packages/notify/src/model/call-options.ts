import { onFirstUse, z } from '@councilkit/core';

// Ten minutes: far beyond any provider call, so a larger value is a unit mistake (seconds for ms).
const maximumTimeoutMs = 600_000;

/** Per-call options, kept apart from the call's own input. */
export const callOptionsSchema = onFirstUse(() =>
  z.strictObject({
    signal: z.instanceof(AbortSignal, { error: 'must be an AbortSignal' }).optional(),
    timeoutMs: z
      .int({ error: 'must be a whole number of milliseconds' })
      .positive({ error: 'must be more than 0' })
      .max(maximumTimeoutMs, { error: 'must be 600000 (ten minutes) or less' })
      .optional(),
  }),
);

/** Options for one call: cancel it with `signal`, or give up after `timeoutMs` milliseconds. */
export type CallOptions = z.infer<ReturnType<typeof callOptionsSchema>>;
