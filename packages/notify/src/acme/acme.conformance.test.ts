import { describeNotificationProvider } from '@councilkit/notify/testing';
import { acmeNotify, acmeStates } from './acme-notify.test-helper.js';
import { createAcmeService } from './acme-service.test-helper.js';

// A provider unlike GOV.UK Notify (msg_ ids, {{name}} placeholders, its own status words) conforms
// through the public API alone, declaring what it cannot do rather than skipping tests.
describeNotificationProvider('a third-party adapter (Acme)', () => {
  const acme = createAcmeService();
  const personalisation = { name: 'Ada', ref: 'P-1' };
  return {
    provider: acmeNotify({ apiKey: 'acme_test_key', fetch: acme.fetch }),
    fixtures: {
      email: { templateId: 'tpl_permit_email', emailAddress: 'ada@example.com', personalisation },
      sms: { templateId: 'tpl_permit_sms', phoneNumber: '07700 900123', personalisation },
      unknownId: 'msg_doesnotexist',
      unknownTemplateId: 'tpl_doesnotexist',
    },
    backdoor: {
      findMessage: (id) => {
        const message = acme.message(id);
        return (
          message && { recipient: message.to, body: message.rendered.text, subject: message.rendered.subject }
        );
      },
      setStatus: (id, status) => acme.setState(id, acmeStates[status as keyof typeof acmeStates]),
    },
  };
});
