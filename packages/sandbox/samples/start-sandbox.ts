import { govukNotify } from '@councilkit/notify-govuk';
import { smtpNotify } from '@councilkit/notify-smtp';
import { startSandbox } from '@councilkit/sandbox';

/** Starts the sandbox on a free port and sends through its Notify and its SMTP server. */
export async function tryTheSandbox() {
  const sandbox = await startSandbox(); // { url, services, credentials, emulators, close }
  const notify = govukNotify({ apiKey: sandbox.credentials.notify.apiKey, baseUrl: sandbox.services.notify });
  const { templates } = sandbox.credentials.notify;
  await notify.sendSms({
    templateId: templates.sms,
    phoneNumber: '07700 900123',
    personalisation: { name: 'Ada', reference: 'R1' },
  });
  sandbox.emulators.notify.control.advanceTime(10_000); // statuses move on: created → sending → delivered

  const mail = smtpNotify({
    ...sandbox.credentials.smtp, // { host, port, user, pass }
    from: 'parking@council.example',
    templates: { hello: { subject: 'Hello ((name))', body: 'Dear ((name))' } },
  });
  await mail.sendEmail({
    templateId: 'hello',
    emailAddress: 'ada@example.com',
    personalisation: { name: 'Ada' },
  });

  const sent = {
    texts: sandbox.emulators.notify.control.notifications(), // also at <url>/notify/inbox
    emails: sandbox.emulators.smtp.control.messages(), // also at <url>/smtp/inbox
  };
  await sandbox.close();
  return sent;
}
