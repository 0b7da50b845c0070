/**
 * OS Places answers its own validation errors as `{ error: { statuscode, message } }`; the API
 * gateway in front of it answers key and rate-limit failures in Apigee's `{ fault: { faultstring,
 * detail: { errorcode } } }` form (the 401 and 429 bodies are not documented; this is an assumption).
 */
export class OsPlacesApiError extends Error {
  readonly status: number;
  readonly body: unknown;
  constructor(status: number, body: unknown) {
    super(`OS Places error ${status}`);
    this.name = 'OsPlacesApiError';
    this.status = status;
    this.body = body;
  }
}

/** A JSON response, as every OS Places answer in JSON format is. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8' },
  });
}

/** 400 from the API itself, e.g. a postcode shorter than a district. */
export const badRequest = (message: string) =>
  new OsPlacesApiError(400, { error: { statuscode: 400, message } });

/** 404 for a path the API does not have. */
export const notFound = () =>
  new OsPlacesApiError(404, { error: { statuscode: 404, message: 'Requested resource was not found' } });

/** 405 for a method the endpoint does not take. */
export const methodNotAllowed = () =>
  new OsPlacesApiError(405, { error: { statuscode: 405, message: 'Requested method is not allowed' } });

/** 401 when the `key` header and query parameter are both missing. */
export const missingKey = () =>
  new OsPlacesApiError(401, {
    fault: {
      faultstring: 'Failed to resolve API Key variable request.header.key',
      detail: { errorcode: 'steps.oauth.v2.FailedToResolveAPIKey' },
    },
  });

/** 401 for a key that is not a project's key. */
export const invalidKey = () =>
  new OsPlacesApiError(401, {
    fault: { faultstring: 'Invalid ApiKey', detail: { errorcode: 'oauth.v2.InvalidApiKey' } },
  });

/** 429 over the project's transactions per minute. */
export const rateLimited = (perMinute: number) =>
  new OsPlacesApiError(429, {
    fault: {
      faultstring: `Rate limit quota violation. Quota limit of ${perMinute} transactions per minute exceeded`,
      detail: { errorcode: 'policies.ratelimit.QuotaViolation' },
    },
  });

/** 500 for an outage. */
export const serverError = () =>
  new OsPlacesApiError(500, { error: { statuscode: 500, message: 'Internal server error' } });
