import { parseMessage } from './parse-message.js';

/** An email the sandbox's SMTP server accepted. */
export interface SandboxEmail {
  /** The `Message-ID` header, angle brackets and all: the id `notify-smtp` gives back. */
  readonly messageId: string;
  /** The envelope sender (`MAIL FROM`). */
  readonly from: string;
  /** The envelope recipients (`RCPT TO`). */
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  /** Every header, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly receivedAt: string;
}

/** The messages the SMTP server accepted, newest first, and what tests do with them. */
export interface SmtpMailbox {
  add(envelope: { from: string; to: readonly string[] }, raw: string): SandboxEmail;
  /** Every message, newest first. */
  messages(): SandboxEmail[];
  /** The message with this `Message-ID`, with or without its angle brackets. */
  find(messageId: string): SandboxEmail | undefined;
  /** The same message as a conformance suite's backdoor reads it: recipient, subject and text. */
  findMessage(messageId: string): { recipient: string; subject: string; body: string } | undefined;
  clear(): void;
}

const bare = (messageId: string) => messageId.trim().replace(/^<|>$/g, '');

/** Makes an empty mailbox. */
export function createMailbox(now: () => Date = () => new Date()): SmtpMailbox {
  let emails: SandboxEmail[] = [];
  return {
    add(envelope, raw) {
      const parsed = parseMessage(raw);
      const email: SandboxEmail = {
        messageId: parsed.headers.get('message-id') ?? `<sandbox-${emails.length + 1}@councilkit.test>`,
        from: envelope.from,
        to: [...envelope.to],
        subject: parsed.subject,
        text: parsed.text,
        html: parsed.html,
        headers: Object.fromEntries(parsed.headers),
        receivedAt: now().toISOString(),
      };
      emails = [email, ...emails];
      return email;
    },
    messages: () => [...emails],
    find: (messageId) => emails.find((email) => bare(email.messageId) === bare(messageId)),
    findMessage(messageId) {
      const email = emails.find((candidate) => bare(candidate.messageId) === bare(messageId));
      return email && { recipient: email.to[0] ?? '', subject: email.subject, body: email.text };
    },
    clear() {
      emails = [];
    },
  };
}
