import { invalidRequest } from './api-error.js';

/**
 * A Stripe list page over `items` (newest first): `starting_after` pages on, `ending_before` back.
 * Every item has an `id`, which auto-paging clients use as the next cursor.
 */
export function listPage<Item extends { id: string }>(
  items: readonly Item[],
  page: { limit: number; startingAfter: string | undefined; endingBefore: string | undefined },
  url: string,
  toObject: (item: Item) => Record<string, unknown>,
): Record<string, unknown> {
  let from = 0;
  let to = items.length;
  if (page.startingAfter !== undefined) {
    const index = items.findIndex((item) => item.id === page.startingAfter);
    if (index === -1) throw invalidRequest(`No such object: '${page.startingAfter}'`, 'starting_after');
    from = index + 1;
  } else if (page.endingBefore !== undefined) {
    const index = items.findIndex((item) => item.id === page.endingBefore);
    if (index === -1) throw invalidRequest(`No such object: '${page.endingBefore}'`, 'ending_before');
    to = index;
    from = Math.max(0, to - page.limit);
  }
  const data = items.slice(from, Math.min(to, from + page.limit));
  const hasMore = page.endingBefore !== undefined ? from > 0 : from + data.length < items.length;
  return { object: 'list', data: data.map(toObject), has_more: hasMore, url };
}

/** Newest first: the order of every Stripe list. */
export function newestFirst<Item extends { sequence: number }>(items: Iterable<Item>): Item[] {
  return [...items].sort((a, b) => b.sequence - a.sequence);
}
