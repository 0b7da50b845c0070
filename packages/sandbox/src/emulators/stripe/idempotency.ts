/** A stored first answer to an idempotent request. */
interface StoredAnswer {
  readonly endpoint: string;
  readonly fingerprint: string;
  /** Undefined while the first request is still running. */
  answer?: { readonly status: number; readonly body: string };
}

/**
 * Stripe's idempotency: the first answer to a key is kept and replayed for the same endpoint and
 * parameters; other parameters are an `idempotency_error`; a key still running is a 409.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, StoredAnswer>();

  /** What to do with a request carrying `key`. */
  lookup(
    key: string,
    endpoint: string,
    fingerprint: string,
  ):
    | { kind: 'new' }
    | { kind: 'replay'; status: number; body: string }
    | { kind: 'in-progress' }
    | { kind: 'other-endpoint'; endpoint: string }
    | { kind: 'other-parameters' } {
    const entry = this.entries.get(key);
    if (!entry) return { kind: 'new' };
    if (entry.endpoint !== endpoint) return { kind: 'other-endpoint', endpoint: entry.endpoint };
    if (entry.fingerprint !== fingerprint) return { kind: 'other-parameters' };
    if (!entry.answer) return { kind: 'in-progress' };
    return { kind: 'replay', ...entry.answer };
  }

  begin(key: string, endpoint: string, fingerprint: string): void {
    this.entries.set(key, { endpoint, fingerprint });
  }

  finish(key: string, status: number, body: string): void {
    const entry = this.entries.get(key);
    if (entry) entry.answer = { status, body };
  }

  /** Forgets a key whose request failed validation: Stripe does not store those. */
  forget(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** A stable text for a parameter tree, so the same parameters in any order compare equal. */
export function fingerprintOf(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
