import { CouncilKitError, ValidationError } from '@councilkit/core';
import { describe, expect, it } from 'vitest';
import {
  defineNotificationProvider,
  isFailureStatus,
  isFinalStatus,
  type NotificationProvider,
  notificationStatuses,
  notificationStatusFromRaw,
  prepareUpload,
} from './index.js';

const templateId = '2f0a5b43-34a8-4a58-9d0e-6d1f0b1f2c3d';
const sent = { id: templateId, templateId, templateVersion: 1, content: { body: '' } };

// A provider whose adapter records what it was given, so a test sees exactly what the model let through.
function recordingProvider(): { notify: NotificationProvider; received: unknown[] } {
  const received: unknown[] = [];
  const record = async (input: unknown) => {
    received.push(input);
    return sent;
  };
  const notify = defineNotificationProvider({
    provider: 'recording',
    sendEmail: record,
    sendSms: record,
    sendLetter: record,
    sendPrecompiledLetter: async (input) => {
      received.push(input);
      return { id: templateId, reference: input.reference, postage: 'second' };
    },
    getNotification: async () => {
      throw new Error('not used');
    },
    listNotifications: async function* (filter) {
      received.push(filter);
      yield* [];
    },
    getTemplate: async (_id, query) => {
      received.push(query);
      throw new Error('not used');
    },
    listTemplates: async () => [],
    previewTemplate: async () => {
      throw new Error('not used');
    },
    listReceivedTexts: async function* () {},
    getLetterPdf: async () => new Uint8Array(),
  });
  return { notify, received };
}

async function fieldOf(call: Promise<unknown>): Promise<string | undefined> {
  try {
    await call;
    return undefined;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.field;
  }
}

const { notify } = recordingProvider();
const email = (overrides: Record<string, unknown>) =>
  fieldOf(notify.sendEmail({ templateId, emailAddress: 'resident@example.com', ...overrides }));
const sms = (overrides: Record<string, unknown>) =>
  fieldOf(notify.sendSms({ templateId, phoneNumber: '07700 900123', ...overrides }));
const letter = (personalisation: Record<string, unknown> | undefined) =>
  fieldOf(notify.sendLetter({ templateId, personalisation } as never));
const address = { address_line_1: 'A Resident', address_line_2: '1 High Street' };

describe('notification statuses', () => {
  it.each([
    ['delivered', 'delivered'],
    [' Permanent-Failure ', 'permanent-failure'],
    ['accepted', 'accepted'],
    ['failed', 'technical-failure'],
    ['a-status-from-next-year', 'unknown'],
    ['unknown', 'unknown'],
  ])('maps the raw status %j to %j', (raw, status) => {
    expect(notificationStatusFromRaw(raw)).toBe(status);
  });

  it('knows which statuses are final and which are failures', () => {
    const final = notificationStatuses.filter(isFinalStatus);
    const failures = notificationStatuses.filter(isFailureStatus);
    expect(final).toEqual(
      expect.arrayContaining(['delivered', 'sent', 'received', 'cancelled', 'returned-letter']),
    );
    expect(final).not.toEqual(expect.arrayContaining(['created']));
    expect(isFinalStatus('unknown')).toBe(false);
    expect(isFinalStatus('pending')).toBe(false);
    expect(failures).toEqual([
      'virus-scan-failed',
      'validation-failed',
      'returned-letter',
      'permanent-failure',
      'temporary-failure',
      'technical-failure',
    ]);
    expect(failures.every(isFinalStatus)).toBe(true);
  });
});

describe('email requests', () => {
  it('accepts UUIDs in upper case and a reference of exactly 1000 characters', async () => {
    expect(
      await email({ templateId: templateId.toUpperCase(), reference: 'x'.repeat(1000) }),
    ).toBeUndefined();
    expect(await email({ reference: 'x'.repeat(1001) })).toBe('reference');
  });

  it('rejects fields the model does not know', async () => {
    const error = await notify
      .sendEmail({ templateId, emailAddress: 'resident@example.com', emailAdress: 'typo' } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain('emailAdress');
  });

  it('takes only https unsubscribe links', async () => {
    expect(
      await email({ oneClickUnsubscribeUrl: 'https://council.example/unsubscribe?u=1' }),
    ).toBeUndefined();
    expect(await email({ oneClickUnsubscribeUrl: 'http://council.example/unsubscribe' })).toBe(
      'oneClickUnsubscribeUrl',
    );
  });

  it('checks email addresses as GOV.UK Notify does', async () => {
    expect(await email({ emailAddress: 'first.last+tag@sub.example.co.uk' })).toBeUndefined();
    expect(await email({ emailAddress: 'two..dots@example.com' })).toBe('emailAddress');
    expect(await email({ emailAddress: 'no-tld@localhost' })).toBe('emailAddress');
  });

  it('takes text, numbers, booleans, null and lists of text as personalisation', async () => {
    const personalisation = { name: 'Ada', count: 3, urgent: true, middle_name: null, items: ['a', 'b'] };
    expect(await email({ personalisation })).toBeUndefined();
    expect(await email({ personalisation: { items: [1, 2] } })).toBe('personalisation.items');
    expect(await email({ personalisation: { when: new Date() } })).toBe('personalisation.when');
    expect(await email({ personalisation: { count: Number.POSITIVE_INFINITY } })).toBe(
      'personalisation.count',
    );
    expect(await email({ personalisation: { count: Number.NaN } })).toBe('personalisation.count');
    expect(await email({ personalisation: { name: undefined } })).toBe('personalisation.name');
    const error = await notify
      .sendEmail({
        templateId,
        emailAddress: 'resident@example.com',
        personalisation: { items: [1] as never },
      })
      .catch((caught: unknown) => caught);
    expect((error as ValidationError).issues[0]?.message).toBe(
      'must be text, a number, true or false, null, a list of text, or a file from prepareUpload',
    );
  });

  it('takes a file from prepareUpload and checks one made by hand', async () => {
    const upload = prepareUpload(new TextEncoder().encode('a,b\n1,2\n'), { filename: 'report.csv' });
    expect(await email({ personalisation: { link: upload } })).toBeUndefined();
    const tooLarge = { file: Buffer.alloc(2 * 1024 * 1024 + 1).toString('base64') };
    expect(await email({ personalisation: { link: tooLarge } })).toBe('personalisation.link.file');
    expect(await email({ personalisation: { link: { ...upload, filename: 'report' } } })).toBe(
      'personalisation.link.filename',
    );
    expect(await email({ personalisation: { link: { ...upload, retentionPeriod: '79 weeks' } } })).toBe(
      'personalisation.link.retentionPeriod',
    );
    expect(await email({ personalisation: { link: { ...upload, isCsv: true } } })).toBe(
      'personalisation.link.isCsv',
    );
  });
});

describe('text message requests', () => {
  it.each(['07700 900123', '+44 7700 900123', '0044 7700 900123', '(+44) 7700-900-123', '+33 6 12 34 56 78'])(
    'accepts the phone number %j',
    async (phoneNumber) => {
      expect(await sms({ phoneNumber })).toBeUndefined();
    },
  );

  it.each(['call me', '0770090', '07700 900123 ext 4', ''])(
    'rejects the phone number %j',
    async (phoneNumber) => {
      expect(await sms({ phoneNumber })).toBe('phoneNumber');
    },
  );

  it('refuses a file, which only goes by email', async () => {
    const upload = prepareUpload(new Uint8Array([1, 2, 3]), { filename: 'a.txt' });
    const error = await notify
      .sendSms({ templateId, phoneNumber: '07700 900123', personalisation: { link: upload as never } })
      .catch((caught: unknown) => caught);
    expect((error as ValidationError).field).toBe('personalisation.link');
    expect((error as ValidationError).issues[0]?.message).toBe('Can only send a file by email');
  });
});

describe('letter requests', () => {
  it.each([
    ['a UK postcode in any case and spacing', { ...address, address_line_3: 'sw1a1aa' }],
    ['a country outside the UK', { ...address, address_line_3: 'France' }],
    [
      'a postcode followed by the UK',
      { ...address, address_line_3: 'SW1A 1AA', address_line_4: 'United Kingdom' },
    ],
    ['the older postcode key', { ...address, postcode: 'SW1A 1AA' }],
    [
      'seven lines',
      {
        ...address,
        address_line_3: 'a',
        address_line_4: 'b',
        address_line_5: 'c',
        address_line_6: 'd',
        address_line_7: 'SW1A 1AA',
      },
    ],
    ['blank lines between', { ...address, address_line_5: ' ', address_line_6: 'SW1A 1AA' }],
  ])('accepts an address with %s', async (_, personalisation) => {
    expect(await letter(personalisation)).toBeUndefined();
  });

  it.each([
    ['no personalisation', undefined, 'personalisation'],
    [
      'two lines',
      { address_line_1: 'A Resident', address_line_2: 'SW1A 1AA' },
      'personalisation.address_line_3',
    ],
    [
      'no first line',
      { address_line_2: '1 High Street', address_line_3: 'SW1A 1AA' },
      'personalisation.address_line_1',
    ],
    [
      'a last line that is neither',
      { ...address, address_line_3: 'Somewhere' },
      'personalisation.address_line_3',
    ],
    [
      'the UK but no postcode',
      { ...address, address_line_3: 'United Kingdom' },
      'personalisation.address_line_2',
    ],
    [
      'no fixed abode',
      { ...address, address_line_2: 'NFA', address_line_3: 'SW1A 1AA' },
      'personalisation.address_line_2',
    ],
    [
      'a line starting with =',
      { ...address, address_line_2: '=cmd', address_line_3: 'SW1A 1AA' },
      'personalisation.address_line_2',
    ],
    [
      'a line that is a list',
      { ...address, address_line_2: ['1', '2'], address_line_3: 'SW1A 1AA' },
      'personalisation.address_line_2',
    ],
  ])('rejects %s', async (_, personalisation, field) => {
    expect(await letter(personalisation)).toBe(field);
  });
});

describe('precompiled letter requests', () => {
  const pdf = Buffer.from('%PDF-1.7\n');

  it('takes a Buffer holding a PDF, with an optional postage', async () => {
    expect(
      await fieldOf(notify.sendPrecompiledLetter({ reference: 'r', pdf, postage: 'economy' })),
    ).toBeUndefined();
  });

  it.each([
    ['an empty reference', { reference: '', pdf }, 'reference'],
    ['bytes that are not a PDF', { reference: 'r', pdf: Buffer.from('<html>') }, 'pdf'],
    ['a PDF over 5 MB', { reference: 'r', pdf: Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024)]) }, 'pdf'],
    ['a base64 string instead of bytes', { reference: 'r', pdf: pdf.toString('base64') }, 'pdf'],
    ['international postage', { reference: 'r', pdf, postage: 'europe' }, 'postage'],
  ])('rejects %s', async (_, request, field) => {
    expect(await fieldOf(notify.sendPrecompiledLetter(request as never))).toBe(field);
  });
});

describe('filters and queries', () => {
  it('rejects an empty status list and the unknown status, which no provider can search for', () => {
    expect(() => notify.listNotifications({ status: [] })).toThrow(ValidationError);
    expect(() => notify.listNotifications({ status: 'unknown' as never })).toThrow(ValidationError);
  });

  it('takes template versions as positive whole numbers', async () => {
    expect(await fieldOf(notify.getTemplate(templateId, { version: 1.5 }))).toBe('version');
    expect(await fieldOf(notify.getTemplate(templateId, { version: 0 }))).toBe('version');
    const error = await notify.getTemplate(templateId, { version: 2 }).catch((caught: unknown) => caught);
    // The recording adapter throws once it has the query: what matters is that the version got through.
    expect(CouncilKitError.isInstance(error) && error.code).toBe('provider_error');
  });
});
