/**
 * The file types Document Download accepts and how it tells a file's type from its bytes
 * (notifications-utils `file_types.py`; document-download-api `app/utils/__init__.py`
 * `get_mime_type`, which asks libmagic and then looks inside zips for Office files). The sandbox
 * recognises the formats councils send by their signatures, not libmagic's whole database.
 */

/** Extensions Document Download allows, with the type each stands for. */
const typesByExtension: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  json: 'application/json',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};
// `rtf` stands for application/rtf, but text/rtf is allowed too.
const allowedTypes = new Set([...Object.values(typesByExtension), 'text/rtf']);

/** Document Download's list of supported types, as its error messages print it. */
export const supportedTypesText = Object.keys(typesByExtension)
  .map((extension) => `'.${extension}'`)
  .sort()
  .join(', ');

/** The type an allowed extension stands for (any case), or undefined when it is not allowed. */
export function typeOfExtension(extension: string): string | undefined {
  const lower = extension.toLowerCase();
  return Object.hasOwn(typesByExtension, lower) ? typesByExtension[lower] : undefined;
}

/** True for a type Document Download accepts. */
export function isAllowedFileType(mimeType: string): boolean {
  return allowedTypes.has(mimeType);
}

/** The file's type as Document Download detects it from its content. */
export function detectFileType(bytes: Buffer): string {
  const start = bytes.subarray(0, 8).toString('latin1');
  if (start.startsWith('%PDF-')) return 'application/pdf';
  if (start.startsWith('\x89PNG\r\n\x1a\n')) return 'image/png';
  if (start.startsWith('\xff\xd8\xff')) return 'image/jpeg';
  if (start.startsWith('GIF87a') || start.startsWith('GIF89a')) return 'image/gif';
  if (start.startsWith('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) return 'application/msword';
  if (start.startsWith('{\\rtf')) return 'text/rtf';
  if (start.startsWith('MZ')) return 'application/x-dosexec';
  if (start.startsWith('\x7fELF')) return 'application/x-executable';
  if (start.startsWith('PK\x03\x04')) return zipType(bytes);
  return textType(bytes);
}

// An OpenDocument file names its type first; Office files are zips holding word/ or xl/ parts.
function zipType(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  if (text.startsWith('mimetypeapplication/vnd.oasis.opendocument.text', 30)) {
    return 'application/vnd.oasis.opendocument.text';
  }
  if (text.includes('word/document.xml')) return typesByExtension['docx'] ?? '';
  if (text.includes('xl/workbook.xml')) return typesByExtension['xlsx'] ?? '';
  return 'application/zip';
}

// Text is UTF-8 without control characters other than tabs, line and form feeds.
function textType(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'application/octet-stream';
  }
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) {
      return 'application/octet-stream';
    }
  }
  const trimmed = text.trimStart().slice(0, 15).toLowerCase();
  if (trimmed.startsWith('<!doctype html') || trimmed.startsWith('<html')) return 'text/html';
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && isJson(text)) return 'application/json';
  return 'text/plain';
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
