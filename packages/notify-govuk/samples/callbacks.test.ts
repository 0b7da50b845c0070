import { expect, it } from 'vitest';
import { onDeliveryStatus } from './callbacks.js';

it('reads a callback with the right token and refuses one without', () => {
  process.env['GOVUK_NOTIFY_CALLBACK_TOKEN'] = 'a-long-callback-token';
  const body = {
    id: '740e5834-3a29-46b4-9a6f-16142fde533a',
    reference: 'PERMIT-1',
    to: 'resident@example.org',
    status: 'delivered',
    created_at: '2026-01-01T10:00:00.000000Z',
    completed_at: '2026-01-01T10:00:05.000000Z',
    sent_at: '2026-01-01T10:00:01.000000Z',
    notification_type: 'email',
    template_id: 'b7d8c0a2-3c4e-4f5a-9b6c-7d8e9f0a1b2c',
    template_version: 1,
  };
  expect(onDeliveryStatus('Bearer a-long-callback-token', body)).toEqual({
    id: body.id,
    status: 'delivered',
  });
  expect(() => onDeliveryStatus('Bearer wrong', body)).toThrow(/token/i);
  delete process.env['GOVUK_NOTIFY_CALLBACK_TOKEN'];
});
