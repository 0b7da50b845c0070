/** postcodes.io's error body, `{ status, error }`, with `terminated` for a postcode no longer in use. */
export class PostcodesIoApiError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  constructor(status: number, error: string, extra: Record<string, unknown> = {}) {
    super(error);
    this.name = 'PostcodesIoApiError';
    this.status = status;
    this.body = { status, error, ...extra };
  }
}

/** A JSON response, as every postcodes.io answer is. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** The envelope of every success: `{ status: 200, result }`. */
export const success = (result: unknown) => jsonResponse({ status: 200, result });

// The messages postcodes.io's source gives each error (api/app/lib/errors.ts).
export const invalidPostcode = () => new PostcodesIoApiError(404, 'Invalid postcode');
export const postcodeNotFound = (terminated?: Record<string, unknown>) =>
  new PostcodesIoApiError(404, 'Postcode not found', terminated ? { terminated } : {});
export const outcodeNotFound = () => new PostcodesIoApiError(404, 'Outcode not found');
export const resourceNotFound = () => new PostcodesIoApiError(404, 'Resource not found');
export const queryRequired = () =>
  new PostcodesIoApiError(400, 'No postcode query submitted. Remember to include query parameter');
export const invalidJsonQuery = () =>
  new PostcodesIoApiError(
    400,
    'Invalid JSON query submitted. \nYou need to submit a JSON object with an array of postcodes or geolocation objects.\nAlso ensure that Content-Type is set to application/json\n',
  );
export const jsonArrayRequired = () =>
  new PostcodesIoApiError(400, 'Invalid data submitted. You need to provide a JSON array');
export const tooManyPostcodes = () =>
  new PostcodesIoApiError(
    400,
    'Too many postcodes submitted. Up to 100 postcodes can be bulk requested at a time',
  );
export const tooManyLocations = () =>
  new PostcodesIoApiError(
    400,
    'Too many locations submitted. Up to 100 locations can be bulk requested at a time',
  );
export const invalidGeolocation = () => new PostcodesIoApiError(400, 'Invalid longitude/latitude submitted');
export const invalidLimit = () => new PostcodesIoApiError(400, 'Invalid result limit submitted');
export const invalidRadius = () => new PostcodesIoApiError(400, 'Invalid lookup radius submitted');
export const serverError = () =>
  new PostcodesIoApiError(
    500,
    '500 Server Error.\nFor an urgent fix email support@ideal-postcodes.co.uk. \nAlternatively submit an issue at https://github.com/ideal-postcodes/postcodes.io/issues\n',
  );
