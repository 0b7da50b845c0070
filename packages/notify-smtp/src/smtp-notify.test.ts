import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { CouncilKitError, prepareUpload } from '@councilkit/notify';
import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpNotify } from './index.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const templates = { permit: { subject: 'Permit ((reference))', body: 'Dear ((name)),\n\n((body))' } };
const personalisation = { name: 'Ada', reference: 'P1', body: 'Approved.' };
const notify = (options: Partial<Parameters<typeof smtpNotify>[0]> = {}) =>
  smtpNotify({
    ...sandbox.credentials.smtp,
    from: 'Parking <parking@council.example>',
    templates,
    ...options,
  });

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!CouncilKitError.isInstance(error)) throw new Error(`expected a CouncilKitError, got ${String(error)}`);
  return error as CouncilKitError & { field?: string; notSent?: boolean };
}

describe('smtpNotify', () => {
  it('lists every bad option in one ConfigError, never echoing the password', () => {
    const build = () =>
      smtpNotify({ host: '', from: '', templates: {}, pass: 'hunter2-secret', port: 0 } as never);
    expect(build).toThrow(/host[\s\S]*port|port[\s\S]*host/);
    try {
      build();
    } catch (error) {
      expect(String(error)).not.toContain('hunter2-secret');
      expect(JSON.stringify(error)).not.toContain('hunter2-secret');
    }
  });

  it('declares what SMTP can do, and answers the rest with UnsupportedError', async () => {
    const provider = notify();
    expect(provider.capabilities).toMatchObject({
      email: true,
      templates: true,
      previews: true,
      sms: false,
      letters: false,
      lookup: false,
      statusUpdates: false,
      receivedTexts: false,
    });
    expect((await failureOf(provider.getNotification('<x@y>'))).code).toBe('unsupported');
  });

  it('sends plain text and HTML, with the reference, reply-to and one-click unsubscribe headers', async () => {
    const sent = await notify().sendEmail({
      templateId: 'permit',
      emailAddress: 'ada@example.com',
      personalisation,
      reference: 'P1',
      oneClickUnsubscribeUrl: 'https://council.example/unsubscribe/1',
      providerOptions: {
        smtp: { replyTo: 'permits@council.example' },
        govukNotify: { emailReplyToId: 'ignored' },
      },
    });
    expect(sent.id).toMatch(/^<.+@.+>$/);
    const email = sandbox.emulators.smtp.control.find(sent.id);
    expect(email?.subject).toBe('Permit P1');
    expect(email?.text).toBe('Dear Ada,\n\nApproved.');
    expect(email?.html).toContain('<p>Approved.</p>');
    expect(email?.headers['x-councilkit-reference']).toBe('P1');
    expect(email?.headers['reply-to']).toBe('permits@council.example');
    expect(email?.headers['list-unsubscribe']).toBe('<https://council.example/unsubscribe/1>');
  });

  it('checks its own input before connecting: templates, files, its provider options', async () => {
    const provider = notify({ host: '127.0.0.1', port: 1 });
    const cases: [string, () => Promise<unknown>][] = [
      ['templateId', () => provider.sendEmail({ templateId: 'nope', emailAddress: 'a@example.com' })],
      [
        'personalisation.body',
        () =>
          provider.sendEmail({
            templateId: 'permit',
            emailAddress: 'a@example.com',
            personalisation: { name: 'A', reference: 'R' },
          }),
      ],
      [
        'personalisation.body',
        () =>
          provider.sendEmail({
            templateId: 'permit',
            emailAddress: 'a@example.com',
            personalisation: {
              ...personalisation,
              body: prepareUpload(new Uint8Array([37, 80, 68, 70]), { filename: 'a.pdf' }),
            },
          }),
      ],
      [
        'providerOptions.smtp.replyTo',
        () =>
          provider.sendEmail({
            templateId: 'permit',
            emailAddress: 'a@example.com',
            personalisation,
            providerOptions: { smtp: { replyTo: 'nobody' } },
          }),
      ],
    ];
    for (const [field, call] of cases) {
      const error = await failureOf(call());
      expect(error.code, field).toBe('validation_failed');
      expect(error.field).toBe(field);
    }
  });

  it('maps the relay’s refusals: a bad login, a refused recipient, a deferral', async () => {
    const send = (emailAddress: string, options = {}) =>
      notify(options).sendEmail({ templateId: 'permit', emailAddress, personalisation });
    expect((await failureOf(send('ada@example.com', { pass: 'wrong' }))).code).toBe('auth_failed');
    const refused = await failureOf(send('reject@smtp.sandbox.councilkit.test'));
    expect(refused).toMatchObject({ code: 'validation_failed', field: 'emailAddress', providerCode: '550' });
    const deferred = await failureOf(send('defer@smtp.sandbox.councilkit.test'));
    expect(deferred).toMatchObject({ code: 'provider_error', retryable: true, outcomeUnknown: false });
  });

  it('says a message was not sent when the relay cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failureOf(
      notify({ port }).sendEmail({ templateId: 'permit', emailAddress: 'a@example.com', personalisation }),
    );
    expect(error).toMatchObject({ code: 'transport_failed', notSent: true, outcomeUnknown: false });
  });

  it('reads the password from SMTP_PASSWORD on the first send, naming both when it is missing', async () => {
    const { pass, ...withoutPassword } = sandbox.credentials.smtp;
    const previous = process.env['SMTP_PASSWORD'];
    delete process.env['SMTP_PASSWORD'];
    try {
      const provider = smtpNotify({ ...withoutPassword, from: 'parking@council.example', templates });
      const missing = await failureOf(
        provider.sendEmail({ templateId: 'permit', emailAddress: 'a@example.com', personalisation }),
      );
      expect(missing.message + JSON.stringify(missing)).toMatch(/SMTP_PASSWORD/);
      process.env['SMTP_PASSWORD'] = pass;
      const later = smtpNotify({ ...withoutPassword, from: 'parking@council.example', templates });
      expect(
        (await later.sendEmail({ templateId: 'permit', emailAddress: 'a@example.com', personalisation })).id,
      ).toContain('@');
    } finally {
      if (previous === undefined) delete process.env['SMTP_PASSWORD'];
      else process.env['SMTP_PASSWORD'] = previous;
    }
  });

  it('never logs the recipient or the password', async () => {
    const lines: string[] = [];
    const write = (fields: object, message?: string) => lines.push(JSON.stringify(fields) + (message ?? ''));
    const logger = { error: write, warn: write, info: write, debug: write };
    const provider = notify({ logger, logLevel: 'debug' });
    await provider.sendEmail({
      templateId: 'permit',
      emailAddress: 'secret.person@example.com',
      personalisation,
    });
    await failureOf(
      notify({ logger, pass: 'wrong-password-123' }).sendEmail({
        templateId: 'permit',
        emailAddress: 'secret.person@example.com',
        personalisation,
      }),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toMatch(/secret\.person|wrong-password-123/);
  });
});
