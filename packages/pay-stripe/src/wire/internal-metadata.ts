// Keys the adapter keeps in a session's metadata for itself. Each is longer than the 30 characters
// the port allows a metadata key (Stripe allows 40), so no caller's key can collide with them.

/** Set on a session the service cancelled before expiring it, so it reads `cancelled`, not `expired`. */
export const cancelledKey = 'councilkit_cancelled_by_the_service';

/** Set on a session made for delayed capture: Stripe shows the capture method only once a PaymentIntent exists. */
export const delayedCaptureKey = 'councilkit_delayed_capture_requested';

const internalKeys = new Set([cancelledKey, delayedCaptureKey]);

/** The caller's metadata: the session's, without the adapter's own keys. */
export function callerMetadata(metadata: Record<string, unknown> | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata ?? {})) {
    if (!internalKeys.has(key) && typeof value === 'string') result[key] = value;
  }
  return result;
}
