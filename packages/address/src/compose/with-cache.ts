import { type LoggerOptions, onFirstUse, parseConfig, TransportError, z } from '@councilkit/core';
import { type AddressProviderImplementation, defineAddressProvider, testPostcodesOf } from '../define.js';
import type { CallOptions } from '../model/call-options.js';
import { type AddressMethod, addressMethods } from '../model/capabilities.js';
import type { AddressProvider } from '../port.js';
import { checkProvider } from './check-provider.js';
import { forwardedOptions } from './forward.js';

/** Options of `withCache`. */
export interface CacheOptions extends LoggerOptions {
  /** How long an answer is kept, in milliseconds; one hour unless given. Addresses change rarely. */
  ttlMs?: number;
  /** How many answers are kept; the least recently used goes first. 1000 unless given. */
  maxEntries?: number;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
}

const optionsSchema = onFirstUse(() =>
  z.strictObject({
    ttlMs: z
      .int({ error: 'must be a whole number of milliseconds' })
      .min(1, { error: 'must be at least 1' })
      .max(30 * 24 * 3_600_000, { error: 'must be 30 days or less' })
      .optional(),
    maxEntries: z
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be at least 1' })
      .max(10_000_000, { error: 'must be 10000000 or less' })
      .optional(),
    now: z
      .custom<() => number>((value) => typeof value === 'function', { error: 'must be a function' })
      .optional(),
    level: z.unknown().optional(),
    logger: z.unknown().optional(),
  }),
);

interface Entry {
  readonly value: unknown;
  readonly expiresAt: number;
}

/**
 * Wraps a provider with an in-memory LRU cache of its answers, "nothing found" included. The key
 * is the checked query, so `sw1a2aa` and `SW1A 2AA` share an entry; concurrent identical lookups
 * share one request. Failures are never cached.
 */
export function withCache(provider: AddressProvider, options: CacheOptions = {}): AddressProvider {
  checkProvider(provider, 'provider', 'withCache');
  const settings = parseConfig(optionsSchema(), options, 'withCache');
  const ttlMs = settings.ttlMs ?? 3_600_000;
  const maxEntries = settings.maxEntries ?? 1000;
  const now = settings.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on each hit keeps the least recently used first.
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<unknown>>();

  function remember(key: string, value: unknown): void {
    entries.delete(key);
    entries.set(key, { value: freeze(value), expiresAt: now() + ttlMs });
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  }

  async function cached<Result>(
    method: AddressMethod,
    query: unknown,
    options: CallOptions,
    load: (options: CallOptions) => Promise<Result>,
  ): Promise<Result> {
    const key = `${method}\u0000${JSON.stringify(query)}`;
    const hit = entries.get(key);
    if (hit !== undefined) {
      if (hit.expiresAt > now()) {
        entries.delete(key);
        entries.set(key, hit);
        return copy(hit.value) as Result;
      }
      entries.delete(key);
    }
    let shared = inFlight.get(key) as Promise<Result> | undefined;
    if (shared === undefined) {
      shared = load(forwardedOptions(options, false)).then(
        (value) => {
          inFlight.delete(key);
          remember(key, value);
          return value;
        },
        (error: unknown) => {
          inFlight.delete(key);
          throw error;
        },
      );
      inFlight.set(key, shared);
    }
    return copy(await abortable(shared, options.signal, provider.provider)) as Result;
  }

  const implementation: {
    -readonly [Key in keyof AddressProviderImplementation]: AddressProviderImplementation[Key];
  } = {
    provider: provider.provider,
    localCustodianCode: provider.capabilities.localCustodianCode,
    testPostcodes: testPostcodesOf(provider),
  };
  for (const method of addressMethods) {
    if (!provider.capabilities[method]) continue;
    const call = provider[method] as (query: unknown, options: CallOptions) => Promise<unknown>;
    implementation[method] = ((query: unknown, options: CallOptions) =>
      cached(method, query, options, (forwarded) => call.call(provider, query, forwarded))) as never;
  }
  return defineAddressProvider(implementation, options);
}

// Each caller gets its own list, so one caller sorting or trimming it cannot change another's.
function copy(value: unknown): unknown {
  return Array.isArray(value) ? [...value] : value;
}

function freeze(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (const item of value) Object.freeze(item);
    return Object.freeze(value);
  }
  return value === undefined ? value : Object.freeze(value);
}

/** Waits for a shared lookup, but lets this caller give up on its own signal. */
function abortable<Result>(
  shared: Promise<Result>,
  signal: AbortSignal | undefined,
  provider: string,
): Promise<Result> {
  if (signal === undefined) return shared;
  return new Promise<Result>((resolve, reject) => {
    const onAbort = () =>
      reject(new TransportError('The lookup was aborted', { provider, cause: signal.reason }));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    shared.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
