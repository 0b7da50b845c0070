import { invalidAttribute, missingAttribute, PayApiError } from './api-error.js';
import type { NewPayment } from './payment-store.js';

type Body = Record<string, unknown>;

const lengthMessage = (maximum: number) => `Must be less than or equal to ${maximum} characters length`;
// GOV.UK Pay refuses these in a reference or description before anything else looks at them.
const forbiddenCharacters = /[<>|]/;

/** Reads the body as GOV.UK Pay does: unparseable JSON is 400 P0197. */
export function parseJsonObject(text: string, code = 'P0197'): Body {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PayApiError(400, code, 'Unable to parse JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new PayApiError(400, code, 'Unable to parse JSON');
  return parsed as Body;
}

function requiredString(body: Body, field: string, maximum: number, checkCharacters: boolean): string {
  const value = body[field];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    throw missingAttribute(field);
  if (typeof value !== 'string' || (checkCharacters && forbiddenCharacters.test(value)))
    throw invalidAttribute(field, 'Must be a valid string format');
  if (value.length > maximum) throw invalidAttribute(field, lengthMessage(maximum), 422);
  return value;
}

function optionalString(body: Body, field: string, maximum: number): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidAttribute(field, 'Must be a valid string format');
  if (value.length > maximum) throw invalidAttribute(field, lengthMessage(maximum), 422);
  return value;
}

function optionalBoolean(body: Body, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidAttribute(field, 'Must be true or false');
  return value;
}

function amountOf(body: Body): number {
  const value = body['amount'];
  if (value === undefined || value === null) throw missingAttribute('amount');
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw invalidAttribute('amount', 'Must be a valid numeric format');
  if (value > 10_000_000) throw invalidAttribute('amount', 'Must be less than or equal to 10000000', 422);
  if (value < 1) throw invalidAttribute('amount', 'Must be greater than or equal to 1', 422);
  return value;
}

function returnUrlOf(body: Body, mode: NewPayment['authorisationMode']): string | undefined {
  const value = body['return_url'];
  if (mode !== 'web') {
    if (value !== undefined)
      throw new PayApiError(400, 'P0104', 'Unexpected attribute: return_url', { field: 'return_url' });
    return undefined;
  }
  const url = requiredString(body, 'return_url', 2000, false);
  if (!isHttpUrl(url)) throw invalidAttribute('return_url', 'Must be a valid URL format', 422);
  return url;
}

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
}

function metadataOf(body: Body): NewPayment['metadata'] {
  const value = body['metadata'];
  if (value === undefined) return undefined;
  const invalid = (why: string) => invalidAttribute('metadata', why, 422);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid('Must be an object of JSON key-value pairs');
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.length > 15)
    throw invalid('Must have between 1 and 15 key-value pairs');
  const seen = new Set<string>();
  for (const [key, item] of entries) {
    if (key.length < 1 || key.length > 30) throw invalid('Keys must be between 1 and 30 characters long');
    if (seen.has(key.toLowerCase())) throw invalid('Keys must be unique, ignoring case');
    seen.add(key.toLowerCase());
    if (item === null || !['string', 'number', 'boolean'].includes(typeof item))
      throw invalid('Values must be of type String, Boolean or Number');
    if (typeof item === 'string' && item.length > 100)
      throw invalid('Values must be no greater than 100 characters long');
  }
  return value as NewPayment['metadata'];
}

/** Checks a create-payment body in the order, and with the status codes, GOV.UK Pay uses. */
export function readCreatePayment(
  body: Body,
  agreementExists: (agreementId: string, active: boolean) => boolean,
): NewPayment {
  const amount = amountOf(body);
  const reference = requiredString(body, 'reference', 255, true);
  const description = requiredString(body, 'description', 255, true);
  const rawMode = body['authorisation_mode'] ?? 'web';
  if (rawMode !== 'web' && rawMode !== 'moto_api' && rawMode !== 'agreement')
    throw invalidAttribute('authorisation_mode', 'Must be one of web, moto_api or agreement', 422);
  const authorisationMode = rawMode;
  const returnUrl = returnUrlOf(body, authorisationMode);
  const email = optionalString(body, 'email', 254);
  const language = body['language'] ?? 'en';
  if (language !== 'en' && language !== 'cy') throw invalidAttribute('language', 'Must be "en" or "cy"', 422);
  const delayedCapture = optionalBoolean(body, 'delayed_capture') ?? false;
  const moto = optionalBoolean(body, 'moto') ?? false;
  const metadata = metadataOf(body);
  const prefilled = body['prefilled_cardholder_details'];
  const prefilledCardholderName =
    typeof prefilled === 'object' && prefilled !== null
      ? optionalString(prefilled as Body, 'cardholder_name', 255)
      : undefined;

  const agreementId = body['agreement_id'];
  if (agreementId !== undefined && authorisationMode !== 'agreement')
    throw new PayApiError(400, 'P0104', 'Unexpected attribute: agreement_id', { field: 'agreement_id' });
  if (authorisationMode === 'agreement') {
    if (typeof agreementId !== 'string' || agreementId === '') throw missingAttribute('agreement_id');
    if (!agreementExists(agreementId, true))
      throw new PayApiError(
        400,
        'P0103',
        'Invalid attribute value: agreement_id. Agreement ID does not exist',
        {
          field: 'agreement_id',
        },
      );
  }
  const setUpAgreement = optionalString(body, 'set_up_agreement', 26);
  if (setUpAgreement !== undefined && !agreementExists(setUpAgreement, false))
    throw new PayApiError(
      400,
      'P0103',
      'Invalid attribute value: set_up_agreement. Agreement ID does not exist',
      {
        field: 'set_up_agreement',
      },
    );
  const agreementPaymentType = optionalString(body, 'agreement_payment_type', 20);

  return {
    amount,
    reference,
    description,
    returnUrl,
    email,
    language,
    delayedCapture,
    moto,
    metadata,
    prefilledCardholderName,
    authorisationMode,
    agreementId: agreementId as string | undefined,
    setUpAgreement,
    agreementPaymentType,
  };
}

/** Checks an `Idempotency-Key` header: 1 to 255 letters, digits and hyphens, or 422. */
export function checkIdempotencyKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (key.length < 1 || key.length > 255)
    throw new PayApiError(422, 'P0102', 'Header [Idempotency-Key] can have a size between 1 and 255', {
      header: 'Idempotency-Key',
    });
  if (!/^[a-zA-Z0-9-]+$/.test(key))
    throw new PayApiError(
      422,
      'P0102',
      'Header [Idempotency-Key] can only contain alphanumeric characters and hyphens',
      {
        header: 'Idempotency-Key',
      },
    );
  return key;
}
