/**
 * The test values each provider documents, which its emulator honours exactly. Ideal Postcodes:
 * ideal-postcodes.co.uk/documentation/testing; getAddress.io: its documentation, as quoted by
 * public client libraries.
 */
export const providerTestValues = {
  idealPostcodes: {
    postcodes: {
      found: 'ID1 1QD',
      notFound: 'ID1 KFA',
      balanceDepleted: 'ID1 CLIP',
      limitReached: 'ID1 CHOP',
    },
    udprns: { found: '0', notFound: '-1', balanceDepleted: '-2', limitReached: '-3' },
  },
  getAddress: {
    postcodes: {
      found: 'XX2 00X',
      notFound: 'XX4 04X',
      badRequest: 'XX4 00X',
      unauthorised: 'XX4 01X',
      rateLimited: 'XX4 29X',
      serverError: 'XX5 00X',
    },
  },
  osPlaces: {
    /** Ordnance Survey's own example: its headquarters. */
    postcode: 'SO16 0AS',
    uprn: '200010019924',
  },
} as const;

/** Postcodes with a known place and no addresses, and places outside Great Britain, for edge-case tests. */
export const specialPostcodes = {
  /** A live postcode with no delivery points. */
  noAddresses: 'SK1 1ZZ',
  northernIreland: 'BT1 5GS',
  scotland: 'EH1 1YJ',
  /** Welsh-language LPIs beside the English ones. */
  welsh: 'CF10 3ND',
  /** A block of flats (sub-buildings) and shops with flats above. */
  flats: 'W1W 7RT',
  /** Scottish tenement flats (`1F2`). */
  tenements: 'EH9 1HE',
} as const;
