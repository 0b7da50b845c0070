import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { SMTPServer } from 'smtp-server';
import type { Emulator, EmulatorOptions } from '../../emulator.js';
import { invalidOption } from '../../errors.js';
import { inboxPage } from './inbox-page.js';
import { createMailbox, type SandboxEmail, type SmtpMailbox } from './mailbox.js';

/** Options of `createSmtpEmulator`. */
export interface SmtpEmulatorOptions extends EmulatorOptions {
  /** The SMTP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** The login the server accepts; fixed test values by default so they can live in `.env`. */
  user?: string;
  pass?: string;
}

/** How to reach the SMTP server: give these to `smtpNotify` (or any SMTP client). */
export interface SmtpCredentials {
  readonly host: string;
  /** 0 until the server listens (`startSandbox` starts it). */
  readonly port: number;
  readonly user: string;
  readonly pass: string;
}

/** Recipients the server refuses, as a relay would: tests use them for failures. */
export const smtpSimulatedRecipients = {
  /** `RCPT TO` answered `550 5.1.1` (no such mailbox): a permanent failure. */
  rejected: 'reject@smtp.sandbox.councilkit.test',
  /** `RCPT TO` answered `451 4.3.0` (try again later): a temporary failure. */
  deferred: 'defer@smtp.sandbox.councilkit.test',
} as const;

/** An SMTP relay on loopback that keeps every message it accepts, with an inbox at `<basePath>/inbox`. */
export interface SmtpEmulator extends Emulator {
  readonly service: 'smtp';
  readonly credentials: SmtpCredentials;
  /** What the server accepted: `messages()`, `find(messageId)`, `clear()`. */
  readonly control: SmtpMailbox;
  /** Starts the SMTP server on 127.0.0.1 and resolves with its port. */
  listen(): Promise<number>;
}

export type { SandboxEmail };

/**
 * Makes the SMTP emulator: a real SMTP server (`smtp-server`) that asks for a login (AUTH PLAIN or
 * LOGIN, no TLS on loopback), accepts messages, refuses the simulated recipients, and keeps what it
 * accepted for the inbox page and tests. Its HTTP side serves the inbox and the messages as JSON.
 */
export function createSmtpEmulator(options: SmtpEmulatorOptions = {}): SmtpEmulator {
  const basePath = options.basePath ?? '';
  const requestedPort = options.port ?? 0;
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65_535)
    throw invalidOption('smtp.port', 'must be an integer from 0 to 65535');
  const user = options.user ?? 'councilkit';
  const pass = options.pass ?? 'sandbox-smtp-password';
  const mailbox = createMailbox();
  let port = 0;
  let server: SMTPServer | undefined;

  const app = new Hono().basePath(basePath || '/');
  app.get('/health', (context) => context.json({ status: 'ok', service: 'smtp' }));
  app.get('/messages', (context) => context.json(mailbox.messages()));
  app.get('/inbox', (context) => context.html(inboxPage(mailbox.messages())));

  const emulator: SmtpEmulator = {
    service: 'smtp',
    basePath,
    get credentials() {
      return { host: '127.0.0.1', port, user, pass };
    },
    control: mailbox,
    fetch: async (request) => app.fetch(request),
    async listen() {
      if (server !== undefined) return port;
      const started = new SMTPServer({
        name: 'smtp.sandbox.councilkit.test',
        banner: 'councilkit sandbox SMTP',
        disabledCommands: ['STARTTLS'],
        allowInsecureAuth: true,
        authMethods: ['PLAIN', 'LOGIN'],
        logger: false,
        size: 25 * 1024 * 1024,
        onAuth(auth, _session, callback) {
          if (auth.username === user && auth.password === pass) callback(null, { user });
          else
            callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
        },
        onRcptTo(address, _session, callback) {
          const recipient = address.address.toLowerCase();
          if (recipient === smtpSimulatedRecipients.rejected)
            return callback(Object.assign(new Error('5.1.1 Mailbox does not exist'), { responseCode: 550 }));
          if (recipient === smtpSimulatedRecipients.deferred)
            return callback(Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 }));
          callback();
        },
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
            const to = session.envelope.rcptTo.map((recipient) => recipient.address);
            const email = mailbox.add({ from, to }, Buffer.concat(chunks).toString('utf8'));
            // Relays say what they queued the message as; clients keep this line.
            callback(null, `2.0.0 Ok: queued as ${email.messageId}`);
          });
        },
      });
      await new Promise<void>((resolve, reject) => {
        started.once('error', reject);
        started.listen(requestedPort, '127.0.0.1', () => resolve());
      });
      server = started;
      port = (started.server.address() as AddressInfo).port;
      return port;
    },
    async close() {
      const running = server;
      server = undefined;
      if (running === undefined) return;
      await new Promise<void>((resolve) => running.close(() => resolve()));
    },
  };
  return emulator;
}
