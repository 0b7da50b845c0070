import type { Hono } from 'hono';
import { badRequest, postcodeNotFound, udprnNotFound } from './api-error.js';
import { success } from './http.js';
import { filterFields, toPafAddress } from './paf-address.js';
import { integerParameter } from './query.js';
import {
  compactPostcode,
  type SourceAddress,
  type SourceAddressBook,
  spacedPostcode,
} from './source-address.js';
import { testAddresses, testPostcodeOutcome, testUdprnOutcome } from './test-values.js';
import { createTextSearch, singleLineOf } from './text-search.js';

const postcodePageSize = 100;
// The autocomplete query's documented maximum length.
const maxAutocompleteQuery = 150;

// A compact postcode's outward code, when the text has the shape of a full postcode.
function looksLikePostcode(compact: string): boolean {
  if (compact.length < 5 || compact.length > 7) return false;
  const inward = compact.slice(-3);
  const digit = (code: number) => code >= 48 && code <= 57;
  const letter = (code: number) => code >= 65 && code <= 90;
  return digit(inward.charCodeAt(0)) && letter(inward.charCodeAt(1)) && letter(inward.charCodeAt(2));
}

/** Registers `/v1/postcodes`, `/v1/addresses`, `/v1/udprn` and `/v1/autocomplete/addresses`. */
export function registerRoutes(app: Hono, book: SourceAddressBook): void {
  const search = createTextSearch(book.all);
  const addressesAt = (compact: string): readonly SourceAddress[] =>
    compact === 'ID11QD' ? testAddresses : book.byPostcode(spacedPostcode(compact));
  const byUdprn = (udprn: string) =>
    testAddresses.find((address) => address.udprn === udprn) ?? book.byUdprn(udprn);

  // Up to five known postcodes in the same outward code, as the real "suggestions" offer.
  const suggestionsFor = (compact: string): string[] => {
    if (!looksLikePostcode(compact)) return [];
    const outward = `${compact.slice(0, -3)} `;
    return book.postcodes.filter((postcode) => postcode.startsWith(outward)).slice(0, 5);
  };

  app.get('/v1/postcodes/:postcode', (context) => {
    const url = new URL(context.req.url);
    const compact = compactPostcode(context.req.param('postcode'));
    testPostcodeOutcome(compact, 'postcodes');
    const page = integerParameter(url, 'page', 0, 0, 10);
    const all = addressesAt(compact);
    if (all.length === 0) throw postcodeNotFound(suggestionsFor(compact));
    const filter = url.searchParams.get('filter') ?? undefined;
    const result = all
      .slice(page * postcodePageSize, (page + 1) * postcodePageSize)
      .map((address) => filterFields(toPafAddress(address), filter));
    return success(result, { limit: postcodePageSize, page, total: all.length });
  });

  app.get('/v1/udprn/:udprn', (context) => {
    const udprn = context.req.param('udprn');
    const address = testUdprnOutcome(udprn) ?? byUdprn(udprn);
    if (!address) throw udprnNotFound();
    const filter = new URL(context.req.url).searchParams.get('filter') ?? undefined;
    return success(filterFields(toPafAddress(address), filter));
  });

  app.get('/v1/addresses', (context) => {
    const url = new URL(context.req.url);
    const query = (url.searchParams.get('query') ?? url.searchParams.get('q') ?? '').trim();
    const limit = integerParameter(url, 'limit', 10, 0, 100);
    const page = integerParameter(url, 'page', 0, 0, 100);
    const uprn = url.searchParams.get('uprn');
    const postcodeFilter = url.searchParams.get('postcode');
    const compact = compactPostcode(query);
    const outcome = testPostcodeOutcome(compact, 'addresses');
    let matches: readonly SourceAddress[];
    let paged = true;
    if (outcome === 'empty') matches = [];
    else if (outcome === 'addresses') {
      matches = testAddresses;
      paged = false;
    } else if (
      query !== '' &&
      looksLikePostcode(compact) &&
      book.byPostcode(spacedPostcode(compact)).length > 0
    ) {
      // A valid postcode as the query answers the whole postcode; limit and page are ignored.
      matches = book.byPostcode(spacedPostcode(compact));
      paged = false;
    } else if (query !== '') matches = search(query);
    else if (uprn !== null) matches = [];
    else
      throw badRequest(
        '.query.query',
        "should have required property 'query'",
        'required.openapi.validation',
      );
    if (uprn !== null) {
      const byUprn = book.byUprn(uprn);
      matches = query === '' ? (byUprn ? [byUprn] : []) : matches.filter((address) => address.uprn === uprn);
    }
    if (postcodeFilter !== null) {
      const wanted = new Set(postcodeFilter.split(',').map((term) => spacedPostcode(compactPostcode(term))));
      matches = matches.filter((address) => wanted.has(address.postcode));
    }
    const hits = paged ? matches.slice(page * limit, (page + 1) * limit) : matches;
    return success({
      hits: hits.map((address) => toPafAddress(address)),
      total: matches.length,
      limit: paged ? limit : matches.length,
      page: paged ? page : 0,
    });
  });

  app.get('/v1/autocomplete/addresses', (context) => {
    const url = new URL(context.req.url);
    const query = url.searchParams.get('query') ?? url.searchParams.get('q') ?? '';
    if (query.length > maxAutocompleteQuery) {
      throw badRequest(
        '.query.query',
        `should NOT be longer than ${maxAutocompleteQuery} characters`,
        'maxLength.openapi.validation',
      );
    }
    const limit = integerParameter(url, 'limit', 10, 1, 100);
    const compact = compactPostcode(query);
    const matches = compact === 'ID11QD' ? testAddresses : search(query);
    const hits = matches.slice(0, limit).map((address) => {
      const paf = toPafAddress(address);
      // Suggestions end with the outward code, not the whole postcode, as the real ones do.
      const line = singleLineOf(address);
      const suggestion = `${line.slice(0, line.lastIndexOf(', '))}, ${paf.postcode_outward}`;
      return { id: paf.id, suggestion, udprn: paf.udprn, urls: { udprn: `/v1/udprn/${paf.udprn}` } };
    });
    return success({ hits });
  });

  app.get('/v1/autocomplete/addresses/:id/gbr', (context) => {
    const id = context.req.param('id');
    const address = id.startsWith('paf_') ? byUdprn(id.slice(4)) : undefined;
    if (!address) throw udprnNotFound();
    return success(toPafAddress(address));
  });
}
