import { describeNotificationProvider } from '@councilkit/notify/testing';
import { memoryNotify, memoryTemplateIds as templates } from './index.js';

const values = { name: 'Ada Lovelace', subject: 'Your permit', body: 'It is approved.' };
const address = {
  address_line_1: 'Ada Lovelace',
  address_line_2: '1 High Street',
  address_line_3: 'SW1A 1AA',
};

describeNotificationProvider('memory', () => {
  const notify = memoryNotify();
  const fixtures = {
    email: { templateId: templates.email, emailAddress: 'ada@example.com', personalisation: values },
    sms: {
      templateId: templates.sms,
      phoneNumber: '07700 900123',
      personalisation: { name: 'Ada', body: 'Yes' },
    },
    letter: { templateId: templates.letter, personalisation: { ...address, ...values } },
    unknownId: 'no-such-message',
  };
  return { provider: notify, backdoor: notify.controls, fixtures };
});
