import type { NotificationCapability } from '../model/capabilities.js';
import type { NotificationProvider } from '../port.js';
import type { NotificationHarness } from './harness.js';
import { expectFailure, type SuiteContext, unknownTemplateId } from './suite-context.js';

// One call per capability, made with input that would be valid, so only the capability can refuse it.
const callsByCapability: Readonly<
  Record<
    NotificationCapability,
    readonly ((provider: NotificationProvider, harness: NotificationHarness) => unknown)[]
  >
> = {
  email: [(p, h) => p.sendEmail({ templateId: unknownTemplateId(h), emailAddress: 'resident@example.com' })],
  sms: [(p, h) => p.sendSms({ templateId: unknownTemplateId(h), phoneNumber: '07700 900123' })],
  letters: [
    (p, h) =>
      p.sendLetter({
        templateId: unknownTemplateId(h),
        personalisation: {
          address_line_1: 'A Resident',
          address_line_2: '1 High Street',
          address_line_3: 'SW1A 1AA',
        },
      }),
  ],
  precompiledLetters: [
    (p) => p.sendPrecompiledLetter({ reference: 'unsupported', pdf: new TextEncoder().encode('%PDF-1.4') }),
  ],
  letterPdf: [(p, h) => p.getLetterPdf(h.fixtures.unknownId)],
  lookup: [(p, h) => p.getNotification(h.fixtures.unknownId), (p) => p.listNotifications()],
  statusUpdates: [],
  templates: [(p, h) => p.getTemplate(unknownTemplateId(h)), (p) => p.listTemplates()],
  previews: [(p, h) => p.previewTemplate(unknownTemplateId(h), {})],
  receivedTexts: [(p) => p.listReceivedTexts()],
};

/** What the provider says it cannot do throws `UnsupportedError`, before any request. */
export function registerUnsupportedTests({ harness, testWithout }: SuiteContext): void {
  for (const [capability, calls] of Object.entries(callsByCapability) as [
    NotificationCapability,
    (typeof callsByCapability)[NotificationCapability],
  ][]) {
    if (calls.length === 0) continue;
    testWithout(`without ${capability}, its methods throw UnsupportedError`, capability, async () => {
      for (const call of calls) await expectFailure(() => call(harness().provider, harness()), 'unsupported');
    });
  }
}
