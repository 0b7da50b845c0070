import { badRequest } from './api-error.js';
import { type FilterableRecord, parseFilters } from './fq-filter.js';
import type { OutputSrs } from './records.js';

/** The parameters every OS Places search takes, checked as the API checks them. */
export interface CommonParameters {
  readonly offset: number;
  readonly maxresults: number;
  /** `DPA`, `LPI` or both, in the order asked. */
  readonly datasets: readonly ('DPA' | 'LPI')[];
  readonly datasetText: string;
  readonly languages: ReadonlySet<string>;
  readonly lr: string;
  readonly srs: OutputSrs;
  readonly srsText: string;
  readonly filter: (record: FilterableRecord) => boolean;
}

const srsNames: Record<string, [OutputSrs, string]> = {
  BNG: ['BNG', 'EPSG:27700'],
  'EPSG:27700': ['BNG', 'EPSG:27700'],
  WGS84: ['WGS84', 'EPSG:4326'],
  'EPSG:4326': ['WGS84', 'EPSG:4326'],
  // Web Mercator and ETRS89 are answered as WGS84 here: within a metre or so at these scales.
  'EPSG:3857': ['WGS84', 'EPSG:3857'],
  'EPSG:4258': ['WGS84', 'EPSG:4258'],
};

function wholeNumber(value: string | null, name: string, fallback: number, min: number, max: number): number {
  if (value === null) return fallback;
  const number = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw badRequest(
      `Requested ${name} must be a whole number between ${min} and ${max}. Requested ${name} was ${value.slice(0, 20)}`,
    );
  }
  return number;
}

/** Reads and checks the shared parameters; anything out of range is OS's 400. */
export function commonParameters(url: URL): CommonParameters {
  const search = url.searchParams;
  const format = (search.get('format') ?? 'JSON').toUpperCase();
  // XML is documented but not emulated: asking for it is refused rather than answered in JSON.
  if (format !== 'JSON')
    throw badRequest('Requested format is not supported by the sandbox. Use format=JSON');
  const datasetText = (search.get('dataset') ?? 'DPA').toUpperCase();
  const datasets = datasetText.split(',').map((name) => name.trim());
  if (
    datasets.length === 0 ||
    datasets.length > 2 ||
    !datasets.every((name) => name === 'DPA' || name === 'LPI')
  ) {
    throw badRequest(
      `Requested dataset is invalid: ${datasetText.slice(0, 20)}. Valid datasets are DPA, LPI`,
    );
  }
  const lr = (search.get('lr') ?? 'EN,CY').toUpperCase();
  const languages = new Set(lr.split(',').map((name) => name.trim()));
  if (![...languages].every((name) => name === 'EN' || name === 'CY')) {
    throw badRequest(`Requested lr is invalid: ${lr.slice(0, 20)}. Valid values are EN, CY`);
  }
  const srsText = (search.get('output_srs') ?? 'EPSG:27700').toUpperCase();
  const srs = srsNames[srsText];
  if (!srs) throw badRequest(`Requested output_srs is invalid: ${srsText.slice(0, 20)}`);
  return {
    offset: wholeNumber(search.get('offset'), 'offset', 0, 0, 999_999),
    maxresults: wholeNumber(search.get('maxresults'), 'maxresults', 100, 1, 100),
    datasets: datasets as ('DPA' | 'LPI')[],
    datasetText: datasets.join(','),
    languages,
    lr,
    srs: srs[0],
    srsText: srs[1],
    filter: parseFilters(search.getAll('fq')),
  };
}
