export { createNotifyEmulator } from './create-notify-emulator.js';
export type {
  CallbackKind,
  NotificationStatus,
  NotifyControl,
  NotifyCredentials,
  NotifyEmulator,
  NotifyEmulatorOptions,
  Postage,
  SandboxNotification,
  SandboxReceivedText,
  TemplateRegistration,
  TemplateType,
} from './types.js';
