import { describeNotificationProvider } from '@councilkit/notify/testing';
import { conformanceHarness, notifySandbox } from './sandbox-harness.test-helper.js';

// The shared suite, against the sandbox's Notify emulator over real HTTP.
describeNotificationProvider('govukNotify against the Notify emulator', async () => {
  const { sandbox, notify } = await notifySandbox();
  return conformanceHarness(sandbox, notify);
});
