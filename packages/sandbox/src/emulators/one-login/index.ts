export { createOneLoginEmulator, defaultClientId } from './create-one-login-emulator.js';
export type {
  OneLoginClientRegistration,
  OneLoginControl,
  OneLoginCredentials,
  OneLoginEmulator,
  OneLoginEmulatorOptions,
  SentBackChannelLogout,
  TestPerson,
} from './types.js';
export { integrationIdentityOrigin } from './urls.js';
