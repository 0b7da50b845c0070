// confirm-application.test.ts: a unit test with the memory adapter; no network, no keys.
import { memoryNotify } from '@councilkit/notify';
import { expect, it } from 'vitest';
import { confirmApplication } from './confirm-application.js';

it('emails and texts the resident, filling every placeholder', async () => {
  const notify = memoryNotify({
    templates: [
      {
        id: 'permit-email',
        type: 'email',
        subject: 'Your parking permit application ((reference))',
        body: 'Dear ((name)),\n\n((permit_type??We will post your permit.))',
      },
      { id: 'permit-sms', type: 'sms', body: '((name)), we have your application ((reference)).' },
    ],
  });
  await confirmApplication(
    notify,
    { email: 'permit-email', sms: 'permit-sms' },
    { reference: 'PERMIT-1', name: 'Ada', email: 'ada@example.com', mobile: '07700 900123', byPost: true },
  );
  const [email, text] = notify.controls.sent();
  expect(email).toMatchObject({ type: 'email', subject: 'Your parking permit application PERMIT-1' });
  expect(email?.body).toContain('We will post your permit.');
  expect(text).toMatchObject({ type: 'sms', phoneNumber: '+447700900123' });
});
