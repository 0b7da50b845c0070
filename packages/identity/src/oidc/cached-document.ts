/** How long to keep a document: its `Cache-Control: max-age`, else the default. */
export function freshFor(headers: Readonly<Record<string, string>>, defaultMs: number): number {
  const cacheControl = headers['cache-control'];
  if (cacheControl === undefined) return defaultMs;
  for (const directive of cacheControl.split(',')) {
    const [name, value] = directive.trim().split('=');
    const lower = name?.toLowerCase();
    if (lower === 'no-store' || lower === 'no-cache') return 0;
    if (lower === 'max-age' && value !== undefined && /^\d{1,10}$/.test(value)) return Number(value) * 1000;
  }
  return defaultMs;
}

export interface Fetched<T> {
  readonly value: T;
  /** Milliseconds the value stays fresh. */
  readonly freshForMs: number;
}

/**
 * A document fetched on first use and kept for its time to live. When a refresh fails the copy in
 * hand is kept (and the failure is retried on a later use), so a provider's hiccup never breaks
 * sign-ins; with no copy at all the failure is thrown. Concurrent users share one fetch.
 */
export class CachedDocument<T> {
  #value: T | undefined;
  #freshUntil = 0;
  #fetchedAt = 0;
  #inFlight: Promise<T> | undefined;

  constructor(
    private readonly load: () => Promise<Fetched<T>>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value while fresh; otherwise fetches it, falling back to the stale copy on failure. */
  async get(): Promise<T> {
    if (this.#value !== undefined && this.now() < this.#freshUntil) return this.#value;
    return this.refresh();
  }

  /** Fetches now (sharing a fetch already under way); keeps the stale copy when the fetch fails. */
  async refresh(): Promise<T> {
    this.#inFlight ??= this.#fetch().finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  /** Milliseconds since the last successful fetch; Infinity before the first. */
  age(): number {
    return this.#fetchedAt === 0 ? Number.POSITIVE_INFINITY : this.now() - this.#fetchedAt;
  }

  async #fetch(): Promise<T> {
    try {
      const fetched = await this.load();
      this.#value = fetched.value;
      this.#fetchedAt = this.now();
      this.#freshUntil = this.#fetchedAt + fetched.freshForMs;
      return fetched.value;
    } catch (error) {
      if (this.#value !== undefined) return this.#value;
      throw error;
    }
  }
}
