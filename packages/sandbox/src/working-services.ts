import type { Emulator, ServiceName } from './emulator.js';
import type { SandboxEmulators } from './emulators/create-emulators.js';
import { serviceNames } from './services.js';

/** The services whose emulator really answers, leaving out placeholders that answer `/health` only. */
export function workingServices(emulators: SandboxEmulators): ServiceName[] {
  const byName = emulators as unknown as Partial<Record<ServiceName, Emulator>>;
  return serviceNames.filter((name) => {
    const emulator = byName[name];
    return emulator !== undefined && emulator.placeholder !== true;
  });
}
