import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { sandboxListener } from './direct-listener.js';
import type { ServiceName } from './emulator.js';
import {
  closeEmulators,
  createEmulators,
  credentialsOf,
  type EmulatorSettings,
  type SandboxCredentials,
  type SandboxEmulators,
} from './emulators/create-emulators.js';
import { invalidOption } from './errors.js';
import { sandboxRootApp } from './root-app.js';
import { serviceMounts, serviceNames } from './services.js';

export interface SandboxOptions extends EmulatorSettings {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
}

export interface Sandbox {
  /** The sandbox's root, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  /** Base URL of each emulated service: pass it as an adapter's `baseUrl` (`smtp` is `smtp://127.0.0.1:<port>`). */
  readonly services: Readonly<Record<ServiceName, string>>;
  /** Working test credentials for each service. */
  readonly credentials: SandboxCredentials;
  /** Each emulator, with its test controls (`emulators.notify.control`). */
  readonly emulators: SandboxEmulators;
  close(): Promise<void>;
}

/** Starts every emulator on one loopback port and resolves once it is listening. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw invalidOption('port', 'must be an integer from 0 to 65535');
  }
  const { port: _port, ...settings } = options;
  const emulators = createEmulators(settings, (service) => serviceMounts[service].basePath);
  const app = sandboxRootApp(emulators);
  let server: Server;
  let smtpPort: number;
  try {
    // Notify's sends skip the WHATWG Request/Response; everything else is served by the Hono app.
    const listener = sandboxListener(emulators, getRequestListener(app.fetch));
    server = await new Promise<Server>((resolve, reject) => {
      const started = createServer(listener);
      started.once('error', reject);
      started.listen(port, '127.0.0.1', () => resolve(started));
    });
    smtpPort = await emulators.smtp.listen().catch(async (error: unknown) => {
      await new Promise((resolve) => server.close(resolve));
      throw error;
    });
  } catch (error) {
    // Nothing may be left running (timers, a half-started server) when the sandbox cannot start.
    await closeEmulators(emulators);
    throw error;
  }
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const services = Object.fromEntries(
    serviceNames.map((service) => [service, url + serviceMounts[service].basePath]),
  ) as Record<ServiceName, string>;
  // SMTP is its own socket; its inbox is at `${url}/smtp/inbox`.
  services.smtp = `smtp://127.0.0.1:${smtpPort}`;
  return {
    url,
    services,
    credentials: credentialsOf(emulators),
    emulators,
    async close() {
      await closeEmulators(emulators);
      await new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
}
