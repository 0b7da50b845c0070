import { memoryNotify } from '@councilkit/notify';
import { expect, it } from 'vitest';
import { confirmApplication } from './confirm-application.js';

it('sends through any provider, here the memory one', async () => {
  const notify = memoryNotify({
    templates: [{ id: 'received', type: 'email', subject: 'Got it', body: '((name)): ((reference))' }],
  });
  const sent = await confirmApplication(notify, 'received', {
    email: 'a@example.com',
    name: 'Ada',
    reference: 'R1',
  });
  expect(sent.content.body).toBe('Ada: R1');
});
