export { createPayEmulator } from './create-pay-emulator.js';
export type { PayControl, PayCredentials, PayEmulator, PayEmulatorOptions } from './emulator-types.js';
export type {
  PaymentRecord as SandboxPayment,
  PayWebhookEventType,
  RefundRecord as SandboxRefund,
} from './types.js';
export type { WebhookDelivery as PayWebhookDelivery } from './webhooks.js';
