import type { NotificationProvider } from '@councilkit/notify';

/** Emails a resident that their application arrived, through whichever provider the service was given. */
export async function confirmApplication(
  notify: NotificationProvider,
  templateId: string,
  application: { email: string; name: string; reference: string },
) {
  return notify.sendEmail({
    templateId,
    emailAddress: application.email,
    personalisation: { name: application.name, reference: application.reference },
    reference: application.reference,
  });
}
