export { createOsPlacesEmulator } from './create-os-places-emulator.js';
export type {
  OsPlacesControl,
  OsPlacesCredentials,
  OsPlacesEmulator,
  OsPlacesEmulatorOptions,
} from './types.js';
