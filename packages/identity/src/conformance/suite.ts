import { CouncilKitError, type CouncilKitErrorCode } from '@councilkit/core';
import { expect, it, type TestContext } from 'vitest';
import type { Session } from '../model/session.js';
import type { IdentityCapabilities } from '../port.js';
import type { IdentityHarness } from './harness.js';

/** Registers a test skipped when the provider lacks any of `needs` or the caller skips it by name. */
export function conformanceTest(
  harness: () => IdentityHarness,
  skipped: readonly string[],
  name: string,
  needs: readonly (keyof IdentityCapabilities)[],
  body: () => Promise<void>,
): void {
  it.skipIf(skipped.includes(name))(name, async (context: TestContext) => {
    const capabilities = harness().provider.capabilities;
    const missing = needs.filter((need) => !capabilities[need]);
    context.skip(missing.length > 0, `the provider cannot do: ${missing.join(', ')}`);
    await body();
  });
}

/** Signs in through the harness from start to finish. */
export async function signedIn(harness: IdentityHarness): Promise<Session> {
  const signIn = await harness.provider.createSignIn(harness.signInOptions);
  return harness.provider.completeSignIn(await harness.signIn(signIn.url), signIn);
}

/** Expects a call to fail with a councilkit error of `code`, and these other fields when given. */
export async function expectFailure(
  call: () => Promise<unknown>,
  code: CouncilKitErrorCode,
  fields: Record<string, unknown> = {},
): Promise<void> {
  const failure = await call().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure, `expected a ${code} error`).toBeDefined();
  expect(CouncilKitError.isInstance(failure), 'expected a CouncilKitError').toBe(true);
  expect(failure).toMatchObject({ code, ...fields });
}
