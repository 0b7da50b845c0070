// Notify names the field at the start of its validation messages ("email_address Not a valid
// email address"); this maps those wire names to the model's, so a ValidationError names the
// caller's field.
const modelFieldOf: Readonly<Record<string, string>> = {
  email_address: 'emailAddress',
  phone_number: 'phoneNumber',
  template_id: 'templateId',
  personalisation: 'personalisation',
  reference: 'reference',
  email_reply_to_id: 'providerOptions.govukNotify.emailReplyToId',
  sms_sender_id: 'providerOptions.govukNotify.smsSenderId',
  one_click_unsubscribe_url: 'oneClickUnsubscribeUrl',
  postage: 'postage',
  content: 'pdf',
  notification_id: 'id',
  older_than: 'olderThan',
};

/** The model field a Notify error message is about, when it says. */
export function modelFieldFromMessage(message: string | undefined): string | undefined {
  if (!message) return undefined;
  if (message.startsWith('Missing personalisation')) return 'personalisation';
  if (message.startsWith('Template ') || message.includes('template is not suitable')) return 'templateId';
  const firstWord = /^([a-z_]+)\b/.exec(message)?.[1];
  return firstWord === undefined ? undefined : modelFieldOf[firstWord];
}
