import { isValidPostcode, normalisePostcode } from '@councilkit/core';
import type { Context, Hono } from 'hono';
import { type AddressDataset, compactPostcode, type FixtureAddress } from '../address-data/index.js';
import {
  type GetAddressAddress,
  getAddressId,
  postcodeLocation,
  toGetAddressAddress,
  toGetAddressFullAddress,
  toGetAddressLine,
} from './address-wire.js';
import { GetAddressApiError, invalidPostcode, notFound } from './api-error.js';
import { applyTestPostcode } from './test-postcodes.js';

const service = { service: 'getAddress' } as const;
const defaultTop = 6;
const maxTop = 20;

// getAddress.io's data is Royal Mail's: live delivery points only.
const onPaf = (address: FixtureAddress) => address.udprn !== undefined && address.logicalStatusCode !== 8;

/** The options an autocomplete request may send as its JSON body (or, for GET, in the query). */
interface AutocompleteOptions {
  top?: unknown;
  template?: unknown;
  show_postcode?: unknown;
  filter?: {
    postcode?: unknown;
    town_or_city?: unknown;
    locality?: unknown;
    district?: unknown;
    county?: unknown;
    residential?: unknown;
  };
}

const sameText = (wanted: unknown, actual: string) =>
  typeof wanted !== 'string' || wanted.toLowerCase() === actual.toLowerCase();

function matchesFilter(
  address: FixtureAddress,
  wire: GetAddressAddress,
  filter: AutocompleteOptions['filter'],
): boolean {
  if (!filter || typeof filter !== 'object') return true;
  if (typeof filter.postcode === 'string') {
    const wanted = compactPostcode(filter.postcode);
    if (!compactPostcode(address.postcode).startsWith(wanted)) return false;
  }
  if (typeof filter.residential === 'boolean' && filter.residential !== wire.residential) return false;
  return (
    sameText(filter.town_or_city, wire.town_or_city) &&
    sameText(filter.locality, wire.locality) &&
    sameText(filter.district, wire.district) &&
    sameText(filter.county, wire.county)
  );
}

// `{line_1}, {postcode}`-style templates: each `{field}` becomes that field of the address.
function applyTemplate(template: string, fields: Record<string, unknown>): string {
  return template.replace(/\{([a-z0-9_]{1,40})\}/g, (whole, name: string) =>
    Object.hasOwn(fields, name) ? String(fields[name] ?? '') : whole,
  );
}

function suggestionText(
  address: FixtureAddress,
  wire: GetAddressAddress,
  options: AutocompleteOptions,
): string {
  if (typeof options.template === 'string' && options.template.length <= 500) {
    return applyTemplate(options.template, { ...toGetAddressFullAddress(address), ...wire });
  }
  const parts = [wire.line_1, wire.line_2, wire.line_3, wire.line_4, wire.locality, wire.town_or_city];
  if (options.show_postcode === true) parts.push(address.postcode);
  return parts.filter(Boolean).join(', ');
}

async function autocompleteOptions(context: Context): Promise<AutocompleteOptions> {
  if (context.req.method !== 'POST') {
    const top = context.req.query('top');
    return {
      top: top === undefined ? undefined : Number(top),
      show_postcode: context.req.query('show-postcode') === 'true',
    };
  }
  const text = await context.req.text();
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as AutocompleteOptions) : {};
  } catch {
    throw new GetAddressApiError(400, 'The request body is not valid JSON.');
  }
}

/** Registers `/find/{postcode}`, `/find/{postcode}/{house}`, `/autocomplete/{term}` and `/get/{id}`. */
export function registerRoutes(app: Hono, dataset: AddressDataset): void {
  const ids = new Map<string, FixtureAddress>();
  for (const address of dataset.addresses) {
    if (onPaf(address) && (address.testValueOf ?? 'getAddress') === 'getAddress')
      ids.set(getAddressId(address), address);
  }
  const collator = new Intl.Collator('en-GB', { numeric: true });

  const find = (context: Context) => {
    const compact = compactPostcode(context.req.param('postcode') ?? '');
    applyTestPostcode(compact);
    const isTestPostcode = compact === 'XX200X';
    if (!isTestPostcode && !isValidPostcode(compact)) throw invalidPostcode();
    let addresses = dataset.byPostcode(compact, service).filter(onPaf);
    const house = context.req.param('house')?.toLowerCase();
    if (house) {
      addresses = addresses.filter((address) =>
        [address.buildingNumber, address.buildingName, address.subBuilding, address.organisation].some(
          (part) => part?.toLowerCase().includes(house),
        ),
      );
    }
    if (addresses.length === 0) throw notFound();
    const postcode = isTestPostcode ? 'XX2 00X' : normalisePostcode(compact);
    let wires = addresses.map(toGetAddressAddress);
    if (context.req.query('sort') === 'true') {
      wires = [...wires].sort((a, b) => collator.compare(toGetAddressLine(a), toGetAddressLine(b)));
    }
    const expand = context.req.query('expand') === 'true';
    return context.json({
      postcode,
      ...postcodeLocation(dataset, addresses, postcode),
      addresses: expand ? wires : wires.map(toGetAddressLine),
    });
  };
  app.get('/find/:postcode', find);
  app.get('/find/:postcode/:house', find);

  const autocomplete = async (context: Context) => {
    const term = context.req.param('term') ?? '';
    const options = await autocompleteOptions(context);
    const top =
      typeof options.top === 'number' && Number.isInteger(options.top)
        ? Math.min(Math.max(options.top, 1), maxTop)
        : defaultTop;
    const suggestions = [];
    for (const address of dataset.search(term, service)) {
      if (!onPaf(address)) continue;
      const wire = toGetAddressAddress(address);
      if (!matchesFilter(address, wire, options.filter)) continue;
      const id = getAddressId(address);
      suggestions.push({ address: suggestionText(address, wire, options), url: `/get/${id}`, id });
      if (suggestions.length === top) break;
    }
    return context.json({ suggestions });
  };
  app.get('/autocomplete/:term', autocomplete);
  app.post('/autocomplete/:term', autocomplete);

  app.get('/get/:id', (context) => {
    const address = ids.get(context.req.param('id'));
    if (!address) throw new GetAddressApiError(404, 'Address not found.');
    return context.json(toGetAddressFullAddress(address));
  });
}
