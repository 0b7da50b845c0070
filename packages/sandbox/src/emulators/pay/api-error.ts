/** An error as GOV.UK Pay answers it: `{ field?, header?, code, description }`, nulls left out. */
export class PayApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
    readonly location: { field?: string; header?: string } = {},
  ) {
    super(description);
  }

  toBody(): Record<string, string> {
    return { ...this.location, code: this.code, description: this.description };
  }
}

/** 400 P0101: a required field is missing or null. */
export const missingAttribute = (field: string, code = 'P0101') =>
  new PayApiError(400, code, `Missing mandatory attribute: ${field}`, { field });

/** 400 P0102: a field has the wrong JSON type or a bad format. */
export const invalidAttribute = (field: string, must: string, status = 400, code = 'P0102') =>
  new PayApiError(status, code, `Invalid attribute value: ${field}. ${must}`, { field });

/** 404 with the endpoint's own not-found code. */
export const notFound = (code: string) => new PayApiError(404, code, 'Not found');

/** 429 P0900. */
export const tooManyRequests = () => new PayApiError(429, 'P0900', 'Too many requests');
