import { startSandbox } from '@councilkit/sandbox';
import { afterAll, expect, it } from 'vitest';
import { confirm, councilMail } from './send-email.js';

const sandbox = await startSandbox();
afterAll(() => sandbox.close());

it('sends through the sandbox SMTP server as it would through the council relay', async () => {
  const { host, port, user, pass } = sandbox.credentials.smtp;
  process.env['SMTP_PASSWORD'] = pass;
  try {
    const notify = councilMail({ host, port, user });
    expect(notify.capabilities).toMatchObject({ email: true, sms: false, lookup: false });
    const id = await confirm(notify);
    const email = sandbox.emulators.smtp.control.find(id);
    expect(email?.subject).toBe('Your parking permit application PERMIT-1234');
    expect(email?.headers['reply-to']).toBe('permits@council.gov.uk');
  } finally {
    delete process.env['SMTP_PASSWORD'];
  }
});
