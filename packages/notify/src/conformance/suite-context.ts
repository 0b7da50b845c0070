import { randomUUID } from 'node:crypto';
import { CouncilKitError, type CouncilKitErrorCode } from '@councilkit/core';
import { expect, it, type TestContext } from 'vitest';
import type { Notification } from '../model/notification.js';
import type { Personalisation, PlainPersonalisation } from '../model/personalisation.js';
import type { NotificationCapabilities, NotificationHarness } from './harness.js';

/** What each group of conformance tests is given. */
export interface SuiteContext {
  /** The harness `setup` returned; available inside tests. */
  harness(): NotificationHarness;
  /** Registers a test that is skipped when the provider lacks any of `needs`, or when the caller skips it by name. */
  test(name: string, needs: readonly (keyof NotificationCapabilities)[], body: () => Promise<void>): void;
}

/** Makes the context; `harness` is filled in by the suite's `beforeAll`. */
export function createSuiteContext(
  harness: () => NotificationHarness,
  skipped: readonly string[],
): SuiteContext {
  return {
    harness,
    test(name, needs, body) {
      // Capabilities come with the harness, which exists only once `beforeAll` has run, so a missing
      // one skips the test from inside rather than through `it.skipIf`.
      it.skipIf(skipped.includes(name))(name, async (context: TestContext) => {
        const capabilities = harness().capabilities ?? {};
        const missing = needs.filter((need) => capabilities[need] === false);
        context.skip(missing.length > 0, `the provider cannot do: ${missing.join(', ')}`);
        await body();
      });
    },
  };
}

/** A reference no other test run has used, so listing by it finds only this test's messages. */
export function uniqueReference(): string {
  return `conformance-${randomUUID()}`;
}

/** A UUID that names nothing at the provider. */
export function unknownId(): string {
  return randomUUID();
}

/** Expects a call to fail with a councilkit error of `code` and, when given, naming `field`. */
export async function expectFailure(
  call: () => unknown,
  code: CouncilKitErrorCode,
  field?: string | ((field: string) => boolean),
): Promise<void> {
  let failure: unknown;
  try {
    const result = call();
    if (isAsyncIterable(result)) {
      // A listing may check its input when called or when iteration starts; both count.
      for await (const _ of result) break;
    } else {
      await result;
    }
  } catch (error) {
    failure = error;
  }
  expect(failure, `expected a ${code} error`).toBeDefined();
  expect(CouncilKitError.isInstance(failure), 'expected a CouncilKitError').toBe(true);
  const error = failure as CouncilKitError & { field?: string };
  expect(error.code).toBe(code);
  if (typeof field === 'string') expect(error.field).toBe(field);
  if (typeof field === 'function')
    expect(field(error.field ?? ''), `unexpected field ${error.field}`).toBe(true);
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

/**
 * Checks a listing resumed after the first item of `newestFirst`: it holds everything created
 * before that item, nothing else that was not after it in the full listing, and never the item itself.
 * Providers page by "created before", so items created at the same moment as the cursor may fall on
 * either side: the suite does not depend on how a provider breaks such ties.
 */
export function expectResumedAfterFirst(
  newestFirst: readonly { id: string; createdAt: Date }[],
  resumed: readonly { id: string }[],
): void {
  const [cursor, ...rest] = newestFirst;
  if (cursor === undefined) throw new Error('expected a listing with at least one item');
  const resumedIds = resumed.map((item) => item.id.toLowerCase());
  const olderIds = rest
    .filter((item) => item.createdAt.getTime() < cursor.createdAt.getTime())
    .map((item) => item.id.toLowerCase());
  expect(resumedIds).not.toContain(cursor.id.toLowerCase());
  expect(resumedIds).toEqual(expect.arrayContaining(olderIds));
  for (const id of resumedIds) expect(rest.map((item) => item.id.toLowerCase())).toContain(id);
}

/** How many notifications the provider lists in all. */
export async function countNotifications(harness: NotificationHarness): Promise<number> {
  let count = 0;
  for await (const _ of harness.provider.listNotifications()) count += 1;
  return count;
}

const addressKey = /^(address_line_\d|postcode)$/;

/** The text values of a personalisation that the rendered message must show; address lines are printed apart. */
export function renderedTextValues(personalisation: Personalisation): string[] {
  return Object.entries(personalisation)
    .filter(([key, value]) => typeof value === 'string' && value.trim() !== '' && !addressKey.test(key))
    .map(([, value]) => value as string);
}

/** A letter's personalisation with its address replaced by `address`. */
export function withAddress(
  personalisation: PlainPersonalisation,
  address: PlainPersonalisation,
): PlainPersonalisation {
  const rest = Object.fromEntries(Object.entries(personalisation).filter(([key]) => !addressKey.test(key)));
  return { ...rest, ...address };
}

/** Ids compare ignoring case: providers may give UUIDs in either. */
export function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Checks the fields every notification has. */
export function expectWellFormed(notification: Notification): void {
  expect(typeof notification.id).toBe('string');
  expect(typeof notification.rawStatus).toBe('string');
  expect(notification.status).not.toBe('unknown');
  expect(notification.createdAt).toBeInstanceOf(Date);
  expect(Number.isNaN(notification.createdAt.getTime())).toBe(false);
  expect(Number.isInteger(notification.templateVersion)).toBe(true);
  expect(typeof notification.body).toBe('string');
}
