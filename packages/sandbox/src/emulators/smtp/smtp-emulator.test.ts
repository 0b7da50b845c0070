import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../server.js';
import { parseMessage } from './parse-message.js';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

// nodemailer is the client we did not write: the emulator must take what it sends.
function client(auth = { user: sandbox.credentials.smtp.user, pass: sandbox.credentials.smtp.pass }) {
  const { host, port } = sandbox.credentials.smtp;
  return nodemailer.createTransport({ host, port, secure: false, ignoreTLS: true, auth });
}

describe('the SMTP emulator', () => {
  it('hands out its address and login, and the SMTP URL in services', () => {
    const { host, port, user, pass } = sandbox.credentials.smtp;
    expect(host).toBe('127.0.0.1');
    expect(port).toBeGreaterThan(0);
    expect(user).not.toBe('');
    expect(pass).not.toBe('');
    expect(sandbox.services.smtp).toBe(`smtp://127.0.0.1:${port}`);
  });

  it('accepts a message from nodemailer and shows it in the inbox and as JSON', async () => {
    const info = await client().sendMail({
      from: 'permits@council.example',
      to: 'ada@example.com',
      subject: 'Your permit – ready ✓',
      text: 'Dear Ada,\n\nYour permit is ready. Café = 10 €.',
      html: '<p>Dear Ada,</p><p>Your permit is ready.</p>',
    });
    expect(info.accepted).toEqual(['ada@example.com']);
    expect(info.response).toContain(info.messageId);
    const email = sandbox.emulators.smtp.control.find(info.messageId);
    expect(email).toMatchObject({
      from: 'permits@council.example',
      to: ['ada@example.com'],
      subject: 'Your permit – ready ✓',
      text: 'Dear Ada,\n\nYour permit is ready. Café = 10 €.',
    });
    expect(email?.html).toContain('<p>Your permit is ready.</p>');
    const inbox = await (await fetch(`${sandbox.url}/smtp/inbox`)).text();
    expect(inbox).toContain('Your permit is ready.');
    const messages = (await (await fetch(`${sandbox.url}/smtp/messages`)).json()) as { messageId: string }[];
    expect(messages[0]?.messageId).toBe(info.messageId);
  });

  it('refuses a wrong login with 535', async () => {
    await expect(
      client({ user: 'councilkit', pass: 'wrong' }).sendMail({
        from: 'a@example.com',
        to: 'b@example.com',
        text: 'x',
      }),
    ).rejects.toMatchObject({ responseCode: 535 });
  });

  it('refuses the simulated recipients as a relay would: 550 for no such mailbox, 451 to try later', async () => {
    await expect(
      client().sendMail({ from: 'a@example.com', to: 'reject@smtp.sandbox.councilkit.test', text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 550 });
    await expect(
      client().sendMail({ from: 'a@example.com', to: 'defer@smtp.sandbox.councilkit.test', text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 451 });
  });

  it('shows up on the front page and in the credentials it serves', async () => {
    const page = await (await fetch(sandbox.url)).text();
    expect(page).toContain('/smtp/inbox');
    const credentials = (await (await fetch(`${sandbox.url}/credentials`)).json()) as {
      smtp: { port: number };
    };
    expect(credentials.smtp.port).toBe(sandbox.credentials.smtp.port);
  });
});

describe('parseMessage', () => {
  it('reads base64 parts, folded headers and encoded words, and never throws on nonsense', () => {
    const raw = [
      'Subject: =?UTF-8?B?SGVsbG8g4pyT?=',
      ' and more',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('Hi there').toString('base64'),
    ].join('\r\n');
    expect(parseMessage(raw)).toMatchObject({ subject: 'Hello ✓ and more', text: 'Hi there', html: null });
    expect(() => parseMessage('=?'.repeat(10_000))).not.toThrow();
    expect(() => parseMessage('Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n--x--')).not.toThrow();
  });
});
