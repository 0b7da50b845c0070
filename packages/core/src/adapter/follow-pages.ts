/** How to walk a provider's pages: fetch one by its cursor, read its items, find the next cursor. */
export interface PageWalk<Page, Item, Cursor> {
  /** The cursor of the first page; undefined for the provider's own first page. */
  readonly first?: Cursor | undefined;
  /** Fetches one page. */
  fetchPage(cursor: Cursor | undefined): Promise<Page>;
  /** The items on a page, in order. */
  items(page: Page): readonly Item[];
  /** The cursor of the page after this one, or undefined when this is the last. */
  next(page: Page, items: readonly Item[]): Cursor | undefined;
}

/**
 * Follows a provider's pages as one async iterator: a page is fetched only when the caller has
 * used up the one before, so a caller that stops iterating stops the requests. It ends on an empty
 * page, a page with no next cursor, or a cursor that repeats (which would otherwise loop for ever).
 *
 * @example
 * for await (const message of followPages({
 *   fetchPage: (cursor) => get('/messages', { query: { after: cursor } }),
 *   items: (page) => page.messages,
 *   next: (page) => page.nextCursor ?? undefined,
 * })) console.log(message.id);
 */
export async function* followPages<Page, Item, Cursor = string>(
  walk: PageWalk<Page, Item, Cursor>,
): AsyncGenerator<Item, void, undefined> {
  let cursor = walk.first;
  const seen = new Set<Cursor>();
  for (;;) {
    const page = await walk.fetchPage(cursor);
    const items = walk.items(page);
    if (items.length === 0) return;
    yield* items;
    const next = walk.next(page, items);
    if (next === undefined || next === cursor || seen.has(next)) return;
    if (cursor !== undefined) seen.add(cursor);
    cursor = next;
  }
}
