import { startSandbox } from '@councilkit/sandbox';
import { afterAll, expect, it } from 'vitest';
import { main } from './send-through-sandbox.js';

const sandbox = await startSandbox();
afterAll(() => sandbox.close());

it('sends the email and the text through the sandbox, with the documented key', async () => {
  // The key the guide puts in .env: the sandbox's fixed test key, the same on every start.
  process.env['GOVUK_NOTIFY_API_KEY'] =
    'councilkit_sandbox_test-5a4db0c4-6f0e-4c43-9d2b-5c7f1a2b3c4d-7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918';
  expect(sandbox.credentials.notify.apiKey).toBe(process.env['GOVUK_NOTIFY_API_KEY']);
  process.env['GOVUK_NOTIFY_BASE_URL'] = sandbox.services.notify;
  try {
    const { emailId, textId } = await main();
    const sent = sandbox.emulators.notify.control.notifications();
    expect(sent.find((message) => message.id === emailId)?.body).toContain(
      'We will post your permit to the address on your application',
    );
    expect(sent.find((message) => message.id === textId)?.body).toContain('Ada Lovelace, we have received');
  } finally {
    delete process.env['GOVUK_NOTIFY_API_KEY'];
    delete process.env['GOVUK_NOTIFY_BASE_URL'];
  }
});
