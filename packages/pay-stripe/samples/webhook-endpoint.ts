import { createServer } from 'node:http';
import { type PaymentWebhookEvent, WebhookVerificationError } from '@councilkit/pay';
import { verifyStripeWebhook } from '@councilkit/pay-stripe';

/** An endpoint for Stripe's webhooks: each delivery is verified over its raw bytes before it is acted on. */
export function stripeWebhookServer(onEvent: (event: PaymentWebhookEvent) => void) {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        const { event } = verifyStripeWebhook(
          Buffer.concat(chunks),
          request.headers['stripe-signature'],
          process.env['STRIPE_WEBHOOK_SECRET'] ?? '',
        );
        // Deliveries repeat and arrive out of order: treat each as a prompt to read the payment.
        onEvent(event);
        response.writeHead(200).end();
      } catch (error) {
        response.writeHead(error instanceof WebhookVerificationError ? 400 : 500).end();
      }
    });
  });
}
