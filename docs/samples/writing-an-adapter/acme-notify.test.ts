import { describeNotificationProvider } from '@councilkit/notify/testing';
import { createAcmeService } from '../../../packages/notify/src/acme/acme-service.test-helper.js';
import { acmeNotify } from './acme-notify.js';

describeNotificationProvider('acmeNotify', () => {
  const acme = createAcmeService(); // Acme's test service, here in process
  const email = {
    templateId: 'tpl_permit_email',
    emailAddress: 'ada@example.com',
    personalisation: { name: 'Ada', ref: 'P1' },
  };
  const sms = {
    templateId: 'tpl_permit_sms',
    phoneNumber: '07700 900123',
    personalisation: { name: 'Ada', ref: 'P1' },
  };
  const words = {
    delivered: 'handset_delivered',
    'permanent-failure': 'bounced',
    'temporary-failure': 'soft_bounce',
    'technical-failure': 'carrier_error',
  } as const;
  const backdoor = {
    findMessage: (id: string) => {
      const m = acme.message(id);
      return m && { recipient: m.to, body: m.rendered.text, subject: m.rendered.subject };
    },
    setStatus: (id: string, status: string) => acme.setState(id, words[status as keyof typeof words]),
  };
  return {
    provider: acmeNotify({ apiKey: 'acme_test_key', fetch: acme.fetch }),
    backdoor,
    fixtures: { email, sms, unknownId: 'msg_none' },
  };
});
