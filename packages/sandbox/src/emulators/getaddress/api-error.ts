/** An error answered with getAddress.io's body, `{"Message": "..."}` (capital M, as its clients read it). */
export class GetAddressApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'GetAddressApiError';
    this.status = status;
  }
}

// The messages getAddress.io documents for each status, as public clients quote them.
/** 400: the postcode is not a postcode. */
export const invalidPostcode = () => new GetAddressApiError(400, 'Your postcode is not valid.');
/** 401: the api-key is unknown or missing. */
export const invalidApiKey = () => new GetAddressApiError(401, 'Your api-key is not valid.');
/** 403: the key is real but may not use this resource. */
export const forbidden = () =>
  new GetAddressApiError(
    403,
    'Your api-key is valid but you do not have permission to access to the resource.',
  );
/** 404: nothing at this postcode (or no such id). */
export const notFound = () => new GetAddressApiError(404, 'No addresses could be found for this postcode.');
/** 429: the key's request allowance is used up. */
export const tooManyRequests = () =>
  new GetAddressApiError(429, 'You have made more requests than your allowed limit.');
/** 500: the service failed. */
export const serverError = () => new GetAddressApiError(500, 'Server error, you should never see this.');
