import { asObject, optionalNumber, type WireObject } from './read.js';

/** GOV.UK Pay's largest page: fewer requests for long searches. */
export const pageSize = 500;

/**
 * Every item of a paged GOV.UK Pay search, fetching page after page as the caller iterates and
 * stopping when a page is short or the total is reached.
 */
export async function* followPages<Item>(
  fetchPage: (page: number) => Promise<unknown>,
  read: (item: unknown) => Item,
): AsyncGenerator<Item> {
  for (let page = 1; ; page++) {
    const body: WireObject = asObject(await fetchPage(page), 'a search');
    const results = Array.isArray(body['results']) ? body['results'] : [];
    for (const item of results) yield read(item);
    const total = optionalNumber(body, 'total') ?? 0;
    if (results.length < pageSize || page * pageSize >= total) return;
  }
}
