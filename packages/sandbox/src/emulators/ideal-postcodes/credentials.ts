import { balanceDepleted, invalidKey, limitReached } from './api-error.js';

// Fixed, so the keys a developer copied keep working after the sandbox restarts.
/** The sandbox's working key. */
export const sandboxApiKey = 'ak_councilkitsandbox00000000';
/** A key whose balance is used up: every lookup answers 402 / 4020. */
export const exhaustedApiKey = 'ak_councilkitsandbox00004020';
/** A key past its daily lookup limit: every lookup answers 402 / 4021. */
export const limitReachedApiKey = 'ak_councilkitsandbox00004021';

// Ideal Postcodes documents `iddqd` as a usable test key and `idkfa` as an unusable one.
const documentedUsableKey = 'iddqd';
const documentedUnusableKey = 'idkfa';

// `api_key="..."` inside `Authorization: IDEALPOSTCODES api_key="..." licensee="..."`.
function keyFromAuthorization(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const start = header.indexOf('api_key="');
  if (start === -1) return undefined;
  const from = start + 'api_key="'.length;
  const end = header.indexOf('"', from);
  return end === -1 ? undefined : header.slice(from, end);
}

/** The key a request carries: the `api_key` query parameter, else the `Authorization` header. */
export function apiKeyOf(request: Request, url: URL): string | undefined {
  return (
    url.searchParams.get('api_key') ?? keyFromAuthorization(request.headers.get('authorization') ?? undefined)
  );
}

/**
 * Checks the key before anything else, as the real API does (test postcodes too); throws the
 * error a bad, exhausted or limited key gets.
 */
export function authenticate(apiKey: string | undefined): void {
  if (apiKey === sandboxApiKey || apiKey === documentedUsableKey) return;
  if (apiKey === exhaustedApiKey || apiKey === documentedUnusableKey) throw balanceDepleted();
  if (apiKey === limitReachedApiKey) throw limitReached();
  throw invalidKey();
}

/**
 * Whether a key can be used, as `/v1/keys/{key}` reports it; `undefined` for a key that does not
 * exist. The documented `iddqd` is usable, `idkfa` is not.
 */
export function keyAvailability(apiKey: string): boolean | undefined {
  if (apiKey === sandboxApiKey || apiKey === documentedUsableKey) return true;
  if (apiKey === exhaustedApiKey || apiKey === limitReachedApiKey || apiKey === documentedUnusableKey) {
    return false;
  }
  return undefined;
}
