import { randomUUID } from 'node:crypto';
import { CouncilKitError, type CouncilKitErrorCode, normalisePhoneNumber } from '@councilkit/core';
import { expect, it, type TestContext } from 'vitest';
import type { CallOptions } from '../model/call-options.js';
import {
  type NotificationCapabilities,
  type NotificationCapability,
  resolveCapabilities,
} from '../model/capabilities.js';
import type { Notification, SentNotification } from '../model/notification.js';
import type { Personalisation, PlainPersonalisation } from '../model/personalisation.js';
import type {
  EmailFixture,
  LetterFixture,
  NotificationBackdoor,
  NotificationHarness,
  SmsFixture,
} from './harness.js';

/** A capability a test needs; `message` is email or text messages, whichever the provider sends. */
export type Need = NotificationCapability | 'message';

/** What each group of conformance tests is given. */
export interface SuiteContext {
  /** The harness `setup` returned; available inside tests. */
  harness(): NotificationHarness;
  /** Registers a test that is skipped when the provider lacks any of `needs`. */
  test(name: string, needs: readonly Need[], body: () => Promise<void>): void;
  /** Registers a test that runs only when the provider lacks `capability`. */
  testWithout(name: string, capability: NotificationCapability, body: () => Promise<void>): void;
}

/** The provider's capabilities, completed and cascaded even if it was not made with `define`. */
export function capabilitiesOf(
  harness: NotificationHarness,
): NotificationCapabilities & { message: boolean } {
  const capabilities = resolveCapabilities(harness.provider.capabilities ?? {});
  return { ...capabilities, message: capabilities.email || capabilities.sms };
}

/** Makes the context; `harness` is filled in by the suite's `beforeAll`. */
export function createSuiteContext(harness: () => NotificationHarness): SuiteContext {
  return {
    harness,
    test(name, needs, body) {
      // Capabilities come with the provider, which exists only once `beforeAll` has run, so a missing
      // one skips the test from inside rather than through `it.skipIf`.
      it(name, async (context: TestContext) => {
        const capabilities = capabilitiesOf(harness());
        const missing = needs.filter((need) => !capabilities[need]);
        context.skip(missing.length > 0, `the provider cannot do: ${missing.join(', ')}`);
        await body();
      });
    },
    testWithout(name, capability, body) {
      it(name, async (context: TestContext) => {
        context.skip(capabilitiesOf(harness())[capability], `the provider can do: ${capability}`);
        await body();
      });
    },
  };
}

/** The fixture for a kind of message, or an error saying the harness must give it. */
export function fixture(harness: NotificationHarness, kind: 'email'): EmailFixture;
export function fixture(harness: NotificationHarness, kind: 'sms'): SmsFixture;
export function fixture(harness: NotificationHarness, kind: 'letter'): LetterFixture;
export function fixture(harness: NotificationHarness, kind: 'email' | 'sms' | 'letter') {
  const found = harness.fixtures[kind];
  if (found === undefined)
    throw new Error(`The provider can send ${kind} messages, so the harness must give fixtures.${kind}`);
  return found;
}

/** The backdoor method a capability needs, or an error saying the harness must give it. */
export function backdoorMethod<Name extends 'setStatus' | 'receiveText'>(
  harness: NotificationHarness,
  name: Name,
): NonNullable<NotificationBackdoor[Name]> {
  const method = harness.backdoor[name];
  if (method === undefined) throw new Error(`The provider's capabilities need backdoor.${name}`);
  return method.bind(harness.backdoor) as NonNullable<NotificationBackdoor[Name]>;
}

/** A template id that names nothing at the provider. */
export function unknownTemplateId(harness: NotificationHarness): string {
  return harness.fixtures.unknownTemplateId ?? harness.fixtures.unknownId;
}

/** Sends an email, or a text message when the provider sends no email. */
export async function sendMessage(
  harness: NotificationHarness,
  reference?: string,
  callOptions?: CallOptions,
): Promise<SentNotification> {
  const { provider } = harness;
  const withReference = reference === undefined ? {} : { reference };
  if (capabilitiesOf(harness).email) {
    const email = fixture(harness, 'email');
    return provider.sendEmail(
      {
        templateId: email.templateId,
        emailAddress: email.emailAddress,
        personalisation: email.personalisation,
        ...withReference,
      },
      callOptions,
    );
  }
  const sms = fixture(harness, 'sms');
  return provider.sendSms(
    {
      templateId: sms.templateId,
      phoneNumber: sms.phoneNumber,
      personalisation: sms.personalisation,
      ...withReference,
    },
    callOptions,
  );
}

/** A reference no other test run has used, so listing by it finds only this test's messages. */
export function uniqueReference(): string {
  return `conformance-${randomUUID()}`;
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
  expect(CouncilKitError.isInstance(failure), `expected a CouncilKitError, got ${String(failure)}`).toBe(
    true,
  );
  const error = failure as CouncilKitError & { field?: string };
  expect(error.code, error.message).toBe(code);
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
  const resumedIds = resumed.map((item) => item.id);
  const olderIds = rest
    .filter((item) => item.createdAt.getTime() < cursor.createdAt.getTime())
    .map((item) => item.id);
  expect(resumedIds).not.toContain(cursor.id);
  expect(resumedIds).toEqual(expect.arrayContaining(olderIds));
  for (const id of resumedIds) expect(rest.map((item) => item.id)).toContain(id);
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

/** Expects a phone number the port gave back to be the E.164 form of one written any usual way. */
export function expectE164(actual: string, written: string): void {
  expect(actual).toMatch(/^\+[1-9]\d{6,14}$/);
  expect(actual).toBe(normalisePhoneNumber(written));
}

/** Expects a recipient the provider holds to be the one sent to, compared in normalised form. */
export function expectSameRecipient(held: string, sentTo: string): void {
  if (sentTo.includes('@')) expect(held.toLowerCase()).toBe(sentTo.toLowerCase());
  else expect(normalisePhoneNumber(held)).toBe(normalisePhoneNumber(sentTo));
}

/** Checks the fields every notification has. */
export function expectWellFormed(notification: Notification): void {
  expect(typeof notification.id).toBe('string');
  expect(notification.id).not.toBe('');
  expect(typeof notification.rawStatus).toBe('string');
  expect(notification.rawStatus).not.toBe('');
  expect(notification.status).not.toBe('unknown');
  expect(notification.createdAt).toBeInstanceOf(Date);
  expect(Number.isNaN(notification.createdAt.getTime())).toBe(false);
  expect(Number.isInteger(notification.templateVersion)).toBe(true);
  expect(typeof notification.body).toBe('string');
}
