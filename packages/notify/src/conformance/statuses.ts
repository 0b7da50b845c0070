import { expect } from 'vitest';
import { isFailureStatus, isFinalStatus } from '../model/status.js';
import { backdoorMethod, type SuiteContext, sendMessage } from './suite-context.js';

/**
 * Statuses changed behind the adapter show through it, mapped to the neutral union. `rawStatus` is
 * whatever the provider said, so the suite only checks that there is one.
 */
export function registerStatusTests({ harness, test }: SuiteContext): void {
  const needs = ['message', 'statusUpdates'] as const;

  test('a delivered status shows through getNotification, with when it completed', needs, async () => {
    const { provider } = harness();
    const sent = await sendMessage(harness());
    await backdoorMethod(harness(), 'setStatus')(sent.id, 'delivered');
    const notification = await provider.getNotification(sent.id);
    expect(notification.status).toBe('delivered');
    expect(notification.rawStatus).not.toBe('');
    expect(isFinalStatus(notification.status)).toBe(true);
    expect(notification.completedAt).toBeInstanceOf(Date);
  });

  test('a permanent failure shows through getNotification with the raw status kept', needs, async () => {
    const { provider } = harness();
    const sent = await sendMessage(harness());
    await backdoorMethod(harness(), 'setStatus')(sent.id, 'permanent-failure');
    const notification = await provider.getNotification(sent.id);
    expect(notification.status).toBe('permanent-failure');
    expect(typeof notification.rawStatus).toBe('string');
    expect(notification.rawStatus).not.toBe('');
    expect(isFailureStatus(notification.status)).toBe(true);
  });

  test('temporary and technical failures map to their own statuses', needs, async () => {
    const { provider } = harness();
    const sent = await sendMessage(harness());
    await backdoorMethod(harness(), 'setStatus')(sent.id, 'temporary-failure');
    expect((await provider.getNotification(sent.id)).status).toBe('temporary-failure');
    await backdoorMethod(harness(), 'setStatus')(sent.id, 'technical-failure');
    expect((await provider.getNotification(sent.id)).status).toBe('technical-failure');
  });
}
