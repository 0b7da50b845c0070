export { createNotifyEmulator } from './create-notify-emulator.js';
export type {
  CallbackKind,
  LetterPostage,
  NotificationStatus,
  NotifyControl,
  NotifyCredentials,
  NotifyEmulator,
  NotifyEmulatorOptions,
  NotifyServicePermission,
  Postage,
  SandboxNotification,
  SandboxReceivedText,
  TemplateRegistration,
  TemplateType,
} from './types.js';
