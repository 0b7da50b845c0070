/** One entry of a Notify error body's `errors` array. */
export interface NotifyErrorEntry {
  error: string;
  message: string;
}

/** Notify's v2 error body: `{status_code, errors: [{error, message}]}`. */
export interface NotifyErrorBody {
  status_code: number;
  errors: NotifyErrorEntry[];
}

/** An error the emulator answers with Notify's v2 error body; thrown from handlers, caught by the app. */
export class NotifyApiError extends Error {
  readonly status: number;
  readonly errors: NotifyErrorEntry[];

  constructor(status: number, errors: NotifyErrorEntry[]) {
    super(errors.map((entry) => entry.message).join('; '));
    this.name = 'NotifyApiError';
    this.status = status;
    this.errors = errors;
  }

  /** The JSON body Notify sends for this error. */
  toBody(): NotifyErrorBody {
    return { status_code: this.status, errors: this.errors };
  }
}

/** `BadRequestError` (400 unless told), Notify's error for most business-rule failures. */
export function badRequest(message: string, status = 400): NotifyApiError {
  return new NotifyApiError(status, [{ error: 'BadRequestError', message }]);
}

/** `ValidationError` with one entry per message, de-duplicated in order as Notify does. */
export function validationError(messages: readonly string[]): NotifyApiError {
  const unique = [...new Set(messages)];
  return new NotifyApiError(
    400,
    unique.map((message) => ({ error: 'ValidationError', message })),
  );
}

/** `AuthError` with its 401/403 status. */
export function authError(status: 401 | 403, message: string): NotifyApiError {
  return new NotifyApiError(status, [{ error: 'AuthError', message }]);
}

/** 404 `NoResultFound` "No result found", for an unknown notification or template. */
export function noResultFound(): NotifyApiError {
  return new NotifyApiError(404, [{ error: 'NoResultFound', message: 'No result found' }]);
}
