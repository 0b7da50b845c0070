import { expect } from 'vitest';
import type { NotificationProvider } from '../port.js';
import type { NotificationHarness } from './harness.js';
import {
  countNotifications,
  expectFailure,
  fixture,
  type Need,
  type SuiteContext,
  sendMessage,
  uniqueReference,
  unknownTemplateId,
  withAddress,
} from './suite-context.js';

type BadCall = readonly [
  field: string,
  call: (provider: NotificationProvider, harness: NotificationHarness) => unknown,
];

// Deliberately wrong input, cast as a JavaScript caller (or a bad cast) would send it.
const bad = <T>(value: unknown): T => value as T;
const email = (harness: NotificationHarness) => fixture(harness, 'email');
const sms = (harness: NotificationHarness) => fixture(harness, 'sms');
const letter = (harness: NotificationHarness) => fixture(harness, 'letter');

// Ids are opaque, so only what no provider could take is checked here: an adapter checks its own shape.
const badCallsByMethod: Readonly<Record<string, readonly [Need, readonly BadCall[]]>> = {
  sendEmail: [
    'email',
    [
      ['templateId', (p, h) => p.sendEmail({ templateId: '', emailAddress: email(h).emailAddress })],
      ['templateId', (p, h) => p.sendEmail({ templateId: bad(42), emailAddress: email(h).emailAddress })],
      [
        'emailAddress',
        (p, h) => p.sendEmail({ templateId: email(h).templateId, emailAddress: 'not an email address' }),
      ],
      ['reference', (p, h) => p.sendEmail({ ...emailRequest(h), reference: 'x'.repeat(1001) })],
      [
        'oneClickUnsubscribeUrl',
        (p, h) =>
          p.sendEmail({ ...emailRequest(h), oneClickUnsubscribeUrl: 'http://example.com/unsubscribe' }),
      ],
      [
        'personalisation.name',
        (p, h) => p.sendEmail({ ...emailRequest(h), personalisation: { name: bad({ nested: true }) } }),
      ],
      ['providerOptions', (p, h) => p.sendEmail({ ...emailRequest(h), providerOptions: bad('fast') })],
      [
        'providerOptions.someProvider',
        (p, h) => p.sendEmail({ ...emailRequest(h), providerOptions: { someProvider: bad(1) } }),
      ],
    ],
  ],
  sendSms: [
    'sms',
    [
      ['phoneNumber', (p, h) => p.sendSms({ templateId: sms(h).templateId, phoneNumber: 'call me maybe' })],
      ['phoneNumber', (p, h) => p.sendSms({ templateId: sms(h).templateId, phoneNumber: '0770090' })],
      ['templateId', (p, h) => p.sendSms({ templateId: bad(42), phoneNumber: sms(h).phoneNumber })],
      [
        'personalisation.attachment',
        (p, h) =>
          p.sendSms({
            templateId: sms(h).templateId,
            phoneNumber: sms(h).phoneNumber,
            personalisation: { attachment: bad({ file: 'aGVsbG8=' }) },
          }),
      ],
    ],
  ],
  sendLetter: [
    'letters',
    [
      [
        'personalisation.address_line_1',
        (p, h) =>
          p.sendLetter({
            templateId: letter(h).templateId,
            personalisation: withAddress(letter(h).personalisation, {
              address_line_2: '1 High Street',
              address_line_3: 'SW1A 1AA',
            }),
          }),
      ],
      [
        'personalisation.address_line_3',
        (p, h) =>
          p.sendLetter({
            templateId: letter(h).templateId,
            personalisation: withAddress(letter(h).personalisation, {
              address_line_1: 'A Resident',
              address_line_2: '1 High Street',
              address_line_3: 'Not a postcode',
            }),
          }),
      ],
      ['templateId', (p, h) => p.sendLetter({ templateId: '', personalisation: letter(h).personalisation })],
      ['personalisation', (p, h) => p.sendLetter(bad({ templateId: letter(h).templateId }))],
    ],
  ],
  sendPrecompiledLetter: [
    'precompiledLetters',
    [
      ['reference', (p) => p.sendPrecompiledLetter(bad({ pdf: new TextEncoder().encode('%PDF-1.4') }))],
      [
        'pdf',
        (p) =>
          p.sendPrecompiledLetter({ reference: uniqueReference(), pdf: new TextEncoder().encode('hello') }),
      ],
      [
        'postage',
        (p) =>
          p.sendPrecompiledLetter({
            reference: uniqueReference(),
            pdf: new TextEncoder().encode('%PDF-1.4'),
            postage: bad('third'),
          }),
      ],
    ],
  ],
  getNotification: [
    'lookup',
    [
      ['id', (p) => p.getNotification('')],
      ['id', (p) => p.getNotification(bad(undefined))],
    ],
  ],
  listNotifications: [
    'lookup',
    [
      ['status', (p) => p.listNotifications({ status: bad('lost') })],
      ['type', (p) => p.listNotifications({ type: bad('fax') })],
      ['olderThan', (p) => p.listNotifications({ olderThan: '' })],
    ],
  ],
  getTemplate: [
    'templates',
    [
      ['id', (p) => p.getTemplate('')],
      ['version', (p, h) => p.getTemplate(unknownTemplateId(h), { version: 0 })],
    ],
  ],
  listTemplates: ['templates', [['type', (p) => p.listTemplates({ type: bad('fax') })]]],
  previewTemplate: [
    'previews',
    [
      ['id', (p) => p.previewTemplate(bad(null))],
      ['personalisation.name', (p, h) => p.previewTemplate(unknownTemplateId(h), { name: bad(Symbol('x')) })],
    ],
  ],
  listReceivedTexts: ['receivedTexts', [['olderThan', (p) => p.listReceivedTexts({ olderThan: bad(7) })]]],
  getLetterPdf: ['letterPdf', [['id', (p) => p.getLetterPdf('')]]],
};

function emailRequest(harness: NotificationHarness) {
  const { templateId, emailAddress, personalisation } = email(harness);
  return { templateId, emailAddress, personalisation };
}

/** Bad input to every method is a `ValidationError` naming the field, and nothing is sent. */
export function registerValidationTests({ harness, test }: SuiteContext): void {
  for (const [method, [need, badCalls]] of Object.entries(badCallsByMethod)) {
    test(`${method} rejects bad input, naming the field, and sends nothing`, [need], async () => {
      const { provider } = harness();
      const counting = provider.capabilities.lookup;
      const before = counting ? await countNotifications(harness()) : 0;
      for (const [field, call] of badCalls) {
        await expectFailure(() => call(provider, harness()), 'validation_failed', field);
      }
      if (counting) expect(await countNotifications(harness())).toBe(before);
    });
  }

  test('bad call options are a ValidationError naming the option', ['message'], async () => {
    const send = (options: unknown) => sendMessage(harness(), undefined, bad(options));
    await expectFailure(() => send({ timeoutMs: -1 }), 'validation_failed', 'timeoutMs');
    await expectFailure(() => send({ signal: 'stop' }), 'validation_failed', 'signal');
    await expectFailure(() => send({ unknownOption: true }), 'validation_failed');
  });

  test('a call already aborted sends nothing and says so', ['message'], async () => {
    const controller = new AbortController();
    controller.abort();
    const failure = await sendMessage(harness(), undefined, { signal: controller.signal }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 'transport_failed', notSent: true });
  });
}
