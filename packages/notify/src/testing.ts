/**
 * @module @councilkit/notify/testing
 * The conformance suite every `NotificationProvider` must pass. Register it from a vitest file:
 *
 * @example
 * describeNotificationProvider('acme', async () => ({
 *   provider: acmeNotify({ apiKey: 'test' }),
 *   fixtures: { email: { templateId, emailAddress, personalisation }, unknownId: 'msg_0' },
 *   backdoor: { findMessage: (id) => acmeTestApi.message(id) },
 * }));
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { NotificationHarness } from './conformance/harness.js';
import { registerInboxAndLetterTests } from './conformance/inbox-and-letters.js';
import { registerListingTests } from './conformance/listing.js';
import { registerSendingTests } from './conformance/sending.js';
import { registerStatusTests } from './conformance/statuses.js';
import { createSuiteContext } from './conformance/suite-context.js';
import { registerTemplateTests } from './conformance/templates.js';
import { registerUnsupportedTests } from './conformance/unsupported.js';
import { registerValidationTests } from './conformance/validation.js';

export type {
  EmailFixture,
  LetterFixture,
  NotificationBackdoor,
  NotificationFixtures,
  NotificationHarness,
  ProviderMessage,
  SmsFixture,
} from './conformance/harness.js';

/**
 * Registers the notification conformance suite under `describe(name)`. `setup` runs once before the
 * tests and gives the provider, fixtures that work with it, and a backdoor to its real state. The
 * provider's own `capabilities` decide what runs: what it cannot do is skipped (with everything
 * that depends on it) and checked to throw `UnsupportedError` instead. There is no skip list.
 */
export function describeNotificationProvider(
  name: string,
  setup: () => Promise<NotificationHarness> | NotificationHarness,
): void {
  describe(name, () => {
    let harness: NotificationHarness | undefined;
    beforeAll(async () => {
      harness = await setup();
    });
    afterAll(async () => {
      await harness?.teardown?.();
    });

    const context = createSuiteContext(() => {
      if (harness === undefined)
        throw new Error('The conformance harness is not ready: setup() failed or has not run');
      return harness;
    });
    registerSendingTests(context);
    registerStatusTests(context);
    registerListingTests(context);
    registerTemplateTests(context);
    registerInboxAndLetterTests(context);
    registerValidationTests(context);
    registerUnsupportedTests(context);
  });
}
