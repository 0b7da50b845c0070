import { onFirstUse, z } from '@councilkit/core';
import {
  emailAddressSchema,
  idSchema,
  phoneNumberSchema,
  precompiledPostageSchema,
  referenceSchema,
} from './fields.js';
import { checkLetterAddress } from './letter-address.js';
import { personalisationSchema, plainPersonalisationSchema } from './personalisation.js';
import { providerOptionsSchema } from './provider-options.js';

/** The largest precompiled letter providers accept, in bytes (5 MB). */
export const maximumPrecompiledLetterBytes = 5 * 1024 * 1024;

const httpsUrlSchema = onFirstUse(() => z.url({ protocol: /^https$/, error: 'must be an https:// URL' }));

// Each request schema is built on first use (onFirstUse): a cold start builds none of them, and a
// process that only sends emails never builds the letter schemas.

/** Send an email. */
export const emailRequestSchema = onFirstUse(() =>
  z.strictObject({
    templateId: idSchema(),
    emailAddress: emailAddressSchema(),
    personalisation: personalisationSchema().optional(),
    reference: referenceSchema().optional(),
    providerOptions: providerOptionsSchema().optional(),
    oneClickUnsubscribeUrl: httpsUrlSchema().optional(),
  }),
);

/** Send a text message. */
export const smsRequestSchema = onFirstUse(() =>
  z.strictObject({
    templateId: idSchema(),
    phoneNumber: phoneNumberSchema(),
    personalisation: plainPersonalisationSchema().optional(),
    reference: referenceSchema().optional(),
    providerOptions: providerOptionsSchema().optional(),
  }),
);

/** Send a letter from a template; the address is in the personalisation. */
export const letterRequestSchema = onFirstUse(() =>
  z.strictObject({
    templateId: idSchema(),
    personalisation: z
      .record(z.string(), z.unknown(), {
        error: "is required: the address lines and the template's placeholders",
      })
      .pipe(plainPersonalisationSchema())
      .superRefine(checkLetterAddress),
    reference: referenceSchema().optional(),
    providerOptions: providerOptionsSchema().optional(),
  }),
);

/** Send a letter already laid out as a PDF. */
export const precompiledLetterRequestSchema = onFirstUse(() =>
  z.strictObject({
    reference: referenceSchema().min(1, { error: 'is required for precompiled letters' }),
    pdf: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, {
        error: 'must be the PDF file as bytes (a Uint8Array or Buffer)',
      })
      .refine((pdf) => pdf.byteLength <= maximumPrecompiledLetterBytes, { error: 'File is larger than 5 MB' })
      .refine(startsWithPdfHeader, { error: 'must be a PDF file (it does not start with %PDF)' }),
    postage: precompiledPostageSchema().optional(),
    providerOptions: providerOptionsSchema().optional(),
  }),
);

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  // "%PDF"
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
}

/** An email to send: the template, the recipient and the values for the template's placeholders. */
export type EmailRequest = z.infer<ReturnType<typeof emailRequestSchema>>;

/** A text message to send. */
export type SmsRequest = z.infer<ReturnType<typeof smsRequestSchema>>;

/**
 * A letter to send from a template. `personalisation` holds the address as `address_line_1` to
 * `address_line_7` (at least three lines; the last a UK postcode or a country) and the template's values.
 */
export type LetterRequest = z.infer<ReturnType<typeof letterRequestSchema>>;

/** A letter already laid out as a PDF (A4, up to 5 MB), sent as it is. */
export type PrecompiledLetterRequest = z.infer<ReturnType<typeof precompiledLetterRequestSchema>>;
