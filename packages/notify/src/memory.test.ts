import { describeNotificationProvider } from '@councilkit/notify/testing';
import { memoryNotify, memoryTemplateIds } from './index.js';

const message = { name: 'Ada Lovelace', subject: 'Your permit', body: 'It is approved.' };
const address = {
  address_line_1: 'Ada Lovelace',
  address_line_2: '1 High Street',
  address_line_3: 'SW1A 1AA',
};

describeNotificationProvider('memory', () => {
  const notify = memoryNotify();
  return {
    provider: notify,
    backdoor: notify.controls,
    fixtures: {
      emailTemplateId: memoryTemplateIds.email,
      smsTemplateId: memoryTemplateIds.sms,
      letterTemplateId: memoryTemplateIds.letter,
      emailPersonalisation: message,
      smsPersonalisation: { name: 'Ada', body: message.body },
      letterPersonalisation: { ...address, ...message },
      emailAddress: 'ada@example.com',
      phoneNumber: '07700 900123',
    },
  };
});
