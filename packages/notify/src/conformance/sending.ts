import { expect } from 'vitest';
import { minimalPdf } from '../minimal-pdf.js';
import { isFailureStatus } from '../model/status.js';
import {
  expectE164,
  expectFailure,
  expectSameRecipient,
  expectWellFormed,
  fixture,
  renderedTextValues,
  type SuiteContext,
  uniqueReference,
  unknownTemplateId,
} from './suite-context.js';

/** Sending each kind of message, checking what the provider holds, and reading it back. */
export function registerSendingTests({ harness, test }: SuiteContext): void {
  test(
    'sendEmail renders the template, returns the new id, and the provider holds the email',
    ['email'],
    async () => {
      const { provider, backdoor } = harness();
      const email = fixture(harness(), 'email');
      const reference = uniqueReference();
      const sent = await provider.sendEmail({
        templateId: email.templateId,
        emailAddress: email.emailAddress,
        personalisation: email.personalisation,
        reference,
      });
      expect(typeof sent.id).toBe('string');
      expect(sent.id).not.toBe('');
      expect(sent.reference).toBe(reference);
      expect(sent.templateId).toBe(email.templateId);
      expect(sent.templateVersion).toBeGreaterThanOrEqual(1);
      expect(typeof sent.content.subject).toBe('string');
      const rendered = `${sent.content.subject}\n${sent.content.body}`;
      for (const value of renderedTextValues(email.personalisation)) expect(rendered).toContain(value);
      const held = await backdoor.findMessage(sent.id);
      expect(held, 'the provider holds no message under the id sendEmail returned').toBeDefined();
      expectSameRecipient(held!.recipient, email.emailAddress);
      for (const value of renderedTextValues(email.personalisation))
        expect(`${held!.subject ?? ''}\n${held!.body}`).toContain(value);
    },
  );

  test(
    'sendSms renders the template, returns the new id, and the provider holds the text',
    ['sms'],
    async () => {
      const { provider, backdoor } = harness();
      const sms = fixture(harness(), 'sms');
      const sent = await provider.sendSms({
        templateId: sms.templateId,
        phoneNumber: sms.phoneNumber,
        personalisation: sms.personalisation,
      });
      expect(sent.id).not.toBe('');
      expect(sent.reference).toBeUndefined();
      expect(sent.templateId).toBe(sms.templateId);
      for (const value of renderedTextValues(sms.personalisation)) expect(sent.content.body).toContain(value);
      const held = await backdoor.findMessage(sent.id);
      expect(held, 'the provider holds no message under the id sendSms returned').toBeDefined();
      expectSameRecipient(held!.recipient, sms.phoneNumber);
    },
  );

  test('sendLetter renders the template and returns the new id', ['letters'], async () => {
    const { provider } = harness();
    const letter = fixture(harness(), 'letter');
    const sent = await provider.sendLetter({
      templateId: letter.templateId,
      personalisation: letter.personalisation,
    });
    expect(sent.id).not.toBe('');
    expect(sent.templateId).toBe(letter.templateId);
    const rendered = `${sent.content.subject ?? ''}\n${sent.content.body}`;
    for (const value of renderedTextValues(letter.personalisation)) expect(rendered).toContain(value);
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
    if (harness().provider.capabilities.lookup) {
      const read = await provider.getNotification(sent.id);
      expect(read.type).toBe('letter');
    }
  });

  test(
    'getNotification reads back an email with its recipient, status and content',
    ['email', 'lookup'],
    async () => {
      const { provider } = harness();
      const email = fixture(harness(), 'email');
      const reference = uniqueReference();
      const sent = await provider.sendEmail({
        templateId: email.templateId,
        emailAddress: email.emailAddress,
        personalisation: email.personalisation,
        reference,
      });
      const notification = await provider.getNotification(sent.id);
      expectWellFormed(notification);
      expect(notification.id).toBe(sent.id);
      expect(notification.reference).toBe(reference);
      expect(isFailureStatus(notification.status)).toBe(false);
      expect(notification.templateId).toBe(email.templateId);
      expect(notification.templateVersion).toBe(sent.templateVersion);
      expect(notification.body).toBe(sent.content.body);
      if (notification.type !== 'email') throw new Error(`expected an email, got ${notification.type}`);
      expect(notification.emailAddress).toBe(email.emailAddress);
      expect(notification.subject).toBe(sent.content.subject);
    },
  );

  test(
    'getNotification reads back a text message with its recipient in E.164',
    ['sms', 'lookup'],
    async () => {
      const { provider } = harness();
      const sms = fixture(harness(), 'sms');
      const sent = await provider.sendSms({
        templateId: sms.templateId,
        phoneNumber: sms.phoneNumber,
        personalisation: sms.personalisation,
      });
      const notification = await provider.getNotification(sent.id);
      expectWellFormed(notification);
      expect(notification.reference).toBeUndefined();
      if (notification.type !== 'sms') throw new Error(`expected a text message, got ${notification.type}`);
      expectE164(notification.phoneNumber, sms.phoneNumber);
      expect(isFailureStatus(notification.status)).toBe(false);
    },
  );

  test('getNotification reads back a letter with its address lines', ['letters', 'lookup'], async () => {
    const { provider } = harness();
    const letter = fixture(harness(), 'letter');
    const sent = await provider.sendLetter({
      templateId: letter.templateId,
      personalisation: letter.personalisation,
    });
    const notification = await provider.getNotification(sent.id);
    expectWellFormed(notification);
    if (notification.type !== 'letter') throw new Error(`expected a letter, got ${notification.type}`);
    expect(notification.addressLines.length).toBeGreaterThanOrEqual(3);
    expect(notification.addressLines[0]).toBe(String(letter.personalisation['address_line_1']).trim());
  });

  test('getNotification of an unknown id is a NotFoundError', ['lookup'], async () => {
    const { provider, fixtures } = harness();
    await expectFailure(() => provider.getNotification(fixtures.unknownId), 'not_found');
  });

  test(
    'sending with a template that does not exist is a ValidationError on templateId',
    ['message'],
    async () => {
      const { provider, fixtures } = harness();
      const email = fixtures.email;
      await expectFailure(
        () =>
          provider.capabilities.email && email
            ? provider.sendEmail({
                templateId: unknownTemplateId(harness()),
                emailAddress: email.emailAddress,
              })
            : provider.sendSms({
                templateId: unknownTemplateId(harness()),
                phoneNumber: fixture(harness(), 'sms').phoneNumber,
              }),
        'validation_failed',
        'templateId',
      );
    },
  );

  test(
    'sending with a template of another type is a ValidationError on templateId',
    ['email', 'sms'],
    async () => {
      const { provider } = harness();
      const request = {
        templateId: fixture(harness(), 'email').templateId,
        phoneNumber: fixture(harness(), 'sms').phoneNumber,
        personalisation: fixture(harness(), 'sms').personalisation,
      };
      await expectFailure(() => provider.sendSms(request), 'validation_failed', 'templateId');
    },
  );

  test('sending without the personalisation a template needs is a ValidationError', ['message'], async () => {
    const { provider, fixtures } = harness();
    const email = fixtures.email;
    await expectFailure(
      () =>
        provider.capabilities.email && email
          ? provider.sendEmail({
              templateId: email.templateId,
              emailAddress: email.emailAddress,
              personalisation: {},
            })
          : provider.sendSms({
              templateId: fixture(harness(), 'sms').templateId,
              phoneNumber: fixture(harness(), 'sms').phoneNumber,
              personalisation: {},
            }),
      'validation_failed',
      (field) => field.startsWith('personalisation'),
    );
  });
}
