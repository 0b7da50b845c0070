import { onFirstUse, z } from '@councilkit/core';

/** The largest file GOV.UK Notify will attach to an email, in bytes (2 MB, checked before encoding). */
export const maximumUploadBytes = 2 * 1024 * 1024;

const maximumRetentionWeeks = 78;
const retentionPeriodPattern = /^(\d+) weeks?$/;

/** Bytes a base64 string decodes to, without decoding it. */
export function decodedBase64Length(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** True when a retention period reads `<n> week(s)` with n from 1 to 78. */
export function isValidRetentionPeriod(value: string): boolean {
  const match = retentionPeriodPattern.exec(value);
  if (!match) return false;
  const weeks = Number(match[1]);
  return weeks >= 1 && weeks <= maximumRetentionWeeks;
}

/** The file name rule providers apply: the recipient's download needs an extension. */
export const filenameSchema = onFirstUse(() =>
  z.string({ error: 'must be text' }).refine((name) => name.includes('.'), {
    error: 'must contain a . followed by the file extension, e.g. report.pdf',
  }),
);

/** Whether the recipient must confirm their email address before downloading. */
export const confirmEmailBeforeDownloadSchema = onFirstUse(() =>
  z.boolean({ error: 'must be true or false' }),
);

/** How long the provider keeps the file, e.g. `26 weeks`. */
export const retentionPeriodSchema = onFirstUse(() =>
  z
    .string({ error: 'must be text' })
    .refine(isValidRetentionPeriod, { error: "must be from 1 to 78 weeks, written like '26 weeks'" }),
);

/** A file to send by email, as `prepareUpload` makes it: base64 content and the download's settings. */
export const fileUploadSchema = onFirstUse(() =>
  z.strictObject({
    file: z
      .base64({ error: 'must be the file as base64; make it with prepareUpload' })
      .refine((base64) => decodedBase64Length(base64) <= maximumUploadBytes, {
        error: 'File is larger than 2 MB',
      }),
    filename: filenameSchema().optional(),
    confirmEmailBeforeDownload: confirmEmailBeforeDownloadSchema().optional(),
    retentionPeriod: retentionPeriodSchema().optional(),
  }),
);

/**
 * A file sent by email, as the value of a personalisation placeholder: the recipient gets a link to
 * download it. Make one with `prepareUpload`.
 */
export type FileUpload = z.infer<ReturnType<typeof fileUploadSchema>>;
