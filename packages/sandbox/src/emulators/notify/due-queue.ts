/**
 * A min-heap of items by a due time in milliseconds, so the earliest is found without visiting the
 * rest. Items are never removed from the middle: callers drop ones that no longer apply as they
 * come out.
 */
export class DueQueue<Item> {
  private readonly entries: { dueAt: number; item: Item }[] = [];

  push(dueAt: number, item: Item): void {
    const entries = this.entries;
    entries.push({ dueAt, item });
    let index = entries.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.earlier(index, parent)) break;
      this.swap(index, parent);
      index = parent;
    }
  }

  /** The earliest due time, if any. */
  peekDueAt(): number | undefined {
    return this.entries[0]?.dueAt;
  }

  /** The item with the earliest due time, if any. */
  peek(): Item | undefined {
    return this.entries[0]?.item;
  }

  /** Removes and returns the item with the earliest due time. */
  pop(): Item | undefined {
    const entries = this.entries;
    const top = entries[0];
    const last = entries.pop();
    if (top === undefined || last === undefined || entries.length === 0) return top?.item;
    entries[0] = last;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let earliest = index;
      if (left < entries.length && this.earlier(left, earliest)) earliest = left;
      if (right < entries.length && this.earlier(right, earliest)) earliest = right;
      if (earliest === index) break;
      this.swap(index, earliest);
      index = earliest;
    }
    return top.item;
  }

  clear(): void {
    this.entries.length = 0;
  }

  private earlier(a: number, b: number): boolean {
    return (this.entries[a]?.dueAt ?? 0) < (this.entries[b]?.dueAt ?? 0);
  }

  private swap(a: number, b: number): void {
    const entries = this.entries;
    const held = entries[a];
    const other = entries[b];
    if (held === undefined || other === undefined) return;
    entries[a] = other;
    entries[b] = held;
  }
}
