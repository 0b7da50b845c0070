import { invalidKey, missingKey } from './api-error.js';

// Fixed, so a key a developer copied keeps working after the sandbox restarts. Real OS Data Hub
// project keys are 32 letters and digits.
/** The sandbox project's API key. */
export const sandboxApiKey = 'CouncilKitSandboxOsPlacesKey0001';

/** The key a request carries: the `key` header (what OS's own clients send), else the `key` query parameter. */
export function apiKeyOf(request: Request, url: URL): string | undefined {
  return request.headers.get('key') ?? url.searchParams.get('key') ?? undefined;
}

/** Refuses a request without the sandbox key, as the gateway does. */
export function authenticate(key: string | undefined): void {
  if (key === undefined || key === '') throw missingKey();
  if (key !== sandboxApiKey) throw invalidKey();
}
