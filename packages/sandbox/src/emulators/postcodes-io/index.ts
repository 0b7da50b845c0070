export { createPostcodesIoEmulator } from './create-postcodes-io-emulator.js';
export type { PostcodesIoControl, PostcodesIoEmulator, PostcodesIoEmulatorOptions } from './types.js';
