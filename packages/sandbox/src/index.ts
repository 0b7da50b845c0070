/**
 * @module @councilkit/sandbox
 * Faithful local emulators of the services councils use, on one loopback port.
 */
export type { Emulator, EmulatorOptions, ServiceName } from './emulator.js';
export {
  createEmulators,
  type EmulatorSettings,
  type SandboxCredentials,
  type SandboxEmulators,
} from './emulators/create-emulators.js';
export type {
  GetAddressControl,
  GetAddressCredentials,
  GetAddressEmulator,
  GetAddressEmulatorOptions,
} from './emulators/getaddress/index.js';
export type {
  IdealPostcodesControl,
  IdealPostcodesCredentials,
  IdealPostcodesEmulator,
  IdealPostcodesEmulatorOptions,
} from './emulators/ideal-postcodes/index.js';
export type {
  NotifyControl,
  NotifyCredentials,
  NotifyEmulator,
  NotifyEmulatorOptions,
  SandboxNotification,
} from './emulators/notify/index.js';
export type {
  OneLoginClientRegistration,
  OneLoginControl,
  OneLoginCredentials,
  OneLoginEmulator,
  OneLoginEmulatorOptions,
  SentBackChannelLogout,
  TestPerson,
} from './emulators/one-login/index.js';
export type {
  OsPlacesControl,
  OsPlacesCredentials,
  OsPlacesEmulator,
  OsPlacesEmulatorOptions,
} from './emulators/os-places/index.js';
export type {
  PayControl,
  PayCredentials,
  PayEmulator,
  PayEmulatorOptions,
  PayWebhookDelivery,
  PayWebhookEventType,
  SandboxPayment,
  SandboxRefund,
} from './emulators/pay/index.js';
export type {
  PostcodesIoControl,
  PostcodesIoEmulator,
  PostcodesIoEmulatorOptions,
} from './emulators/postcodes-io/index.js';
export {
  type SandboxEmail,
  type SmtpCredentials,
  type SmtpEmulator,
  type SmtpEmulatorOptions,
  type SmtpMailbox,
  smtpSimulatedRecipients,
} from './emulators/smtp/index.js';
export {
  createStripeEmulator,
  type SandboxPaymentOutcome,
  type StripeControl,
  type StripeCredentials,
  type StripeEmulator,
  type StripeEmulatorOptions,
} from './emulators/stripe/index.js';
export { recordingTransport } from './recording-transport.js';
export { type Sandbox, type SandboxOptions, startSandbox } from './server.js';
export { serviceMounts } from './services.js';
