import { expect } from 'vitest';
import { minimalPdf } from '../minimal-pdf.js';
import { isFailureStatus } from '../model/status.js';
import {
  expectFailure,
  expectWellFormed,
  renderedTextValues,
  type SuiteContext,
  sameId,
  uniqueReference,
  unknownId,
} from './suite-context.js';

/** Sending each kind of message, and reading it back. */
export function registerSendingTests({ harness, test }: SuiteContext): void {
  test('sendEmail renders the template and returns the new id', [], async () => {
    const { provider, fixtures } = harness();
    const reference = uniqueReference();
    const sent = await provider.sendEmail({
      templateId: fixtures.emailTemplateId,
      emailAddress: fixtures.emailAddress,
      personalisation: fixtures.emailPersonalisation,
      reference,
    });
    expect(sent.id).toMatch(/^[0-9a-f-]{36}$/i);
    expect(sent.reference).toBe(reference);
    expect(sameId(sent.templateId, fixtures.emailTemplateId)).toBe(true);
    expect(sent.templateVersion).toBeGreaterThanOrEqual(1);
    expect(typeof sent.content.subject).toBe('string');
    const rendered = `${sent.content.subject}\n${sent.content.body}`;
    for (const value of renderedTextValues(fixtures.emailPersonalisation)) expect(rendered).toContain(value);
  });

  test('sendSms renders the template and returns the new id', [], async () => {
    const { provider, fixtures } = harness();
    const sent = await provider.sendSms({
      templateId: fixtures.smsTemplateId,
      phoneNumber: fixtures.phoneNumber,
      personalisation: fixtures.smsPersonalisation,
    });
    expect(sent.id).toMatch(/^[0-9a-f-]{36}$/i);
    expect(sent.reference).toBeUndefined();
    expect(sameId(sent.templateId, fixtures.smsTemplateId)).toBe(true);
    for (const value of renderedTextValues(fixtures.smsPersonalisation))
      expect(sent.content.body).toContain(value);
  });

  test('sendLetter renders the template and returns the new id', ['letters'], async () => {
    const { provider, fixtures } = harness();
    const sent = await provider.sendLetter({
      templateId: fixtures.letterTemplateId,
      personalisation: fixtures.letterPersonalisation,
    });
    expect(sent.id).toMatch(/^[0-9a-f-]{36}$/i);
    expect(sameId(sent.templateId, fixtures.letterTemplateId)).toBe(true);
    const rendered = `${sent.content.subject ?? ''}\n${sent.content.body}`;
    for (const value of renderedTextValues(fixtures.letterPersonalisation)) expect(rendered).toContain(value);
  });

  test('sendPrecompiledLetter returns the id, reference and postage', ['precompiledLetters'], async () => {
    const { provider } = harness();
    const reference = uniqueReference();
    const sent = await provider.sendPrecompiledLetter({ reference, pdf: minimalPdf() });
    expect(sent).toMatchObject({ reference, postage: 'second' });
    const firstClass = await provider.sendPrecompiledLetter({
      reference,
      pdf: minimalPdf(),
      postage: 'first',
    });
    expect(firstClass.postage).toBe('first');
    const read = await provider.getNotification(sent.id);
    expect(read.type).toBe('letter');
  });

  test('getNotification reads back an email with its recipient, status and content', [], async () => {
    const { provider, fixtures } = harness();
    const reference = uniqueReference();
    const sent = await provider.sendEmail({
      templateId: fixtures.emailTemplateId,
      emailAddress: fixtures.emailAddress,
      personalisation: fixtures.emailPersonalisation,
      reference,
    });
    const notification = await provider.getNotification(sent.id);
    expectWellFormed(notification);
    expect(sameId(notification.id, sent.id)).toBe(true);
    expect(notification.reference).toBe(reference);
    expect(isFailureStatus(notification.status)).toBe(false);
    expect(sameId(notification.templateId, fixtures.emailTemplateId)).toBe(true);
    expect(notification.templateVersion).toBe(sent.templateVersion);
    expect(notification.body).toBe(sent.content.body);
    if (notification.type !== 'email') throw new Error(`expected an email, got ${notification.type}`);
    expect(notification.emailAddress).toBe(fixtures.emailAddress);
    expect(notification.subject).toBe(sent.content.subject);
  });

  test('getNotification reads back a text message with its recipient', [], async () => {
    const { provider, fixtures } = harness();
    const sent = await provider.sendSms({
      templateId: fixtures.smsTemplateId,
      phoneNumber: fixtures.phoneNumber,
      personalisation: fixtures.smsPersonalisation,
    });
    const notification = await provider.getNotification(sent.id);
    expectWellFormed(notification);
    expect(notification.reference).toBeUndefined();
    if (notification.type !== 'sms') throw new Error(`expected a text message, got ${notification.type}`);
    expect(notification.phoneNumber).toBe(fixtures.phoneNumber);
    expect(isFailureStatus(notification.status)).toBe(false);
  });

  test('getNotification reads back a letter with its address lines', ['letters'], async () => {
    const { provider, fixtures } = harness();
    const sent = await provider.sendLetter({
      templateId: fixtures.letterTemplateId,
      personalisation: fixtures.letterPersonalisation,
    });
    const notification = await provider.getNotification(sent.id);
    expectWellFormed(notification);
    if (notification.type !== 'letter') throw new Error(`expected a letter, got ${notification.type}`);
    expect(notification.addressLines.length).toBeGreaterThanOrEqual(3);
    expect(notification.addressLines[0]).toBe(
      String(fixtures.letterPersonalisation['address_line_1']).trim(),
    );
  });

  test('getNotification of an unknown id is a NotFoundError', [], async () => {
    await expectFailure(() => harness().provider.getNotification(unknownId()), 'not_found');
  });

  test('sending with a template that does not exist is a ValidationError on templateId', [], async () => {
    const { provider, fixtures } = harness();
    const request = { templateId: unknownId(), emailAddress: fixtures.emailAddress };
    await expectFailure(() => provider.sendEmail(request), 'validation_failed', 'templateId');
  });

  test('sending with a template of another type is a ValidationError on templateId', [], async () => {
    const { provider, fixtures } = harness();
    const request = {
      templateId: fixtures.emailTemplateId,
      phoneNumber: fixtures.phoneNumber,
      personalisation: fixtures.smsPersonalisation,
    };
    await expectFailure(() => provider.sendSms(request), 'validation_failed', 'templateId');
  });

  test('sending without the personalisation a template needs is a ValidationError', [], async () => {
    const { provider, fixtures } = harness();
    const request = {
      templateId: fixtures.emailTemplateId,
      emailAddress: fixtures.emailAddress,
      personalisation: {},
    };
    await expectFailure(
      () => provider.sendEmail(request),
      'validation_failed',
      (field) => field.startsWith('personalisation'),
    );
  });
}
