export { createStripeEmulator } from './create-stripe-emulator.js';
export type {
  SandboxPaymentOutcome,
  StripeControl,
  StripeCredentials,
  StripeEmulator,
  StripeEmulatorOptions,
} from './types.js';
export { stripeSignatureHeader } from './webhook-sender.js';
