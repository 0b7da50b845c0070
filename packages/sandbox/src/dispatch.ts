import type { Emulator } from './emulator.js';
import type { SandboxEmulators } from './emulators/create-emulators.js';

/** Routes a request to the emulator whose base path it falls under; undefined for the sandbox's own pages. */
export function emulatorFor(emulators: SandboxEmulators, pathname: string): Emulator | undefined {
  for (const emulator of Object.values(emulators) as Emulator[]) {
    const { basePath } = emulator;
    if (basePath && (pathname === basePath || pathname.startsWith(`${basePath}/`))) return emulator;
  }
  return undefined;
}
