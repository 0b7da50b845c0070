import type { FixtureAddress } from '../address-data/index.js';

// A building name such as "1A" or "12-14" reads as a number: it goes before the street, as PAF's
// rules say. Checked by hand rather than with a pattern, so odd input costs linear time.
function isNumberLike(name: string): boolean {
  if (name.length === 0 || name.length > 8) return false;
  const first = name.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  for (const character of name) {
    const code = character.charCodeAt(0);
    const digit = code >= 48 && code <= 57;
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!digit && !letter && character !== '-') return false;
  }
  return true;
}

/**
 * The address's lines above the post town, in Royal Mail's order: organisation, department,
 * sub-building, building, number and street, locality (unless told to leave it out). A simplification of PAF's
 * addressing rules that is enough for fixtures.
 */
export function premiseAndStreetLines(
  address: FixtureAddress,
  options: { locality?: boolean } = {},
): string[] {
  const lines: string[] = [];
  const push = (line: string | undefined) => {
    if (line) lines.push(line);
  };
  push(address.organisation);
  push(address.department);
  push(address.subBuilding);
  const buildingName = address.buildingName ?? '';
  const numberLikeName = isNumberLike(buildingName);
  if (!numberLikeName) push(buildingName);
  const premise = address.buildingNumber || (numberLikeName ? buildingName : '');
  const firstStreet = address.dependentStreet || address.street;
  const secondStreet = address.dependentStreet ? address.street : '';
  push([premise, firstStreet].filter(Boolean).join(' '));
  push(secondStreet);
  if (options.locality !== false) push(address.locality);
  return lines;
}

/** Folds lines into exactly `count`, joining the overflow into the last with ", ", padding with ''. */
export function foldLines(lines: readonly string[], count: number): string[] {
  const folded = lines.slice(0, count - 1);
  const rest = lines.slice(count - 1);
  folded.push(rest.join(', '));
  while (folded.length < count) folded.push('');
  return folded;
}
