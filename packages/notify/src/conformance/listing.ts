import { expect } from 'vitest';
import type { SentNotification } from '../model/notification.js';
import type { EmailFixture } from './harness.js';
import {
  backdoorMethod,
  collect,
  expectResumedAfterFirst,
  fixture,
  type SuiteContext,
  sendMessage,
  uniqueReference,
} from './suite-context.js';

/** Listing notifications: filters, resuming, and iterators that end. */
export function registerListingTests({ harness, test }: SuiteContext): void {
  // Two messages sharing a reference no other test uses.
  const sendPair = async (): Promise<{
    reference: string;
    first: SentNotification;
    second: SentNotification;
  }> => {
    const reference = uniqueReference();
    const first = await sendMessage(harness(), reference);
    const second = await sendMessage(harness(), reference);
    return { reference, first, second };
  };
  const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

  test('listNotifications finds sent messages by reference', ['message', 'lookup'], async () => {
    const { reference, first, second } = await sendPair();
    const listed = await collect(harness().provider.listNotifications({ reference }));
    expect(idsOf(listed)).toEqual(idsOf([first, second]));
    expect(listed.every((notification) => notification.reference === reference)).toBe(true);
  });

  test('listNotifications filters by type', ['email', 'sms', 'lookup'], async () => {
    const { provider } = harness();
    const email = fixture(harness(), 'email');
    const sms = fixture(harness(), 'sms');
    const reference = uniqueReference();
    await provider.sendEmail({ ...emailRequest(email), reference });
    const text = await provider.sendSms({
      templateId: sms.templateId,
      phoneNumber: sms.phoneNumber,
      personalisation: sms.personalisation,
      reference,
    });
    const listed = await collect(provider.listNotifications({ reference, type: 'sms' }));
    expect(idsOf(listed)).toEqual(idsOf([text]));
    expect(listed[0]?.type).toBe('sms');
  });

  test('listNotifications filters by one status or several', ['message', 'statusUpdates'], async () => {
    const { provider } = harness();
    const { reference, first } = await sendPair();
    await backdoorMethod(harness(), 'setStatus')(first.id, 'permanent-failure');
    const failed = await collect(provider.listNotifications({ reference, status: 'permanent-failure' }));
    expect(idsOf(failed)).toEqual(idsOf([first]));
    const eitherStatus = ['permanent-failure', 'temporary-failure'] as const;
    const listed = await collect(provider.listNotifications({ reference, status: [...eitherStatus] }));
    expect(listed.some((notification) => notification.id === first.id)).toBe(true);
    expect(
      listed.every((notification) => (eitherStatus as readonly string[]).includes(notification.status)),
    ).toBe(true);
  });

  test('listNotifications resumes after olderThan', ['message', 'lookup'], async () => {
    const { provider } = harness();
    const { reference } = await sendPair();
    const all = await collect(provider.listNotifications({ reference }));
    const rest = await collect(provider.listNotifications({ reference, olderThan: all[0]!.id }));
    expectResumedAfterFirst(all, rest);
  });

  test('listNotifications with nothing matching ends at once', ['lookup'], async () => {
    const listed = await collect(harness().provider.listNotifications({ reference: uniqueReference() }));
    expect(listed).toEqual([]);
  });

  test(
    'listNotifications stops fetching when the caller stops iterating',
    ['message', 'lookup'],
    async () => {
      const { reference } = await sendPair();
      let seen = 0;
      for await (const _ of harness().provider.listNotifications({ reference })) {
        seen += 1;
        break;
      }
      expect(seen).toBe(1);
    },
  );

  test('listNotifications lists letters by type', ['letters', 'lookup'], async () => {
    const { provider } = harness();
    const letter = fixture(harness(), 'letter');
    const reference = uniqueReference();
    const sent = await provider.sendLetter({
      templateId: letter.templateId,
      personalisation: letter.personalisation,
      reference,
    });
    const listed = await collect(provider.listNotifications({ reference, type: 'letter' }));
    expect(idsOf(listed)).toEqual(idsOf([sent]));
  });
}

function emailRequest(email: EmailFixture) {
  return {
    templateId: email.templateId,
    emailAddress: email.emailAddress,
    personalisation: email.personalisation,
  };
}
