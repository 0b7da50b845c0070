/**
 * @module @councilkit/notify/testing
 * The conformance suite every `NotificationProvider` must pass. Register it from a vitest file:
 *
 * @example
 * describeNotificationProvider('memory', () => {
 *   const notify = memoryNotify();
 *   return { provider: notify, fixtures, backdoor: notify.controls };
 * });
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { DescribeNotificationProviderOptions, NotificationHarness } from './conformance/harness.js';
import { registerInboxAndLetterTests } from './conformance/inbox-and-letters.js';
import { registerListingTests } from './conformance/listing.js';
import { registerSendingTests } from './conformance/sending.js';
import { registerStatusTests } from './conformance/statuses.js';
import { createSuiteContext } from './conformance/suite-context.js';
import { registerTemplateTests } from './conformance/templates.js';
import { registerValidationTests } from './conformance/validation.js';

export type {
  DescribeNotificationProviderOptions,
  NotificationBackdoor,
  NotificationCapabilities,
  NotificationFixtures,
  NotificationHarness,
} from './conformance/harness.js';

/**
 * Registers the notification conformance suite under `describe(name)`. `setup` runs once before the
 * tests and gives the provider, fixtures that work with it, and a backdoor to its real state; tests
 * for what `capabilities` rules out are skipped.
 */
export function describeNotificationProvider(
  name: string,
  setup: () => Promise<NotificationHarness> | NotificationHarness,
  options: DescribeNotificationProviderOptions = {},
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
    }, options.skip ?? []);
    registerSendingTests(context);
    registerStatusTests(context);
    registerListingTests(context);
    registerTemplateTests(context);
    registerInboxAndLetterTests(context);
    registerValidationTests(context);
  });
}
