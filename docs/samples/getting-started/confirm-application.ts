// confirm-application.ts: your service depends on the port, not on a supplier.
import type { NotificationProvider } from '@councilkit/notify';

/** The ids of the two templates this service sends (see "The templates" above). */
export interface ConfirmationTemplates {
  readonly email: string;
  readonly sms: string;
}

/** A resident's permit application, as the service has it. */
export interface Application {
  readonly reference: string;
  readonly name: string;
  readonly email: string;
  readonly mobile: string;
  /** True when the permit goes by post, which the email says. */
  readonly byPost: boolean;
}

/** Tells the resident we have their application: an email and a text message. */
export async function confirmApplication(
  notify: NotificationProvider,
  templates: ConfirmationTemplates,
  application: Application,
): Promise<{ emailId: string; textId: string }> {
  const { reference, name } = application;
  const email = await notify.sendEmail({
    templateId: templates.email,
    emailAddress: application.email,
    // Every placeholder of the email template: ((name)), ((reference)) and ((permit_type??...)).
    personalisation: { name, reference, permit_type: application.byPost ? 'yes' : 'no' },
    reference,
  });
  const text = await notify.sendSms({
    templateId: templates.sms,
    phoneNumber: application.mobile,
    personalisation: { name, reference },
    reference,
  });
  return { emailId: email.id, textId: text.id };
}
