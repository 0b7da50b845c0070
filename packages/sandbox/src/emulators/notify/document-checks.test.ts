import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { detectFileType, supportedTypesText } from './file-type.js';
import { call, createTestEmulator, errorBody } from './notify.test-helper.js';
import { seededTemplateIds } from './seed-templates.js';

// Document Download's checks: document-download-api `app/utils/validation.py` (`validate_filename`),
// `app/utils/file_checks.py` (`UploadedFile`), `app/utils/__init__.py` (`get_mime_type`) and
// notifications-utils `file_types.py`; relayed by notifications-api `app/clients/document_download.py`
// as a 400 BadRequestError. The set-up check is notifications-api `app/notifications/validators.py`.

const emulator = createTestEmulator();
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());
const supported =
  "'.csv', '.doc', '.docx', '.jpeg', '.jpg', '.json', '.odt', '.pdf', '.png', '.rtf', '.txt', '.xlsx'";
const pdf = Buffer.from('%PDF-1.4 a permit').toString('base64');

async function sendFile(file: Record<string, unknown>, target = emulator) {
  const result = await call(target, 'POST', '/v2/notifications/email', {
    body: {
      email_address: 'resident@example.com',
      template_id: seededTemplateIds.emailWithFile,
      personalisation: { name: 'Ada', reference: 'R', link_to_file: file },
    },
  });
  return { status: result.status, body: result.body };
}

describe('file names', () => {
  it('lists the supported types as Document Download does', () => {
    expect(supportedTypesText).toBe(supported);
  });

  it('refuses an extension Document Download does not accept', async () => {
    expect((await sendFile({ file: pdf, filename: 'permit.exe' })).body).toEqual(
      errorBody(400, 'BadRequestError', `Unsupported file type '.exe'. Supported types are: ${supported}`),
    );
    // The extension is read in any case.
    expect((await sendFile({ file: pdf, filename: 'Permit.PDF' })).status).toBe(201);
  });

  it('refuses a name over 100 characters', async () => {
    expect((await sendFile({ file: pdf, filename: `${'a'.repeat(97)}.pdf` })).body).toEqual(
      errorBody(400, 'BadRequestError', '`filename` cannot be longer than 100 characters'),
    );
    expect((await sendFile({ file: pdf, filename: `${'a'.repeat(96)}.pdf` })).status).toBe(201);
  });
});

describe('file contents', () => {
  it('tells the common types from their bytes', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7'))).toBe('application/pdf');
    expect(detectFileType(Buffer.from('\x89PNG\r\n\x1a\n....', 'latin1'))).toBe('image/png');
    expect(detectFileType(Buffer.from('a,b\n1,2\n'))).toBe('text/plain');
    expect(detectFileType(Buffer.from('{"a": 1}'))).toBe('application/json');
    expect(detectFileType(Buffer.from('MZ\x90\x00', 'latin1'))).toBe('application/x-dosexec');
    expect(detectFileType(Buffer.from([0, 1, 2, 255]))).toBe('application/octet-stream');
  });

  it('refuses content of a type it does not accept, whatever the name says', async () => {
    const program = Buffer.from('MZ\x90\x00\x03', 'latin1').toString('base64');
    expect((await sendFile({ file: program, filename: 'permit.pdf' })).body).toEqual(
      errorBody(
        400,
        'BadRequestError',
        `Unsupported file type 'application/x-dosexec'. Supported types are: ${supported}`,
      ),
    );
    expect((await sendFile({ file: program })).body).toEqual(
      errorBody(
        400,
        'BadRequestError',
        `Unsupported file type 'application/x-dosexec'. Supported types are: ${supported}`,
      ),
    );
  });

  it('accepts an allowed type under another allowed extension, as Document Download does', async () => {
    const csv = Buffer.from('permit,holder\n').toString('base64');
    expect((await sendFile({ file: csv, filename: 'permit.csv' })).status).toBe(201);
    expect((await sendFile({ file: csv, is_csv: true })).status).toBe(201);
  });
});

describe('sending files set up', () => {
  it('refuses files when the service has no contact link', async () => {
    const notSetUp = createTestEmulator({ contactLink: null });
    expect((await sendFile({ file: pdf }, notSetUp)).body).toEqual(
      errorBody(
        400,
        'BadRequestError',
        'Send files by email has not been set up - add contact details for your service at ' +
          `https://www.notifications.service.gov.uk/services/${notSetUp.credentials.serviceId}/service-settings/send-files-by-email`,
      ),
    );
    await notSetUp.close();
  });
});
