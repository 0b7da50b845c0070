import { fetchTransport } from '@councilkit/core';
import { createEmulators, sandboxHandlers } from '@councilkit/sandbox/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { govukNotify } from './index.js';

// The in-process way to test a service: msw answers requests to the real Notify host with the
// sandbox's emulator, so the adapter runs with its default base URL and no socket is opened.
describe('govukNotify under msw', () => {
  const emulators = createEmulators();
  const server = setupServer(...sandboxHandlers(emulators));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    server.close();
    await emulators.notify.close();
  });

  it('sends an email and a text to the real host, answered by the emulator', async () => {
    const { apiKey, templates } = emulators.notify.credentials;
    const notify = govukNotify({ apiKey, transport: fetchTransport() });
    const email = await notify.sendEmail({
      templateId: templates.email,
      emailAddress: 'resident@example.org',
      personalisation: { name: 'Alex', reference: 'PERMIT-1', permit_type: 'yes' },
    });
    const text = await notify.sendSms({
      templateId: templates.sms,
      phoneNumber: '07700 900123',
      personalisation: { name: 'Alex', reference: 'PERMIT-1' },
    });
    expect((await notify.getNotification(email.id)).type).toBe('email');
    expect(emulators.notify.control.notifications().map((message) => message.id)).toEqual([
      text.id,
      email.id,
    ]);
  });
});
