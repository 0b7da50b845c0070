import { govukNotify } from '@councilkit/notify-govuk';

/** Sends a confirmation email and text for a permit application; the key comes from GOVUK_NOTIFY_API_KEY. */
export async function sendConfirmations(templates: { email: string; sms: string }, baseUrl?: string) {
  const notify = govukNotify({ baseUrl });
  const personalisation = { name: 'Alex', reference: 'PERMIT-1234' };
  const email = await notify.sendEmail({
    templateId: templates.email,
    emailAddress: 'resident@example.org',
    personalisation: { ...personalisation, permit_type: 'yes' },
    reference: 'PERMIT-1234',
  });
  const text = await notify.sendSms({
    templateId: templates.sms,
    phoneNumber: '07700 900123',
    personalisation,
    // Notify-only fields travel in providerOptions.govukNotify; other providers ignore them.
    providerOptions: { govukNotify: { smsSenderId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' } },
  });
  const status = (await notify.getNotification(email.id)).status; // 'created', later 'delivered'
  return { emailId: email.id, textId: text.id, status };
}
