export {
  createSmtpEmulator,
  type SandboxEmail,
  type SmtpCredentials,
  type SmtpEmulator,
  type SmtpEmulatorOptions,
  smtpSimulatedRecipients,
} from './create-smtp-emulator.js';
export type { SmtpMailbox } from './mailbox.js';
