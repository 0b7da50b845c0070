import { createServer } from 'node:http';
import type { PaymentWebhookEvent } from '@councilkit/pay';
import { verifyPayWebhook } from '@councilkit/pay-govuk';

// Several secrets, comma-separated, while one is being replaced.
const secrets = (process.env['GOVUK_PAY_WEBHOOK_SECRET'] ?? '').split(',');

/** A webhook endpoint: checks the signature over the raw bytes, then hands on the event. */
export function payWebhookServer(onEvent: (event: PaymentWebhookEvent) => void) {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        const { event } = verifyPayWebhook(
          Buffer.concat(chunks),
          request.headers['pay-signature'] as string,
          secrets,
        );
        onEvent(event);
        response.writeHead(204).end();
      } catch {
        // Not from GOV.UK Pay, or altered on the way: never act on it.
        response.writeHead(400).end();
      }
    });
  });
}
