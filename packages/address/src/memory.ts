import {
  type AnyCouncilKitError,
  CouncilKitError,
  type LoggerOptions,
  onFirstUse,
  parseConfig,
  z,
} from '@councilkit/core';
import { createAddress, createPostcodeArea } from './create-address.js';
import { type AddressProviderImplementation, defineAddressProvider } from './define.js';
import {
  type MemoryAddressInput,
  type MemoryPostcodeAreaInput,
  seedAddresses,
  seedAreas,
} from './memory/seed.js';
import type { Address } from './model/address.js';
import type { PostcodeArea } from './model/postcode-area.js';
import type { AddressProvider } from './port.js';

export type { MemoryAddressInput, MemoryPostcodeAreaInput } from './memory/seed.js';

/** Capabilities the memory adapter can be told to lack, to stand in for a smaller provider. */
export type MemoryCapability =
  | 'findByPostcode'
  | 'search'
  | 'getByUprn'
  | 'lookupPostcodeArea'
  | 'localCustodianCode';

/** Options of `memoryAddresses`. */
export interface MemoryAddressOptions extends LoggerOptions {
  /** The provider name it reports; `memory` unless given (fallback tests use two). */
  name?: string;
  /** Addresses to hold, after the seeded ones. */
  addresses?: readonly MemoryAddressInput[];
  /** Postcode areas to hold, after the seeded ones. */
  areas?: readonly MemoryPostcodeAreaInput[];
  /** Start with a few real places (OS headquarters, 10 Downing Street, ...); true unless false. */
  seed?: boolean;
  /** Capabilities to switch off. */
  without?: readonly MemoryCapability[];
  /** Milliseconds each lookup takes, so tests can overlap calls; 0 unless given. */
  latencyMs?: number;
}

/** What a test can do to the memory adapter, behind the port. */
export interface MemoryAddressControls {
  /** Adds an address. */
  add(address: MemoryAddressInput): Address;
  /** Adds a postcode area. */
  addArea(area: MemoryPostcodeAreaInput): PostcodeArea;
  /** Makes the next `times` lookups fail with `error` (a `RateLimitError`, a `TransportError`, ...). */
  failNext(error: AnyCouncilKitError, times?: number): void;
  /** Makes every lookup fail with `error` until called with `undefined`: an outage. */
  failAll(error: AnyCouncilKitError | undefined): void;
  /** How many lookups reached the store (cache tests count them). */
  lookups(): number;
}

/** The memory adapter: an `AddressProvider` plus the controls a test needs. */
export type MemoryAddressProvider = AddressProvider & { readonly controls: MemoryAddressControls };

const capabilityNames = [
  'findByPostcode',
  'search',
  'getByUprn',
  'lookupPostcodeArea',
  'localCustodianCode',
] as const;

const optionsSchema = onFirstUse(() =>
  z.strictObject({
    name: z.string().min(1, { error: 'must not be empty' }).optional(),
    addresses: z.array(z.unknown(), { error: 'must be a list of addresses' }).optional(),
    areas: z.array(z.unknown(), { error: 'must be a list of postcode areas' }).optional(),
    seed: z.boolean().optional(),
    without: z.array(z.enum(capabilityNames)).optional(),
    latencyMs: z.int().min(0).max(60_000).optional(),
    level: z.unknown().optional(),
    logger: z.unknown().optional(),
  }),
);

const searchable = (address: Address) =>
  `${address.singleLine} ${address.postcode.replace(' ', '')}`.toLowerCase();

/**
 * A real address provider that keeps its addresses in memory: lookups by postcode, text and UPRN,
 * postcode areas, and the council filter. For unit tests and demos; `controls` adds places and
 * simulates failures.
 */
export function memoryAddresses(options: MemoryAddressOptions = {}): MemoryAddressProvider {
  parseConfig(optionsSchema(), options, 'memory');
  const provider = options.name ?? 'memory';
  const without = new Set(options.without ?? []);
  const addresses: { address: Address; text: string }[] = [];
  const areas = new Map<string, PostcodeArea>();
  let pendingFailures: { error: AnyCouncilKitError; times: number } | undefined;
  let outage: AnyCouncilKitError | undefined;
  let lookups = 0;

  const add = (input: MemoryAddressInput) => {
    const address = createAddress({ ...input, provider });
    addresses.push({ address, text: searchable(address) });
    return address;
  };
  const addArea = (input: MemoryPostcodeAreaInput) => {
    const area = createPostcodeArea({ ...input, provider });
    areas.set(area.postcode, area);
    return area;
  };
  if (options.seed !== false) {
    seedAddresses.forEach(add);
    seedAreas.forEach(addArea);
  }
  for (const input of options.addresses ?? []) add(input);
  for (const input of options.areas ?? []) addArea(input);

  // Every lookup passes here: a simulated failure or latency applies to all alike.
  async function lookup<Result>(find: () => Result, signal: AbortSignal | undefined): Promise<Result> {
    lookups += 1;
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    signal?.throwIfAborted();
    if (outage) throw outage;
    if (pendingFailures) {
      const { error } = pendingFailures;
      pendingFailures.times -= 1;
      if (pendingFailures.times <= 0) pendingFailures = undefined;
      throw error;
    }
    return find();
  }

  const implementation: AddressProviderImplementation = {
    provider,
    localCustodianCode: !without.has('localCustodianCode'),
    findByPostcode: (query, { signal }) =>
      lookup(
        () =>
          addresses
            .filter(({ address }) => address.postcode === query.postcode)
            .map(({ address }) => address),
        signal,
      ),
    search: (query, { signal }) =>
      lookup(() => {
        const words = query.text
          .toLowerCase()
          .split(/[\s,]+/)
          .filter(Boolean);
        return addresses
          .filter(({ text }) => words.every((word) => text.includes(word)))
          .map(({ address }) => address)
          .slice(0, query.limit);
      }, signal),
    getByUprn: (query, { signal }) =>
      lookup(() => addresses.find(({ address }) => address.uprn === query.uprn)?.address, signal),
    lookupPostcodeArea: (query, { signal }) => lookup(() => areas.get(query.postcode), signal),
  };
  for (const capability of without) {
    if (capability !== 'localCustodianCode') delete implementation[capability];
  }

  return Object.assign(defineAddressProvider(implementation, options), {
    controls: {
      add,
      addArea,
      failNext(error: AnyCouncilKitError, times = 1) {
        checkError(error);
        pendingFailures = { error, times };
      },
      failAll(error: AnyCouncilKitError | undefined) {
        if (error !== undefined) checkError(error);
        outage = error;
      },
      lookups: () => lookups,
    },
  });
}

function checkError(error: unknown): void {
  if (!CouncilKitError.isInstance(error)) {
    throw new TypeError('memoryAddresses controls: the failure must be a CouncilKitError');
  }
}
