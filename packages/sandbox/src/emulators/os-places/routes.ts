import type { Hono } from 'hono';
import { type AddressDataset, compactPostcode, type FixtureAddress } from '../address-data/index.js';
import { badRequest, jsonResponse } from './api-error.js';
import { type CommonParameters, commonParameters } from './query-parameters.js';
import { dpaRecord, lpiRecords, type OsPlacesResult } from './records.js';

/** The data epoch the sandbox claims: AddressBase releases are numbered. */
const epoch = '108';

// Area letters, one district digit: the least `/postcode` accepts ("SO1"), as OS says.
const shortestPostcode = /^[A-Z]{1,2}\d/;
const fullPostcode = /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/;

interface Scored {
  readonly address: FixtureAddress;
  readonly match: number;
}

function records(found: readonly Scored[], parameters: CommonParameters): OsPlacesResult[] {
  const results: OsPlacesResult[] = [];
  for (const { address, match } of found) {
    for (const dataset of parameters.datasets) {
      if (dataset === 'DPA' && address.udprn !== undefined) {
        results.push(dpaRecord(address, parameters.srs, match));
      }
      if (dataset === 'LPI')
        results.push(...lpiRecords(address, parameters.srs, parameters.languages, match));
    }
  }
  return results.filter((result) => parameters.filter(filterable(result)));
}

function filterable(result: OsPlacesResult): Record<string, string | number | null | undefined> {
  const record = ('DPA' in result ? result.DPA : result.LPI) as Record<
    string,
    string | number | null | undefined
  >;
  return record;
}

/** The envelope: a header always, `results` only when there are some (OS leaves it out otherwise). */
function envelope(
  url: URL,
  query: string,
  parameters: CommonParameters,
  all: OsPlacesResult[],
  extra = {},
): Response {
  const page = all.slice(parameters.offset, parameters.offset + parameters.maxresults);
  const header = {
    uri: url.toString(),
    query,
    offset: parameters.offset,
    totalresults: all.length,
    format: 'JSON',
    dataset: parameters.datasetText,
    lr: parameters.lr,
    maxresults: parameters.maxresults,
    ...extra,
    epoch,
    lastupdate: '2026-11-10',
    output_srs: parameters.srsText,
  };
  return jsonResponse(page.length > 0 ? { header, results: page } : { header });
}

function required(url: URL, name: string, message: string): string {
  const value = url.searchParams.get(name);
  if (value === null || value.trim() === '') throw badRequest(message);
  return value;
}

/** `/postcode`, `/uprn` and `/find`, answered from the shared fixtures. */
export function registerRoutes(app: Hono, dataset: AddressDataset): void {
  app.get('/search/places/v1/postcode', (context) => {
    const url = new URL(context.req.url);
    const postcode = url.searchParams.get('postcode') ?? '';
    const wanted = compactPostcode(postcode.slice(0, 100));
    if (!shortestPostcode.test(wanted) || wanted.length > 7) {
      throw badRequest(
        `Requested postcode must contain a minimum of the sector plus 1 digit of the district e.g. SO1. Requested postcode was ${wanted}`,
      );
    }
    const parameters = commonParameters(url);
    const found = fullPostcode.test(wanted) ? dataset.byPostcode(wanted) : dataset.byPostcodePrefix(wanted);
    const all = records(
      found.map((address) => ({ address, match: 1 })),
      parameters,
    );
    return envelope(url, `postcode=${postcode}`, parameters, all);
  });

  app.get('/search/places/v1/uprn', (context) => {
    const url = new URL(context.req.url);
    const uprn = required(url, 'uprn', 'Requested UPRN must be supplied');
    if (!/^\d{1,12}$/.test(uprn)) {
      throw badRequest(
        `Requested UPRN must be a numeric value of up to 12 digits. Requested UPRN was ${uprn.slice(0, 20)}`,
      );
    }
    const parameters = commonParameters(url);
    const found = dataset.byUprn(String(Number(uprn)));
    const all = records(found ? [{ address: found, match: 1 }] : [], parameters);
    return envelope(url, `uprn=${uprn}`, parameters, all);
  });

  app.get('/search/places/v1/find', (context) => {
    const url = new URL(context.req.url);
    const query = required(url, 'query', 'Requested query parameter must be supplied and must not be empty');
    const minmatchText = url.searchParams.get('minmatch');
    const minmatch = minmatchText === null ? 0 : Number(minmatchText);
    if (!(minmatch >= 0 && minmatch <= 1) || minmatchText === '') {
      throw badRequest(
        `Requested minmatch must be a number between 0.1 and 1. Requested minmatch was ${String(minmatchText).slice(0, 20)}`,
      );
    }
    const precisionText = url.searchParams.get('matchprecision') ?? '1';
    const matchprecision = Number(precisionText);
    if (!(Number.isInteger(matchprecision) && matchprecision >= 1 && matchprecision <= 10)) {
      throw badRequest(
        `Requested matchprecision must be a whole number between 1 and 10. Requested matchprecision was ${precisionText.slice(0, 20)}`,
      );
    }
    const parameters = commonParameters(url);
    const words = query
      .slice(0, 500)
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    // Every match contains every word; the score rises with the share of whole-word matches.
    const found = dataset.search(query.slice(0, 500)).map((address): Scored => {
      const text =
        `${address.organisation ?? ''} ${address.buildingName ?? ''} ${address.buildingNumber ?? ''} ${address.street} ${address.locality ?? ''} ${address.town} ${address.postcode}`.toLowerCase();
      const tokens = new Set(text.split(/[\s,]+/));
      const whole = words.filter((word) => tokens.has(word)).length;
      const match = Math.round((0.7 + (0.3 * whole) / Math.max(words.length, 1)) * 10) / 10;
      return { address, match };
    });
    const kept = found.filter((entry) => entry.match >= minmatch).sort((a, b) => b.match - a.match);
    const all = records(kept, parameters);
    return envelope(url, `query=${query}`, parameters, all, { matchprecision });
  });
}
