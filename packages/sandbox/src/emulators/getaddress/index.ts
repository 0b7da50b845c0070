export type { GetAddressAddress, GetAddressFullAddress } from './address-wire.js';
export { createGetAddressEmulator } from './create-getaddress-emulator.js';
export type {
  GetAddressControl,
  GetAddressCredentials,
  GetAddressEmulator,
  GetAddressEmulatorOptions,
} from './types.js';
