import { Hono } from 'hono';
import type { Emulator, EmulatorOptions, ServiceName } from '../emulator.js';

/** A placeholder for a service whose emulator has not been built yet: it answers `GET /health` only. */
export function createHealthOnlyEmulator(service: ServiceName, options: EmulatorOptions = {}): Emulator {
  const basePath = options.basePath ?? '';
  const app = new Hono().basePath(basePath || '/');
  app.get('/health', (context) => context.json({ status: 'ok', service }));
  return {
    service,
    basePath,
    placeholder: true,
    fetch: async (request) => app.fetch(request),
    close: async () => {},
  };
}
