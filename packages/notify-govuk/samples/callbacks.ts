import { readDeliveryStatusCallback, verifyNotifyCallback } from '@councilkit/notify-govuk';

/**
 * Handles Notify's delivery-status callback (e.g. from an Express route with `express.json()`):
 * checks the bearer token you set up in Notify, then reads the payload into the neutral model.
 */
export function onDeliveryStatus(authorization: string | undefined, body: unknown) {
  // Throws WebhookVerificationError when the token does not match; several tokens while rotating.
  verifyNotifyCallback(authorization, process.env.GOVUK_NOTIFY_CALLBACK_TOKEN ?? '');
  const update = readDeliveryStatusCallback(body); // { id, reference, status, rawStatus, ... }
  return { id: update.id, status: update.status };
}
