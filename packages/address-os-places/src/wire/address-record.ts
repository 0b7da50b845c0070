import { type Address, createAddress } from '@councilkit/address';
import { titleCase } from '../title-case.js';
import type { WireResult } from './envelope.js';

type Record = Readonly<globalThis.Record<string, unknown>>;

const provider = 'os-places';

function text(record: Record, field: string): string | undefined {
  const value = record[field];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function number(record: Record, field: string): number | undefined {
  const value = record[field];
  const parsed = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : undefined;
}

function joined(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((part): part is string => part !== undefined);
  return kept.length > 0 ? kept.join(', ') : undefined;
}

// `12` + `A` → `12A`; a range `12`-`14` → `12-14`.
function premisesNumber(record: Record, prefix: 'PAO' | 'SAO'): string | undefined {
  const start = text(record, `${prefix}_START_NUMBER`);
  if (start === undefined) return undefined;
  const first = start + (text(record, `${prefix}_START_SUFFIX`) ?? '');
  const end = text(record, `${prefix}_END_NUMBER`);
  return end === undefined ? first : `${first}-${end}${text(record, `${prefix}_END_SUFFIX`) ?? ''}`;
}

function location(record: Record) {
  const latitude = number(record, 'LAT');
  const longitude = number(record, 'LNG');
  const easting = number(record, 'X_COORDINATE');
  const northing = number(record, 'Y_COORDINATE');
  return {
    wgs84: latitude !== undefined && longitude !== undefined ? { latitude, longitude } : undefined,
    // Grid references are metres; a value this small would be degrees sent under the grid's name.
    britishNationalGrid:
      easting !== undefined && northing !== undefined && easting > 1000 ? { easting, northing } : undefined,
  };
}

/** Maps one DPA or LPI record to an `Address`, in title case unless told otherwise. */
export function addressFromRecord(result: WireResult, cased: boolean): Address {
  const { record } = result;
  const name = (value: string | undefined) => (value !== undefined && cased ? titleCase(value) : value);
  const classificationCode = text(record, 'CLASSIFICATION_CODE');
  const classificationDescription = text(record, 'CLASSIFICATION_CODE_DESCRIPTION');
  const language = text(record, 'LANGUAGE')?.toLowerCase();
  const shared = {
    uprn: text(record, 'UPRN'),
    ...location(record),
    classification:
      classificationCode === undefined
        ? undefined
        : {
            code: classificationCode,
            ...(classificationDescription === undefined ? {} : { description: classificationDescription }),
            residential: classificationCode.startsWith('R'),
          },
    localCustodianCode: text(record, 'LOCAL_CUSTODIAN_CODE'),
    language: language === 'cy' ? ('cy' as const) : language === 'en' ? ('en' as const) : undefined,
    provider,
    providerMetadata: { [provider]: record },
  };
  if (result.dataset === 'DPA') {
    return createAddress({
      ...shared,
      udprn: text(record, 'UDPRN'),
      organisation: name(text(record, 'ORGANISATION_NAME')),
      department: name(text(record, 'DEPARTMENT_NAME')),
      subBuilding: name(text(record, 'SUB_BUILDING_NAME')),
      buildingName: name(text(record, 'BUILDING_NAME')),
      buildingNumber: text(record, 'BUILDING_NUMBER'),
      street: name(joined(text(record, 'DEPENDENT_THOROUGHFARE_NAME'), text(record, 'THOROUGHFARE_NAME'))),
      locality: name(joined(text(record, 'DOUBLE_DEPENDENT_LOCALITY'), text(record, 'DEPENDENT_LOCALITY'))),
      town: name(text(record, 'POST_TOWN')) ?? '',
      postcode: text(record, 'POSTCODE') ?? '',
    });
  }
  return createAddress({
    ...shared,
    organisation: name(text(record, 'ORGANISATION')),
    subBuilding: name(joined(premisesNumber(record, 'SAO'), text(record, 'SAO_TEXT'))),
    buildingName: name(text(record, 'PAO_TEXT')),
    buildingNumber: premisesNumber(record, 'PAO'),
    street: name(text(record, 'STREET_DESCRIPTION')),
    locality: name(text(record, 'LOCALITY_NAME')),
    town: name(text(record, 'TOWN_NAME')) ?? '',
    postcode: text(record, 'POSTCODE_LOCATOR') ?? '',
  });
}
