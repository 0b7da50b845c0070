import { randomBytes } from 'node:crypto';
import { badRequest, validationError } from './api-error.js';
import { decodeBase64LikePython } from './base64.js';
import { detectFileType, isAllowedFileType, supportedTypesText, typeOfExtension } from './file-type.js';
import type { SentFile } from './notification-store.js';
import { pythonStr } from './python-repr.js';
import { isPlainObject, schemaMessages } from './request-schema.js';
import { newUuid } from './uuid.js';

// Document Download's own limits (document-download-api `app/config.py`): 2 MiB of file plus 1 KiB
// of slack (`MAX_DECODED_FILE_SIZE`) and 100 characters of filename (`MAX_CUSTOM_FILENAME_LENGTH`).
const maxDecodedFileBytes = 2 * 1024 * 1024 + 1024;
const maxFilenameLength = 100;
const fileOptionKeys = ['file', 'is_csv', 'confirm_email_before_download', 'retention_period', 'filename'];

/** True for a personalisation value that is a file to send (an object with a `file` key). */
export function isFileValue(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && Object.hasOwn(value, 'file');
}

/** True when any personalisation value is a file. */
export function hasFileValues(personalisation: Readonly<Record<string, unknown>>): boolean {
  return Object.values(personalisation).some(isFileValue);
}

/**
 * Replaces each file in the personalisation with its download link, as Notify does after checking
 * the file options (nulls allowed) and that the service has set up sending files, then handing the
 * file to Document Download, whose checks (name, size, type) answer as Notify relays them.
 * Smoke-test recipients get Notify's fake link and no upload.
 */
export function uploadFiles(
  personalisation: Readonly<Record<string, unknown>>,
  options: { serviceId: string; simulated: boolean; contactLink: string | null },
): { personalisation: Record<string, unknown>; files: SentFile[]; fileCount: number } {
  // Most sends carry no file: nothing to copy or check.
  if (!hasFileValues(personalisation))
    return { personalisation: { ...personalisation }, files: [], fileCount: 0 };
  const updated: Record<string, unknown> = { ...personalisation };
  const files: SentFile[] = [];
  let fileCount = 0;
  for (const value of Object.values(personalisation)) {
    if (!isFileValue(value)) continue;
    const messages = fileOptionMessages(value);
    if (messages.length > 0) throw validationError(messages);
  }
  if (hasFileValues(personalisation) && !options.contactLink) {
    // notifications-api `app/notifications/validators.py`, `check_if_service_can_send_files_by_email`.
    throw badRequest(
      'Send files by email has not been set up - add contact details for your service at ' +
        `https://www.notifications.service.gov.uk/services/${options.serviceId}/service-settings/send-files-by-email`,
    );
  }
  for (const [key, value] of Object.entries(personalisation)) {
    if (!isFileValue(value)) continue;
    fileCount += 1;
    if (options.simulated) {
      updated[key] =
        `https://download.notifications.service.gov.uk/services/${options.serviceId}/documents/test-document`;
      continue;
    }
    const bytes = typeof value['file'] === 'string' ? decodeBase64LikePython(value['file']) : undefined;
    if (bytes === undefined) throw badRequest('Document is not base64 encoded');
    const name = typeof value['filename'] === 'string' ? value['filename'] : null;
    if (name !== null) assertFilenameAllowed(name);
    if (bytes.length > maxDecodedFileBytes) throw badRequest('Uploaded file exceeds file size limit');
    if (bytes.length === 0) throw badRequest('Document must not be empty');
    assertFileTypeAllowed(bytes, name, value['is_csv'] === true);
    const url = `https://documents.service.gov.uk/d/${options.serviceId}/${newUuid()}?key=${randomBytes(32).toString('base64url')}`;
    updated[key] = url;
    files.push({
      url,
      filename: typeof value['filename'] === 'string' ? value['filename'] : null,
      sizeInBytes: bytes.length,
    });
  }
  return { personalisation: updated, files, fileCount };
}

// document-download-api `app/utils/validation.py`, `validate_filename`.
function assertFilenameAllowed(name: string): void {
  if ([...name].length > maxFilenameLength) {
    throw badRequest(`\`filename\` cannot be longer than ${maxFilenameLength} characters`);
  }
  const extension = name.slice(name.lastIndexOf('.') + 1);
  if (typeOfExtension(extension) === undefined) {
    throw badRequest(
      `Unsupported file type '.${extension.toLowerCase()}'. Supported types are: ${supportedTypesText}`,
    );
  }
}

// document-download-api `app/utils/file_checks.py`, `UploadedFile._mimetype`: with a filename, the
// detected type must be allowed only when it differs from the extension's; without one, text is
// CSV when the caller says so.
function assertFileTypeAllowed(bytes: Buffer, name: string | null, isCsv: boolean): void {
  const detected = detectFileType(bytes);
  const declared = name === null ? undefined : typeOfExtension(name.slice(name.lastIndexOf('.') + 1));
  const type = declared ?? (isCsv && detected === 'text/plain' ? 'text/csv' : detected);
  for (const candidate of declared !== undefined && detected !== declared ? [detected, type] : [type]) {
    if (!isAllowedFileType(candidate)) {
      throw badRequest(`Unsupported file type '${candidate}'. Supported types are: ${supportedTypesText}`);
    }
  }
}

function fileOptionMessages(value: Record<string, unknown>): string[] {
  // Notify's file schema checks unknown keys first, then each option, then is_csv against filename.
  const extras = schemaMessages(
    Object.fromEntries(
      Object.keys(value)
        .filter((key) => !fileOptionKeys.includes(key))
        .map((key) => [key, true]),
    ),
    { properties: {}, additionalProperties: false },
  );
  const options = schemaMessages(value, {
    properties: {
      file: { type: 'string' },
      is_csv: { format: (option) => booleanOrNull(option, 'is_csv') },
      confirm_email_before_download: {
        format: (option) => booleanOrNull(option, 'confirm_email_before_download'),
      },
      retention_period: { format: retentionPeriod },
      filename: { format: filename },
    },
  });
  const conflict =
    Object.hasOwn(value, 'is_csv') && Object.hasOwn(value, 'filename')
      ? ['Do not set a value for `is_csv` if `filename` is set.']
      : [];
  return [...extras, ...options, ...conflict];
}

function booleanOrNull(value: unknown, name: string): string | undefined {
  if (value === null || typeof value === 'boolean') return undefined;
  return `Unsupported value for ${name}: ${pythonStr(value)}. Use a boolean true or false value.`;
}

function retentionPeriod(value: unknown): string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') {
    const match = /^(\d+) weeks?$/.exec(value.trim().toLowerCase());
    const weeks = match ? Number(match[1]) : 0;
    if (weeks >= 1 && weeks <= 78) return undefined;
  }
  return `Unsupported value for retention_period: ${pythonStr(value)}. Supported periods are from 1 to 78 weeks.`;
}

function filename(value: unknown): string | undefined {
  if (value === null || (typeof value === 'string' && value.includes('.'))) return undefined;
  return '`filename` must end with a file extension. For example, filename.csv';
}
