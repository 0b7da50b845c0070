import { govukNotify } from '@councilkit/notify-govuk';

// The key comes from GOVUK_NOTIFY_API_KEY; GOVUK_NOTIFY_BASE_URL points at the sandbox when set.
const notify = govukNotify({ baseUrl: process.env.GOVUK_NOTIFY_BASE_URL });

export async function sendConfirmation() {
  const sent = await notify.sendEmail({
    templateId: 'b7d8c0a2-3c4e-4f5a-9b6c-7d8e9f0a1b2c',
    emailAddress: 'resident@example.org',
    personalisation: { name: 'Alex', reference: 'PERMIT-1234', permit_type: 'yes' },
    reference: 'PERMIT-1234',
  });
  return sent.id;
}
