import { randomUUID } from 'node:crypto';
import type { NotificationHarness } from '@councilkit/notify/testing';
import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { type GovukNotifyOptions, govukNotify } from './index.js';

/** The sandbox's Notify emulator, with a client pointed at it over real HTTP on 127.0.0.1. */
export async function notifySandbox(options: GovukNotifyOptions = {}) {
  // Letters' PDFs are ready at once, so tests need not wait on the emulator's clock.
  const sandbox = await startSandbox({ notify: { statusDelays: { pdfReadyAfterMs: 0 } } });
  const notify = govukNotify({
    apiKey: sandbox.credentials.notify.apiKey,
    baseUrl: sandbox.services.notify,
    ...options,
  });
  return {
    sandbox,
    notify,
    control: sandbox.emulators.notify.control,
    credentials: sandbox.credentials.notify,
  };
}

/** The fixtures the conformance suite sends with: the emulator's seeded templates and their placeholders. */
export function conformanceHarness(
  sandbox: Sandbox,
  notify: ReturnType<typeof govukNotify>,
): NotificationHarness {
  const { templates } = sandbox.credentials.notify;
  const control = sandbox.emulators.notify.control;
  // The seeded email template has a conditional placeholder, whose value is not shown as written;
  // the suite checks that every value it sends shows up, so it gets a plain template of its own.
  const emailTemplateId = control.registerTemplate({
    type: 'email',
    name: 'Conformance email',
    subject: 'Application ((reference))',
    body: 'Dear ((name)),\n\nWe have your application ((reference)).',
  });
  const values = { name: 'Ada Lovelace', reference: 'PERMIT-1' };
  const address = {
    address_line_1: 'Ada Lovelace',
    address_line_2: '1 Council Street',
    address_line_3: 'SW1A 1AA',
  };
  return {
    provider: notify,
    fixtures: {
      email: { templateId: emailTemplateId, emailAddress: 'ada@example.com', personalisation: values },
      sms: { templateId: templates.sms, phoneNumber: '07700 900123', personalisation: values },
      letter: {
        templateId: templates.letter,
        personalisation: { ...address, ...values, expiry_date: '31 March 2027' },
      },
      unknownId: randomUUID(),
    },
    backdoor: {
      findMessage: (id) => {
        const sent = control.notifications().find((notification) => notification.id === id);
        return sent && { recipient: sent.to, body: sent.body, subject: sent.subject ?? undefined };
      },
      // The suite's statuses are Notify's own words, so they pass straight through.
      setStatus: (id, status) => control.setStatus(id, status as Parameters<typeof control.setStatus>[1]),
      receiveText: (input) => {
        control.receiveText(input);
      },
    },
    teardown: () => sandbox.close(),
  };
}

export { recordingTransport } from '@councilkit/sandbox';
