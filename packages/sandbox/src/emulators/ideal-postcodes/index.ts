export { createIdealPostcodesEmulator } from './create-ideal-postcodes-emulator.js';
export type { PafAddress } from './paf-address.js';
export type {
  IdealPostcodesControl,
  IdealPostcodesCredentials,
  IdealPostcodesEmulator,
  IdealPostcodesEmulatorOptions,
} from './types.js';
