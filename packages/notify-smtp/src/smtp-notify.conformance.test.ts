import { describeNotificationProvider } from '@councilkit/notify/testing';
import { startSandbox } from '@councilkit/sandbox';
import { smtpNotify } from './index.js';

const templates = { received: { subject: 'Permit ((reference))', body: 'Dear ((name)), we have it.' } };
const personalisation = { name: 'Ada', reference: 'P1' };
const email = { templateId: 'received', emailAddress: 'ada@example.com', personalisation };

describeNotificationProvider('smtpNotify against the sandbox SMTP server', async () => {
  const sandbox = await startSandbox();
  const provider = smtpNotify({ ...sandbox.credentials.smtp, from: 'parking@council.example', templates });
  const { control: backdoor } = sandbox.emulators.smtp;
  return { provider, backdoor, fixtures: { email, unknownId: 'none' }, teardown: () => sandbox.close() };
});
