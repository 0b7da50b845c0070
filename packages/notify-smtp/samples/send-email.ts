import { smtpNotify } from '@councilkit/notify-smtp';

/** The council's relay (Microsoft 365 here) and its own templates; the password comes from SMTP_PASSWORD. */
export function councilMail(
  relay = { host: 'smtp.office365.com', port: 587, user: 'parking@council.gov.uk' },
) {
  return smtpNotify({
    ...relay,
    from: 'Parking Services <parking@council.gov.uk>',
    templates: {
      'permit-received': {
        subject: 'Your parking permit application ((reference))',
        body: 'Dear ((name)),\n\nWe have received your application ((reference)).\n\nParking Services',
      },
    },
  });
}

export async function confirm(notify = councilMail()) {
  const sent = await notify.sendEmail({
    templateId: 'permit-received',
    emailAddress: 'resident@example.org',
    personalisation: { name: 'Alex', reference: 'PERMIT-1234' },
    reference: 'PERMIT-1234',
    providerOptions: { smtp: { replyTo: 'permits@council.gov.uk' } },
  });
  return sent.id; // the SMTP Message-ID, e.g. '<...@council.gov.uk>'
}
