/**
 * Remembers values (completed sign-in states, logout token ids) until they expire, so a repeat is
 * refused. Bounded: past `capacity` the oldest are forgotten, so memory cannot grow without end.
 * It protects one process; across instances, also delete the saved sign-in from the session.
 */
export class ReplayGuard {
  readonly #seen = new Map<string, number>();

  constructor(
    private readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records `value` until `expiresAt`; false if it was already recorded and has not expired. */
  firstUse(value: string, expiresAt: number): boolean {
    const now = this.now();
    const previous = this.#seen.get(value);
    if (previous !== undefined && previous > now) return false;
    this.#seen.delete(value);
    this.#seen.set(value, expiresAt);
    // Map keeps insertion order: the first entries are the oldest.
    for (const [key, expiry] of this.#seen) {
      if (this.#seen.size <= this.capacity && expiry > now) break;
      this.#seen.delete(key);
    }
    return true;
  }
}
