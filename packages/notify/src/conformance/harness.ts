import type { Personalisation, PlainPersonalisation } from '../model/personalisation.js';
import type { NotificationProvider } from '../port.js';

/**
 * What the conformance suite needs from the service behind an adapter. Each template must have at
 * least one placeholder; its personalisation must fill every placeholder, and each of its text values
 * (other than address lines) must appear in the rendered body or subject, which is how the suite
 * checks rendering.
 */
export interface NotificationFixtures {
  readonly emailTemplateId: string;
  readonly smsTemplateId: string;
  /** Needed when `capabilities.letters` is not false. */
  readonly letterTemplateId: string;
  readonly emailPersonalisation: Personalisation;
  readonly smsPersonalisation: PlainPersonalisation;
  /** Must include a valid address (`address_line_1` to `_3` or more, the last a UK postcode). */
  readonly letterPersonalisation: PlainPersonalisation;
  /** A recipient the provider accepts and does not fail on its own. */
  readonly emailAddress: string;
  /** A recipient the provider accepts and does not fail on its own. */
  readonly phoneNumber: string;
}

/** Reaches the provider's real state, behind the adapter (memory controls, the emulator's records). */
export interface NotificationBackdoor {
  /** Sets a notification's status as the provider would report it (`delivered`, `permanent-failure`, ...); a returned promise is awaited. */
  setStatus(id: string, rawStatus: string): unknown;
  /** Records a text message sent to the service's inbound number; a returned promise is awaited. */
  receiveText(input: { from: string; content: string }): unknown;
}

/** What the provider can do; each is assumed true unless set to false, and its tests are skipped when false. */
export interface NotificationCapabilities {
  readonly letters?: boolean;
  readonly precompiledLetters?: boolean;
  readonly receivedTexts?: boolean;
  readonly letterPdf?: boolean;
  readonly templates?: boolean;
}

/** What `setup` gives the conformance suite. */
export interface NotificationHarness {
  readonly provider: NotificationProvider;
  readonly fixtures: NotificationFixtures;
  readonly backdoor: NotificationBackdoor;
  readonly capabilities?: NotificationCapabilities;
  /** Runs once after the suite: close servers, clear state. */
  teardown?(): Promise<void> | void;
}

/** Options of `describeNotificationProvider`. */
export interface DescribeNotificationProviderOptions {
  /** Names of tests to skip, for a known gap; prefer capabilities. */
  readonly skip?: readonly string[];
}
