import { expect } from 'vitest';
import type { NotificationProvider } from '../port.js';
import type { NotificationFixtures } from './harness.js';
import {
  countNotifications,
  expectFailure,
  type SuiteContext,
  uniqueReference,
  unknownId,
  withAddress,
} from './suite-context.js';

type BadCall = readonly [
  field: string,
  call: (provider: NotificationProvider, fixtures: NotificationFixtures) => unknown,
];

// Deliberately wrong input, cast through `never` as a JavaScript caller (or a bad cast) would send it.
const bad = <T>(value: unknown): T => value as T;

const badCallsByMethod: Readonly<Record<string, readonly BadCall[]>> = {
  sendEmail: [
    ['templateId', (p, f) => p.sendEmail({ templateId: 'not-a-uuid', emailAddress: f.emailAddress })],
    [
      'emailAddress',
      (p, f) => p.sendEmail({ templateId: f.emailTemplateId, emailAddress: 'not an email address' }),
    ],
    [
      'reference',
      (p, f) =>
        p.sendEmail({
          templateId: f.emailTemplateId,
          emailAddress: f.emailAddress,
          reference: 'x'.repeat(1001),
        }),
    ],
    [
      'emailReplyToId',
      (p, f) =>
        p.sendEmail({ templateId: f.emailTemplateId, emailAddress: f.emailAddress, emailReplyToId: 'nope' }),
    ],
    [
      'oneClickUnsubscribeUrl',
      (p, f) =>
        p.sendEmail({
          templateId: f.emailTemplateId,
          emailAddress: f.emailAddress,
          oneClickUnsubscribeUrl: 'http://example.com/unsubscribe',
        }),
    ],
    [
      'personalisation.name',
      (p, f) =>
        p.sendEmail({
          templateId: f.emailTemplateId,
          emailAddress: f.emailAddress,
          personalisation: { name: bad({ nested: true }) },
        }),
    ],
  ],
  sendSms: [
    ['phoneNumber', (p, f) => p.sendSms({ templateId: f.smsTemplateId, phoneNumber: 'call me maybe' })],
    ['phoneNumber', (p, f) => p.sendSms({ templateId: f.smsTemplateId, phoneNumber: '0770090' })],
    ['templateId', (p, f) => p.sendSms({ templateId: bad(42), phoneNumber: f.phoneNumber })],
    [
      'smsSenderId',
      (p, f) => p.sendSms({ templateId: f.smsTemplateId, phoneNumber: f.phoneNumber, smsSenderId: 'x' }),
    ],
    [
      'personalisation.attachment',
      (p, f) =>
        p.sendSms({
          templateId: f.smsTemplateId,
          phoneNumber: f.phoneNumber,
          personalisation: { attachment: bad({ file: 'aGVsbG8=' }) },
        }),
    ],
  ],
  sendLetter: [
    [
      'personalisation.address_line_1',
      (p, f) =>
        p.sendLetter({
          templateId: f.letterTemplateId,
          personalisation: withAddress(f.letterPersonalisation, {
            address_line_2: '1 High Street',
            address_line_3: 'SW1A 1AA',
          }),
        }),
    ],
    [
      'personalisation.address_line_3',
      (p, f) =>
        p.sendLetter({
          templateId: f.letterTemplateId,
          personalisation: withAddress(f.letterPersonalisation, {
            address_line_1: 'A Resident',
            address_line_2: '1 High Street',
            address_line_3: 'Not a postcode',
          }),
        }),
    ],
    ['templateId', (p, f) => p.sendLetter({ templateId: '', personalisation: f.letterPersonalisation })],
    ['personalisation', (p, f) => p.sendLetter(bad({ templateId: f.letterTemplateId }))],
  ],
  sendPrecompiledLetter: [
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
  getNotification: [['id', (p) => p.getNotification('not-a-uuid')]],
  listNotifications: [
    ['status', (p) => p.listNotifications({ status: bad('lost') })],
    ['type', (p) => p.listNotifications({ type: bad('fax') })],
    ['olderThan', (p) => p.listNotifications({ olderThan: 'yesterday' })],
  ],
  getTemplate: [
    ['id', (p) => p.getTemplate('not-a-uuid')],
    ['version', (p, f) => p.getTemplate(f.emailTemplateId, { version: 0 })],
  ],
  listTemplates: [['type', (p) => p.listTemplates({ type: bad('fax') })]],
  previewTemplate: [
    ['id', (p) => p.previewTemplate('not-a-uuid')],
    ['personalisation.name', (p, f) => p.previewTemplate(f.emailTemplateId, { name: bad(Symbol('x')) })],
  ],
  listReceivedTexts: [['olderThan', (p) => p.listReceivedTexts({ olderThan: 'yesterday' })]],
  getLetterPdf: [['id', (p) => p.getLetterPdf('not-a-uuid')]],
  callOptions: [
    ['timeoutMs', (p) => p.getNotification(unknownId(), { timeoutMs: -1 })],
    ['signal', (p) => p.listTemplates({}, { signal: bad('stop') })],
  ],
};

/** Bad input to every method is a `ValidationError` naming the field, and nothing is sent. */
export function registerValidationTests({ harness, test }: SuiteContext): void {
  for (const [method, badCalls] of Object.entries(badCallsByMethod)) {
    test(`${method} rejects bad input, naming the field, and sends nothing`, [], async () => {
      const { provider, fixtures } = harness();
      const before = await countNotifications(harness());
      for (const [field, call] of badCalls) {
        await expectFailure(() => call(provider, fixtures), 'validation_failed', field);
      }
      expect(await countNotifications(harness())).toBe(before);
    });
  }
}
