import type { Hono } from 'hono';
import { type AddressDataset, compactPostcode, type FixtureAddress } from '../address-data/index.js';
import { badRequest, postcodeNotFound, udprnNotFound } from './api-error.js';
import { success } from './http.js';
import { filterFields, toPafAddress } from './paf-address.js';
import { foldLines, premiseAndStreetLines } from './paf-lines.js';
import { integerParameter } from './query.js';
import { applyTestPostcode, applyTestUdprn } from './test-values.js';

const service = { service: 'idealPostcodes' } as const;
const postcodePageSize = 100;
// The autocomplete query's documented maximum length.
const maxAutocompleteQuery = 150;

// PAF holds live delivery points only: no LPI-only objects (no UDPRN) and nothing historic.
const onPaf = (address: FixtureAddress) => address.udprn !== undefined && address.logicalStatusCode !== 8;

// True when compact text has the shape of a whole postcode (an inward code of digit, letter, letter).
function looksLikePostcode(compact: string): boolean {
  if (compact.length < 5 || compact.length > 7) return false;
  const digit = (code: number) => code >= 48 && code <= 57;
  const letter = (code: number) => code >= 65 && code <= 90;
  return (
    digit(compact.charCodeAt(compact.length - 3)) &&
    letter(compact.charCodeAt(compact.length - 2)) &&
    letter(compact.charCodeAt(compact.length - 1))
  );
}

/** Registers `/v1/postcodes`, `/v1/addresses`, `/v1/udprn` and `/v1/autocomplete/addresses`. */
export function registerRoutes(app: Hono, dataset: AddressDataset): void {
  const paf = (address: FixtureAddress) => toPafAddress(address, dataset);
  const atPostcode = (postcode: string) => dataset.byPostcode(postcode, service).filter(onPaf);
  const byUdprn = (udprn: string) => {
    const found = dataset.byUdprn(udprn, service);
    return found && onPaf(found) ? found : undefined;
  };

  // Up to five known postcodes in the same outward code, like the real "suggestions".
  const suggestionsFor = (compact: string): string[] =>
    looksLikePostcode(compact)
      ? dataset.postcodesStartingWith(`${compact.slice(0, -3)} `, 5).map((area) => area.postcode)
      : [];

  app.get('/v1/postcodes/:postcode', (context) => {
    const url = new URL(context.req.url);
    const compact = compactPostcode(context.req.param('postcode'));
    applyTestPostcode(compact, 'postcodes');
    const page = integerParameter(url, 'page', 0, 0, 10);
    const all = atPostcode(compact);
    if (all.length === 0) throw postcodeNotFound(suggestionsFor(compact));
    const filter = url.searchParams.get('filter') ?? undefined;
    const result = all
      .slice(page * postcodePageSize, (page + 1) * postcodePageSize)
      .map((address) => filterFields(paf(address), filter));
    return success(result, { limit: postcodePageSize, page, total: all.length });
  });

  app.get('/v1/udprn/:udprn', (context) => {
    const udprn = context.req.param('udprn');
    applyTestUdprn(udprn);
    const address = byUdprn(udprn);
    if (!address) throw udprnNotFound();
    const filter = new URL(context.req.url).searchParams.get('filter') ?? undefined;
    return success(filterFields(paf(address), filter));
  });

  app.get('/v1/addresses', (context) => {
    const url = new URL(context.req.url);
    const query = (url.searchParams.get('query') ?? url.searchParams.get('q') ?? '').trim();
    const limit = integerParameter(url, 'limit', 10, 0, 100);
    const page = integerParameter(url, 'page', 0, 0, 100);
    const uprn = url.searchParams.get('uprn');
    const postcodeFilter = url.searchParams.get('postcode');
    const compact = compactPostcode(query);
    const wholePostcode = query !== '' && looksLikePostcode(compact) ? atPostcode(compact) : [];
    let matches: readonly FixtureAddress[];
    let paged = true;
    if (applyTestPostcode(compact, 'addresses') === 'empty') matches = [];
    else if (wholePostcode.length > 0) {
      // A postcode as the query answers the whole postcode; limit and page are then ignored.
      matches = wholePostcode;
      paged = false;
    } else if (query !== '') matches = dataset.search(query, service).filter(onPaf);
    else if (uprn !== null) {
      // "Search by UPRN": the filter alone, without a query.
      const found = dataset.byUprn(uprn, service);
      matches = found && onPaf(found) ? [found] : [];
    } else {
      throw badRequest(
        '.query.query',
        "should have required property 'query'",
        'required.openapi.validation',
      );
    }
    if (uprn !== null) matches = matches.filter((address) => address.uprn === uprn);
    if (postcodeFilter !== null) {
      const wanted = new Set(postcodeFilter.split(',').map(compactPostcode));
      matches = matches.filter((address) => wanted.has(compactPostcode(address.postcode)));
    }
    const hits = paged ? matches.slice(page * limit, (page + 1) * limit) : matches;
    return success({
      hits: hits.map(paf),
      total: matches.length,
      // A whole postcode ignores limit and page; the envelope still echoes them, within the API's bounds.
      limit,
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
    const postcodeFilter = url.searchParams.get('postcode');
    let matches = dataset.search(query, service).filter(onPaf);
    if (postcodeFilter !== null) {
      const wanted = new Set(postcodeFilter.split(',').map(compactPostcode));
      matches = matches.filter((address) => wanted.has(compactPostcode(address.postcode)));
    }
    const hits = matches.slice(0, limit).map((address) => {
      const wire = paf(address);
      // A suggestion ends with the post town and the outward code, as the real ones do.
      const lines = foldLines(premiseAndStreetLines(address), 3).filter(Boolean);
      const suggestion = [...lines, wire.post_town, wire.postcode_outward].join(', ');
      return { id: wire.id, suggestion, udprn: wire.udprn, urls: { udprn: `/v1/udprn/${wire.udprn}` } };
    });
    return success({ hits });
  });

  app.get('/v1/autocomplete/addresses/:id/gbr', (context) => {
    const id = context.req.param('id');
    const address = id.startsWith('paf_') ? byUdprn(id.slice(4)) : undefined;
    if (!address) throw udprnNotFound();
    return success(paf(address));
  });
}
