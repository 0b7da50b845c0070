import type { Personalisation, PlainPersonalisation } from '../model/personalisation.js';
import type { NotificationStatus } from '../model/status.js';
import type { NotificationProvider } from '../port.js';

/** A template and its personalisation. Every text value (other than address lines) must show in the rendered message. */
interface TemplateFixture<Values> {
  /** A template of the provider's that has at least one placeholder. */
  readonly templateId: string;
  /** Values for every placeholder of the template. */
  readonly personalisation: Values;
}

/** Needed when the provider sends emails. */
export interface EmailFixture extends TemplateFixture<Personalisation> {
  /** A recipient the provider accepts and does not fail on its own. */
  readonly emailAddress: string;
}

/** Needed when the provider sends text messages. */
export interface SmsFixture extends TemplateFixture<PlainPersonalisation> {
  /** A recipient the provider accepts and does not fail on its own, written any usual way. */
  readonly phoneNumber: string;
}

/** Needed when the provider sends letters: the personalisation holds a valid UK address (`address_line_1` to `_3` or more). */
export type LetterFixture = TemplateFixture<PlainPersonalisation>;

/**
 * What the conformance suite needs from the service behind an adapter: a template for each kind of
 * message the provider sends, and nothing for what it cannot do.
 */
export interface NotificationFixtures {
  readonly email?: EmailFixture | undefined;
  readonly sms?: SmsFixture | undefined;
  readonly letter?: LetterFixture | undefined;
  /** A message id in the provider's own shape that names nothing there, for the not-found tests. */
  readonly unknownId: string;
  /** A template id in the provider's own shape that names nothing there; `unknownId` when absent. */
  readonly unknownTemplateId?: string | undefined;
}

/** A message as the provider itself holds it, seen from behind the adapter. */
export interface ProviderMessage {
  /** The email address or phone number it went to, as the provider stored it. */
  readonly recipient: string;
  /** The rendered text the recipient reads. */
  readonly body: string;
  readonly subject?: string | undefined;
}

/** Reaches the provider's real state, behind the adapter (the memory adapter's controls, an emulator's records). */
export interface NotificationBackdoor {
  /** The message the provider holds under the id a send returned; undefined when it holds none. May return a promise. */
  findMessage(id: string): ProviderMessage | undefined | Promise<ProviderMessage | undefined>;
  /**
   * Needed with `capabilities.statusUpdates`: moves a message to a status, as the provider would
   * report it (`delivered`, `permanent-failure`, ...), in the provider's own words. May return a promise.
   */
  setStatus?(id: string, status: NotificationStatus): unknown;
  /** Needed with `capabilities.receivedTexts`: records a text sent to the service's number. May return a promise. */
  receiveText?(input: { from: string; content: string }): unknown;
}

/** What `setup` gives the conformance suite. The provider's own `capabilities` decide which tests run. */
export interface NotificationHarness {
  readonly provider: NotificationProvider;
  readonly fixtures: NotificationFixtures;
  readonly backdoor: NotificationBackdoor;
  /** Runs once after the suite: close servers, clear state. */
  teardown?(): Promise<void> | void;
}
