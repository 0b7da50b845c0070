import { createServer } from 'node:http';

// A stub of OS Places on loopback: one fixed, realistic answer (twelve DPA records) for every
// /postcode request, so the measurement is the client's work, not an emulator's.
function answer(postcode) {
  const results = Array.from({ length: 12 }, (_, index) => ({
    DPA: {
      UPRN: String(100023400100 + index),
      UDPRN: String(50100900 + index),
      ADDRESS: `FLAT ${index + 1}, TITCHFIELD HOUSE, 69, GREAT TITCHFIELD STREET, LONDON, ${postcode}`,
      SUB_BUILDING_NAME: `FLAT ${index + 1}`,
      BUILDING_NAME: 'TITCHFIELD HOUSE',
      BUILDING_NUMBER: '69',
      THOROUGHFARE_NAME: 'GREAT TITCHFIELD STREET',
      POST_TOWN: 'LONDON',
      POSTCODE: postcode,
      RPC: '1',
      X_COORDINATE: 529030,
      Y_COORDINATE: 181770,
      LNG: -0.141675,
      LAT: 51.520119,
      STATUS: 'APPROVED',
      LOGICAL_STATUS_CODE: '1',
      CLASSIFICATION_CODE: 'RD06',
      CLASSIFICATION_CODE_DESCRIPTION: 'Self Contained Flat (Includes Maisonette / Apartment)',
      LOCAL_CUSTODIAN_CODE: 5990,
      LOCAL_CUSTODIAN_CODE_DESCRIPTION: 'CITY OF WESTMINSTER',
      COUNTRY_CODE: 'E',
      POSTAL_ADDRESS_CODE: 'D',
      LANGUAGE: 'EN',
      MATCH: 1,
      MATCH_DESCRIPTION: 'EXACT',
    },
  }));
  return JSON.stringify({
    header: {
      query: `postcode=${postcode}`,
      offset: 0,
      totalresults: 12,
      format: 'JSON',
      dataset: 'DPA',
      maxresults: 100,
    },
    results,
  });
}

/** Starts the stub; resolves to its base URL and a close function. */
export async function startOsPlacesStub() {
  const body = answer('W1W 7RT');
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
    response.end(body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}/search/places/v1`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Lookups completed per second, `concurrency` at a time, for about `durationMs`. */
export async function lookupsPerSecond(lookup, { durationMs, concurrency }) {
  let completed = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await lookup();
        completed++;
      }
    }),
  );
  return (completed / (performance.now() - started)) * 1000;
}
