import { defineNotificationProvider, memoryNotify } from '@councilkit/notify';
import { describeNotificationProvider } from '@councilkit/notify/testing';

// An adapter's whole conformance test: the provider, a template per kind of message it sends, and a
// backdoor to its real state. What it cannot do comes from `provider.capabilities`, not a skip list:
// this one only sends email, so texts, letters, lookups and templates are checked to be unsupported.
describeNotificationProvider('an email-only provider', () => {
  const service = memoryNotify(); // stands in for your provider's test service
  service.controls.addTemplate({ id: 'welcome', type: 'email', subject: 'Hello', body: 'Dear ((name))' });
  const provider = defineNotificationProvider({
    provider: 'email-only',
    sendEmail: (request, options) => service.sendEmail(request, options),
  });
  const email = { templateId: 'welcome', emailAddress: 'ada@example.com', personalisation: { name: 'Ada' } };
  return { provider, backdoor: service.controls, fixtures: { email, unknownId: 'no-such-id' } };
});
