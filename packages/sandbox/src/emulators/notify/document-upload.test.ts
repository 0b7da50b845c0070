import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestEmulator, errorBody } from './notify.test-helper.js';
import { seededTemplateIds } from './seed-templates.js';

const emulator = createTestEmulator();
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());
const fileContents = Buffer.from('permit,holder\n').toString('base64');

async function sendFile(file: Record<string, unknown>, to = 'resident@example.com') {
  const result = await call(emulator, 'POST', '/v2/notifications/email', {
    body: {
      email_address: to,
      template_id: seededTemplateIds.emailWithFile,
      personalisation: { name: 'Ada', reference: 'R', link_to_file: file },
    },
  });
  return { status: result.status, body: result.body };
}

describe('sending files by email', () => {
  it('replaces the file with a Document Download link, accepting null options', async () => {
    const result = await sendFile({
      file: fileContents,
      filename: null,
      confirm_email_before_download: null,
      retention_period: null,
    });
    expect(result.status).toBe(201);
    const body = (result.body['content'] as { body: string }).body;
    expect(body).toMatch(
      /https:\/\/documents\.service\.gov\.uk\/d\/[0-9a-f-]{36}\/[0-9a-f-]{36}\?key=[\w-]{43}/,
    );
    expect(emulator.control.notifications()[0]?.files).toEqual([
      { url: expect.any(String), filename: null, sizeInBytes: 14 },
    ]);
  });

  it('gives smoke-test recipients Notify’s fake link', async () => {
    const result = await sendFile({ file: fileContents }, 'simulate-delivered@notifications.service.gov.uk');
    expect((result.body['content'] as { body: string }).body).toContain(
      `https://download.notifications.service.gov.uk/services/${emulator.credentials.serviceId}/documents/test-document`,
    );
  });

  it.each([
    [
      { file: fileContents, retention_period: '100 weeks' },
      'retention_period Unsupported value for retention_period: 100 weeks. Supported periods are from 1 to 78 weeks.',
    ],
    [
      { file: fileContents, filename: 'permit' },
      'filename `filename` must end with a file extension. For example, filename.csv',
    ],
    [
      { file: fileContents, confirm_email_before_download: 'yes' },
      'confirm_email_before_download Unsupported value for confirm_email_before_download: yes. Use a boolean true or false value.',
    ],
    [{ file: fileContents, colour: 'red' }, 'Additional properties are not allowed (colour was unexpected)'],
    [
      { file: fileContents, filename: 'a.csv', is_csv: true },
      'Do not set a value for `is_csv` if `filename` is set.',
    ],
  ])('checks the file options: %j', async (file, message) => {
    expect((await sendFile(file)).body).toEqual(errorBody(400, 'ValidationError', message));
  });

  it('accepts retention periods of 1 to 78 weeks', async () => {
    expect((await sendFile({ file: fileContents, retention_period: '1 week' })).status).toBe(201);
    expect((await sendFile({ file: fileContents, retention_period: ' 78 Weeks ' })).status).toBe(201);
  });

  it('refuses files Document Download would refuse', async () => {
    expect((await sendFile({ file: 'not base64!' })).body).toEqual(
      errorBody(400, 'BadRequestError', 'Document is not base64 encoded'),
    );
    const tooBig = Buffer.alloc(2 * 1024 * 1024 + 1025, 'a').toString('base64');
    expect((await sendFile({ file: tooBig })).body).toEqual(
      errorBody(400, 'BadRequestError', 'Uploaded file exceeds file size limit'),
    );
    expect((await sendFile({ file: '' })).body).toEqual(
      errorBody(400, 'BadRequestError', 'Document must not be empty'),
    );
  });
});
