/**
 * Postcodes Royal Mail has withdrawn, which postcodes.io reports alongside "Postcode not found".
 * Made-up entries in real districts, so the edge case can be tested.
 */
const terminatedPostcodes = [
  {
    postcode: 'M2 5AA',
    year_terminated: 2015,
    month_terminated: 6,
    longitude: -2.244597,
    latitude: 53.479421,
  },
  { postcode: 'SO16 0AA', year_terminated: 2009, month_terminated: 3, longitude: -1.469, latitude: 50.9371 },
];

/** The terminated postcode, as postcodes.io describes it, if the text is one. */
export function findTerminated(text: string) {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return terminatedPostcodes.find((entry) => entry.postcode.replace(' ', '') === compact);
}
