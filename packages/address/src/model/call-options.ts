import { callOptionsShape, onFirstUse, z } from '@councilkit/core';

/** Per-call options, kept apart from the query. */
export const callOptionsSchema = onFirstUse(() => z.strictObject(callOptionsShape));

/** Options for one call: cancel it with `signal`, or give up after `timeoutMs` milliseconds. */
export type CallOptions = z.infer<ReturnType<typeof callOptionsSchema>>;
