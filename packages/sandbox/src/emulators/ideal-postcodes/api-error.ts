/** Ideal Postcodes' error body: a four-digit `code` whose first three digits are the HTTP status. */
export interface IdealPostcodesErrorBody {
  code: number;
  message: string;
  suggestions?: string[];
  errors?: { path: string; message: string; errorCode: string }[];
}

/** An error answered with Ideal Postcodes' body; thrown from handlers, caught by the app. */
export class IdealPostcodesApiError extends Error {
  readonly status: number;
  readonly body: IdealPostcodesErrorBody;
  constructor(status: number, body: IdealPostcodesErrorBody) {
    super(body.message);
    this.name = 'IdealPostcodesApiError';
    this.status = status;
    this.body = body;
  }
}

const moreAbout = (code: number) =>
  ` For more information see http://ideal-postcodes.co.uk/documentation/response-codes#${code}`;

/** 401 / 4010: the key is unknown (or missing). */
export const invalidKey = () =>
  new IdealPostcodesApiError(401, { code: 4010, message: `Invalid Key.${moreAbout(4010)}` });

/** 402 / 4020: the key has no lookups left. */
export const balanceDepleted = () =>
  new IdealPostcodesApiError(402, { code: 4020, message: `Key balance depleted.${moreAbout(4020)}` });

/** 402 / 4021: the key's daily (or per-IP) lookup limit is reached. */
export const limitReached = () =>
  new IdealPostcodesApiError(402, { code: 4021, message: `Lookup Limit Reached.${moreAbout(4021)}` });

/** 404 / 4040, with up to five nearby postcodes to try. */
export const postcodeNotFound = (suggestions: string[]) =>
  new IdealPostcodesApiError(404, { code: 4040, message: 'Postcode not found', suggestions });

/** 404 / 4044: no address has this UDPRN (or autocomplete id). */
export const udprnNotFound = () => new IdealPostcodesApiError(404, { code: 4044, message: 'No UDPRN found' });

/** 400 / 4000: a query parameter failed the API's request validation. */
export const badRequest = (path: string, message: string, errorCode: string) =>
  new IdealPostcodesApiError(400, {
    code: 4000,
    message: 'Request validation failed',
    errors: [{ path, message, errorCode }],
  });
