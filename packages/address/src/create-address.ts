import { isValidPostcode, normalisePostcode, ValidationError } from '@councilkit/core';
import type { Address } from './model/address.js';
import type { PostcodeArea } from './model/postcode-area.js';

/** An address's parts as an adapter read them; `createAddress` works out the rest. */
export type AddressParts = {
  -readonly [Field in Exclude<keyof Address, 'lines' | 'singleLine' | 'postcode' | 'town'>]?:
    | Address[Field]
    | undefined;
} & {
  readonly town: string;
  /** Any spacing and case; made canonical. */
  readonly postcode: string;
  readonly provider: string;
};

/** The longest address form has three lines above the town. */
const maximumLines = 3;

/**
 * Builds an `Address` from its parts the same way for every adapter, so the same place found
 * through two providers gives the same `lines` and `singleLine`: organisation, department, flat and
 * building name, number and street, then locality; more than three lines are joined from the top.
 */
export function createAddress(parts: AddressParts): Address {
  requireText(parts, ['town', 'postcode', 'provider']);
  const postcode = canonicalPostcode(parts.postcode);
  const premises = [parts.subBuilding, parts.buildingName].filter(present).join(', ');
  const street = [parts.buildingNumber, parts.street].filter(present).join(' ');
  const lines = [parts.organisation, parts.department, premises, street, parts.locality].filter(present);
  while (lines.length > maximumLines) lines.splice(0, 2, `${lines[0]}, ${lines[1]}`);
  if (lines.length === 0) lines.push(parts.town);
  const address: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(parts)) {
    if (value !== undefined && value !== '') address[field] = value;
  }
  address['postcode'] = postcode;
  address['lines'] = lines;
  address['singleLine'] = [...lines, parts.town, postcode].join(', ');
  return address as unknown as Address;
}

/** A postcode area from its parts, with the postcode canonical and empty fields left out. */
export function createPostcodeArea(
  parts: { -readonly [Field in keyof PostcodeArea]?: PostcodeArea[Field] | undefined } & {
    readonly postcode: string;
    readonly provider: string;
  },
): PostcodeArea {
  requireText(parts, ['postcode', 'provider']);
  const area: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(parts)) {
    if (value !== undefined && value !== null) area[field] = value;
  }
  area['postcode'] = canonicalPostcode(parts.postcode);
  return area as unknown as PostcodeArea;
}

/**
 * The canonical form of a postcode a provider sent: normalised when it is a valid UK postcode, and
 * otherwise (a provider's test value such as `ID1 KFA`) upper case with one space before the last three.
 */
export function canonicalPostcode(text: string): string {
  requireText({ text }, ['text']);
  if (isValidPostcode(text)) return normalisePostcode(text);
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

// Adapter code calls these with what a provider sent; a missing field is a bug to report clearly.
function requireText(parts: unknown, fields: readonly string[]): void {
  const record = (typeof parts === 'object' && parts !== null ? parts : {}) as Record<string, unknown>;
  const issues = fields
    .filter((field) => typeof record[field] !== 'string')
    .map((path) => ({ path, message: 'must be text' }));
  if (issues.length > 0) throw new ValidationError(issues);
}

function present(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}
