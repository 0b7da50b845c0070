import { startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, expect, it } from 'vitest';

const sandbox = await startSandbox();
beforeAll(() => {
  process.env['GOVUK_NOTIFY_API_KEY'] = sandbox.credentials.notify.apiKey;
  process.env['GOVUK_NOTIFY_BASE_URL'] = sandbox.services.notify;
});
afterAll(async () => {
  delete process.env['GOVUK_NOTIFY_API_KEY'];
  delete process.env['GOVUK_NOTIFY_BASE_URL'];
  await sandbox.close();
});

it('sends the README’s email through the sandbox', async () => {
  const { sendConfirmation } = await import('./send-email.js');
  const id = await sendConfirmation();
  expect(sandbox.emulators.notify.control.notifications()[0]?.id).toBe(id);
});
