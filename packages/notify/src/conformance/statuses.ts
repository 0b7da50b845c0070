import { expect } from 'vitest';
import { isFailureStatus, isFinalStatus } from '../model/status.js';
import type { SuiteContext } from './suite-context.js';

/** Statuses changed behind the adapter show through it, mapped to the union with the raw value kept. */
export function registerStatusTests({ harness, test }: SuiteContext): void {
  const sendEmail = async () => {
    const { provider, fixtures } = harness();
    return provider.sendEmail({
      templateId: fixtures.emailTemplateId,
      emailAddress: fixtures.emailAddress,
      personalisation: fixtures.emailPersonalisation,
    });
  };

  test('a delivered status shows through getNotification, with when it completed', [], async () => {
    const { provider, backdoor } = harness();
    const sent = await sendEmail();
    await backdoor.setStatus(sent.id, 'delivered');
    const notification = await provider.getNotification(sent.id);
    expect(notification.status).toBe('delivered');
    expect(notification.rawStatus).toBe('delivered');
    expect(isFinalStatus(notification.status)).toBe(true);
    expect(notification.completedAt).toBeInstanceOf(Date);
  });

  test('a permanent failure shows through getNotification with its raw status kept', [], async () => {
    const { provider, backdoor } = harness();
    const sent = await sendEmail();
    await backdoor.setStatus(sent.id, 'permanent-failure');
    const notification = await provider.getNotification(sent.id);
    expect(notification.status).toBe('permanent-failure');
    expect(notification.rawStatus).toBe('permanent-failure');
    expect(isFailureStatus(notification.status)).toBe(true);
  });

  test('temporary and technical failures map to their own statuses', [], async () => {
    const { provider, backdoor, fixtures } = harness();
    const sent = await provider.sendSms({
      templateId: fixtures.smsTemplateId,
      phoneNumber: fixtures.phoneNumber,
      personalisation: fixtures.smsPersonalisation,
    });
    await backdoor.setStatus(sent.id, 'temporary-failure');
    expect((await provider.getNotification(sent.id)).status).toBe('temporary-failure');
    await backdoor.setStatus(sent.id, 'technical-failure');
    expect((await provider.getNotification(sent.id)).status).toBe('technical-failure');
  });
}
