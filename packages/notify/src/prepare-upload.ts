import { onFirstUse, parseInput, z } from '@councilkit/core';
import {
  confirmEmailBeforeDownloadSchema,
  type FileUpload,
  filenameSchema,
  maximumUploadBytes,
  retentionPeriodSchema,
} from './model/file-upload.js';

/** How the recipient gets a file sent by email. */
export interface PrepareUploadOptions {
  /** The name the download gets, with its extension (`report.pdf`). */
  filename?: string;
  /** Whether the recipient must confirm their email address before downloading; providers default to true. */
  confirmEmailBeforeDownload?: boolean;
  /** How long the file stays available, from `1 week` to `78 weeks`; providers default to 26 weeks. */
  retentionPeriod?: string;
}

const prepareUploadInputSchema = onFirstUse(() =>
  z.strictObject({
    file: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, {
        error: 'must be the file as bytes (a Uint8Array or Buffer)',
      })
      .refine((file) => file.byteLength <= maximumUploadBytes, { error: 'File is larger than 2 MB' }),
    filename: filenameSchema().optional(),
    confirmEmailBeforeDownload: confirmEmailBeforeDownloadSchema().optional(),
    retentionPeriod: retentionPeriodSchema().optional(),
  }),
);

/**
 * Makes the personalisation value that sends a file by email: the recipient gets a link to download
 * it. Throws `ValidationError` (field `file`, `filename`, ...) when the file is over 2 MB or an
 * option breaks the provider's rules.
 *
 * @example
 * await notify.sendEmail({
 *   templateId, emailAddress,
 *   personalisation: { link_to_file: prepareUpload(pdfBytes, { filename: 'permit.pdf' }) },
 * });
 */
export function prepareUpload(file: Uint8Array, options: PrepareUploadOptions = {}): FileUpload {
  const { file: bytes, ...settings } = parseInput(prepareUploadInputSchema(), { ...options, file });
  const upload: FileUpload = {
    file: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
  // Options given as `undefined` are left out, so the value holds only what was chosen.
  return Object.assign(
    upload,
    Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)),
  );
}
