import { expect } from 'vitest';
import type { SentNotification } from '../model/notification.js';
import {
  collect,
  expectResumedAfterFirst,
  type SuiteContext,
  sameId,
  uniqueReference,
} from './suite-context.js';

/** Listing notifications: filters, resuming, and iterators that end. */
export function registerListingTests({ harness, test }: SuiteContext): void {
  // An email and a text message sharing a reference no other test uses.
  const sendPair = async (): Promise<{
    reference: string;
    email: SentNotification;
    sms: SentNotification;
  }> => {
    const { provider, fixtures } = harness();
    const reference = uniqueReference();
    const email = await provider.sendEmail({
      templateId: fixtures.emailTemplateId,
      emailAddress: fixtures.emailAddress,
      personalisation: fixtures.emailPersonalisation,
      reference,
    });
    const sms = await provider.sendSms({
      templateId: fixtures.smsTemplateId,
      phoneNumber: fixtures.phoneNumber,
      personalisation: fixtures.smsPersonalisation,
      reference,
    });
    return { reference, email, sms };
  };
  const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id.toLowerCase()).sort();

  test('listNotifications finds sent messages by reference', [], async () => {
    const { reference, email, sms } = await sendPair();
    const listed = await collect(harness().provider.listNotifications({ reference }));
    expect(idsOf(listed)).toEqual(idsOf([email, sms]));
    expect(listed.every((notification) => notification.reference === reference)).toBe(true);
  });

  test('listNotifications filters by type', [], async () => {
    const { reference, sms } = await sendPair();
    const listed = await collect(harness().provider.listNotifications({ reference, type: 'sms' }));
    expect(idsOf(listed)).toEqual(idsOf([sms]));
    expect(listed[0]?.type).toBe('sms');
  });

  test('listNotifications filters by one status or several', [], async () => {
    const { provider, backdoor } = harness();
    const { reference, email } = await sendPair();
    await backdoor.setStatus(email.id, 'permanent-failure');
    const failed = await collect(provider.listNotifications({ reference, status: 'permanent-failure' }));
    expect(idsOf(failed)).toEqual(idsOf([email]));
    const eitherStatus = ['permanent-failure', 'temporary-failure'] as const;
    const listed = await collect(provider.listNotifications({ reference, status: [...eitherStatus] }));
    expect(listed.some((notification) => sameId(notification.id, email.id))).toBe(true);
    expect(
      listed.every((notification) => (eitherStatus as readonly string[]).includes(notification.status)),
    ).toBe(true);
  });

  test('listNotifications resumes after olderThan', [], async () => {
    const { provider } = harness();
    const { reference } = await sendPair();
    const all = await collect(provider.listNotifications({ reference }));
    const rest = await collect(provider.listNotifications({ reference, olderThan: all[0]!.id }));
    expectResumedAfterFirst(all, rest);
  });

  test('listNotifications with nothing matching ends at once', [], async () => {
    const listed = await collect(harness().provider.listNotifications({ reference: uniqueReference() }));
    expect(listed).toEqual([]);
  });

  test('listNotifications stops fetching when the caller stops iterating', [], async () => {
    const { reference } = await sendPair();
    let seen = 0;
    for await (const _ of harness().provider.listNotifications({ reference })) {
      seen += 1;
      break;
    }
    expect(seen).toBe(1);
  });

  test('listNotifications lists letters by type', ['letters'], async () => {
    const { provider, fixtures } = harness();
    const reference = uniqueReference();
    const letter = await provider.sendLetter({
      templateId: fixtures.letterTemplateId,
      personalisation: fixtures.letterPersonalisation,
      reference,
    });
    const listed = await collect(provider.listNotifications({ reference, type: 'letter' }));
    expect(idsOf(listed)).toEqual(idsOf([letter]));
  });
}
