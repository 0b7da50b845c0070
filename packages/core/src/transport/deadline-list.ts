/** What a deadline list holds: the list links live on the deadline itself, so adding one allocates nothing. */
export interface ListedDeadline {
  /** `performance.now()` at which it runs out. */
  readonly expiresAt: number;
  previous: ListedDeadline | undefined;
  next: ListedDeadline | undefined;
  listed: boolean;
  expire(): void;
}

/**
 * Deadlines of one length, in the order they were set, which is also the order they run out in:
 * one Node timer, set for the first of them, serves them all. A timer per request cost about as
 * much CPU as the rest of a send's own work under load (a `Timeout` object, a place in Node's timer
 * lists and its removal, for a deadline that almost never fires).
 */
class DeadlineList {
  readonly #timeoutMs: number;
  #first: ListedDeadline | undefined;
  #last: ListedDeadline | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  add(deadline: ListedDeadline): void {
    deadline.previous = this.#last;
    deadline.next = undefined;
    deadline.listed = true;
    if (this.#last) this.#last.next = deadline;
    else this.#first = deadline;
    this.#last = deadline;
    // For the first in the list, not the one just added: a deadline added while fire() runs (a
    // caller retrying at once on a timeout) finds the timer unset while earlier ones are still due.
    if (!this.#timer) this.#arm(this.#first!.expiresAt);
  }

  remove(deadline: ListedDeadline): void {
    if (!deadline.listed) return;
    deadline.listed = false;
    if (deadline.previous) deadline.previous.next = deadline.next;
    else this.#first = deadline.next;
    if (deadline.next) deadline.next.previous = deadline.previous;
    else this.#last = deadline.previous;
    deadline.previous = undefined;
    deadline.next = undefined;
    // Nothing left to time: no timer should keep the process waiting, and a length no longer in
    // use (a caller may work out timeoutMs per request) should not stay in the map.
    if (!this.#first) {
      if (this.#timer) clearTimeout(this.#timer);
      this.#timer = undefined;
      if (lists.get(this.#timeoutMs) === this) lists.delete(this.#timeoutMs);
    }
  }

  /** The timer went off: every deadline that has run out expires, and the timer is set for the next. */
  fire(): void {
    this.#timer = undefined;
    const now = performance.now();
    try {
      for (let first = this.#first; first && first.expiresAt <= now; first = this.#first) {
        this.remove(first);
        first.expire();
      }
    } finally {
      // Set again even when one deadline's teardown threw: the rest still run out (the throw goes
      // on, as it did from a request's own timer).
      if (this.#first && !this.#timer) this.#arm(this.#first.expiresAt);
    }
  }

  #arm(expiresAt: number): void {
    // Node's timers count whole milliseconds and never fire early; rounding up keeps it that way.
    this.#timer = setTimeout(fireList, Math.max(1, Math.ceil(expiresAt - performance.now())), this);
  }
}

// One list per deadline length in use: a process uses a handful (each client's timeoutMs).
const lists = new Map<number, DeadlineList>();

function fireList(list: DeadlineList): void {
  list.fire();
}

/** The list for deadlines of this length. */
export function deadlineListFor(timeoutMs: number): {
  add(deadline: ListedDeadline): void;
  remove(deadline: ListedDeadline): void;
} {
  let list = lists.get(timeoutMs);
  if (!list) {
    list = new DeadlineList(timeoutMs);
    lists.set(timeoutMs, list);
  }
  return list;
}
