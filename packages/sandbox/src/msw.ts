/**
 * @module @councilkit/sandbox/msw
 * The sandbox's emulators as msw handlers, answering requests addressed to the real providers' hosts.
 */
import { type HttpHandler, http } from 'msw';
import type { Emulator } from './emulator.js';
import { createEmulators, type SandboxEmulators } from './emulators/create-emulators.js';
import { integrationIdentityOrigin } from './emulators/one-login/index.js';
import { invalidOption } from './errors.js';
import { serviceMounts } from './services.js';

export { createEmulators, type SandboxEmulators } from './emulators/create-emulators.js';

/**
 * msw handlers for every emulated service at its real host (`https://api.notifications.service.gov.uk/*`, ...).
 * Pass your own `createEmulators()` to reach their credentials and test controls.
 *
 * @example
 * const emulators = createEmulators();
 * const server = setupServer(...sandboxHandlers(emulators));
 * const notify = govukNotify({ apiKey: emulators.notify.credentials.apiKey, transport: fetchTransport() });
 */
export function sandboxHandlers(emulators: SandboxEmulators = createEmulators()): HttpHandler[] {
  return (Object.entries(emulators) as [keyof SandboxEmulators, Emulator][])
    .map(([service, emulator]) => {
      if (emulator.basePath !== '') {
        throw invalidOption(
          `emulators.${service}`,
          `is mounted at ${emulator.basePath}; msw needs emulators made with createEmulators()`,
        );
      }
      return http.all(`${serviceMounts[service].realOrigin}/*`, ({ request }) => emulator.fetch(request));
    })
    .concat(
      // One Login's identity issuer (its DID document) lives on a host of its own.
      http.all(`${integrationIdentityOrigin}/*`, ({ request }) => emulators.oneLogin.fetch(request)),
    );
}
