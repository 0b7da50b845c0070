import { startSandbox } from '@councilkit/sandbox';
import { afterAll, expect, it } from 'vitest';
import { sendConfirmations } from './send.js';

const sandbox = await startSandbox();
afterAll(() => sandbox.close());

it('sends an email and a text through the sandbox', async () => {
  process.env['GOVUK_NOTIFY_API_KEY'] = sandbox.credentials.notify.apiKey;
  try {
    const { templates } = sandbox.credentials.notify;
    const sent = await sendConfirmations(templates, sandbox.services.notify);
    expect(sent.status).toBe('created');
    const text = sandbox.emulators.notify.control
      .notifications()
      .find((message) => message.id === sent.textId);
    expect(text?.from).toBe('Council');
  } finally {
    delete process.env['GOVUK_NOTIFY_API_KEY'];
  }
});
