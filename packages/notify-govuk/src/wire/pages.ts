import { asObject } from './read.js';

/** Fetches one page, newest first, of items older than `olderThan` (all of them when undefined). */
export type PageFetcher = (olderThan: string | undefined) => Promise<unknown>;

/**
 * Walks Notify's pages: each page's last id is the next request's `older_than`. Notify adds a
 * `next` link to every non-empty page, even a short last one, so the walk ends on an empty page
 * or a page without `next`.
 */
export async function* followPages<Item extends { readonly id: string }>(
  listKey: string,
  fetchPage: PageFetcher,
  read: (item: unknown) => Item,
  startOlderThan?: string,
): AsyncGenerator<Item> {
  let olderThan = startOlderThan;
  for (;;) {
    const page = asObject(await fetchPage(olderThan), 'a list');
    const items = Array.isArray(page[listKey]) ? (page[listKey] as unknown[]) : [];
    if (items.length === 0) return;
    let last: string | undefined;
    for (const item of items) {
      const parsed = read(item);
      last = parsed.id;
      yield parsed;
    }
    const links = page['links'] as { next?: unknown } | null | undefined;
    if (!links?.next || last === undefined || last === olderThan) return;
    olderThan = last;
  }
}
