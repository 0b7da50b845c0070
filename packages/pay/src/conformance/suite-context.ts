import { randomUUID } from 'node:crypto';
import { CouncilKitError, type CouncilKitErrorCode } from '@councilkit/core';
import { expect, it, type TestContext } from 'vitest';
import type { PaymentCapabilities } from '../capabilities.js';
import type { CreatePaymentInput, Payment } from '../model.js';
import type { PaymentHarness } from './harness.js';

/** What each group of conformance tests is given. */
export interface SuiteContext {
  /** The harness `setup` returned; available inside tests. */
  harness(): PaymentHarness;
  /** Registers a test, skipped when the provider lacks any of `needs` or the caller skips it by name. */
  test(name: string, needs: readonly (keyof PaymentCapabilities)[], body: () => Promise<void>): void;
  /** A valid payment request with a reference no other test used. */
  paymentInput(overrides?: Partial<CreatePaymentInput>): CreatePaymentInput;
  /** Creates a payment and pays it through the backdoor. */
  paidPayment(overrides?: Partial<CreatePaymentInput>): Promise<Payment>;
}

/** Makes the context; `harness` is filled in by the suite's `beforeAll`. */
export function createSuiteContext(harness: () => PaymentHarness, skipped: readonly string[]): SuiteContext {
  const context: SuiteContext = {
    harness,
    test(name, needs, body) {
      // Capabilities come with the provider, which exists only once `beforeAll` has run, so a missing
      // one skips the test from inside rather than through `it.skipIf`.
      it.skipIf(skipped.includes(name))(name, async (testContext: TestContext) => {
        const capabilities = harness().provider.capabilities;
        const missing = needs.filter((need) => capabilities[need] !== true);
        testContext.skip(missing.length > 0, `the provider cannot do: ${missing.join(', ')}`);
        await body();
      });
    },
    paymentInput(overrides = {}) {
      const fixtures = harness().fixtures ?? {};
      return {
        amount: fixtures.amount ?? 1000,
        reference: uniqueReference(),
        description: 'Resident parking permit',
        returnUrl: fixtures.returnUrl ?? 'https://council.example/payments/return',
        ...overrides,
      };
    },
    async paidPayment(overrides = {}) {
      const { provider, backdoor } = harness();
      const created = await provider.createPayment(context.paymentInput(overrides));
      await backdoor.complete(created.id);
      return provider.getPayment(created.id);
    },
  };
  return context;
}

/** A reference no other test run has used, so searching by it finds only this test's payments. */
export function uniqueReference(): string {
  return `conformance-${randomUUID()}`;
}

/** An id of the same shape as `id` that names nothing: its last character changed. */
export function unknownIdLike(id: string): string {
  return id.slice(0, -1) + (id.endsWith('0') ? '1' : '0');
}

/** Expects a call to fail with a councilkit error of `code` and, when given, naming `field`. */
export async function expectFailure(
  call: () => unknown,
  code: CouncilKitErrorCode,
  field?: string,
): Promise<CouncilKitError> {
  let failure: unknown;
  try {
    const result = call();
    if (isAsyncIterable(result)) {
      for await (const _ of result) break;
    } else {
      await result;
    }
  } catch (error) {
    failure = error;
  }
  expect(failure, `expected a ${code} error`).toBeDefined();
  expect(CouncilKitError.isInstance(failure), `expected a CouncilKitError, got ${String(failure)}`).toBe(
    true,
  );
  const error = failure as CouncilKitError & { field?: string };
  expect(error.code, error.message).toBe(code);
  if (field !== undefined) expect(error.field).toBe(field);
  return error;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Everything a listing yields. */
export async function collect<Item>(items: AsyncIterable<Item>): Promise<Item[]> {
  const collected: Item[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

/** Checks the fields every payment has. */
export function expectWellFormed(payment: Payment): void {
  expect(typeof payment.id).toBe('string');
  expect(payment.id.length).toBeGreaterThan(0);
  expect(Number.isInteger(payment.amount)).toBe(true);
  expect(payment.currency).toBe('GBP');
  expect(typeof payment.rawStatus).toBe('string');
  expect(payment.createdAt).toBeInstanceOf(Date);
  expect(Number.isNaN(payment.createdAt.getTime())).toBe(false);
  expect(typeof payment.delayedCapture).toBe('boolean');
  expect(typeof payment.metadata).toBe('object');
}
