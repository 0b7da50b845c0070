import { govukNotify } from '@councilkit/notify-govuk';
import { startSandbox } from '@councilkit/sandbox';
import { afterAll, expect, it } from 'vitest';
import { emailResidents } from './send-batch.js';

const sandbox = await startSandbox();
afterAll(() => sandbox.close());

it('sends fifty emails, each with every placeholder filled', async () => {
  const notify = govukNotify({ apiKey: sandbox.credentials.notify.apiKey, baseUrl: sandbox.services.notify });
  const residents = Array.from({ length: 50 }, (_, index) => ({
    email: `resident${index}@example.org`,
    name: `Resident ${index}`,
    caseId: `CASE-${index}`,
  }));
  const retry = await emailResidents(notify, sandbox.credentials.notify.templates.email, residents);
  expect(retry).toEqual([]);
  expect(sandbox.emulators.notify.control.notifications()).toHaveLength(50);
});
