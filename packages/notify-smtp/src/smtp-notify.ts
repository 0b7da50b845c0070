import { loadSecret, NotFoundError, parseConfig, parseInput, ValidationError } from '@councilkit/core';
import type { NotificationProvider, Template } from '@councilkit/notify';
import { defineNotificationProvider, renderTemplate, templatePlaceholders } from '@councilkit/notify';
import type { SendMailOptions, Transporter } from 'nodemailer';
import { type SmtpNotifyOptions, smtpEmailOptionsSchema, smtpNotifyOptionsSchema } from './options.js';
import { smtpError } from './smtp-errors.js';

const provider = 'smtp';

/**
 * Email through any SMTP relay a council already has (Microsoft 365, an on-premises relay), from
 * its own templates. Ids are SMTP `Message-ID`s. A relay cannot be asked about a message later, so
 * lookups, statuses, texts and letters are unsupported, as `capabilities` says.
 *
 * @example
 * const notify = smtpNotify({ host: 'smtp.office365.com', user: 'parking@council.gov.uk',
 *   from: 'Parking <parking@council.gov.uk>', templates: { welcome: { subject: 'Hi', body: 'Dear ((name))' } } });
 */
export function smtpNotify(options: SmtpNotifyOptions): NotificationProvider {
  const settings = parseConfig(smtpNotifyOptionsSchema, options, provider);
  const createdAt = new Date();
  const templates = new Map<string, Template>();
  for (const [id, { name, ...text }] of Object.entries(settings.templates)) {
    const placeholders = templatePlaceholders(text);
    templates.set(id, { id, type: 'email', name: name ?? id, version: 1, ...text, placeholders, createdAt });
  }
  const template = (id: string, field?: 'templateId') => {
    const found = templates.get(id);
    if (found) return found;
    if (field) throw new ValidationError([{ path: field, message: 'Template not found' }], { provider });
    throw new NotFoundError('Template not found', { provider });
  };

  let mailer: Promise<Transporter> | undefined;
  // nodemailer and the password load on the first send, so importing this package costs nothing; a
  // missing password is not remembered, so setting it later works.
  const transporter = () => {
    if (mailer) return mailer;
    const { host, port, secure = false, user, pass, timeoutMs: timeout = 10_000 } = settings;
    const secret = { value: pass, option: 'pass', environmentVariable: 'SMTP_PASSWORD', provider };
    const auth = user ? { auth: { user, pass: loadSecret(secret) } } : {};
    const timeouts = { connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout };
    mailer = import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({ host, port: port ?? (secure ? 465 : 587), secure, ...auth, ...timeouts }),
    );
    return mailer;
  };
  const send = async (mail: SendMailOptions, signal: AbortSignal | undefined) => {
    const ready = transporter();
    try {
      signal?.throwIfAborted();
      return (await (await ready).sendMail(mail)) as { messageId: string };
    } catch (error) {
      throw smtpError(error);
    }
  };

  return defineNotificationProvider(
    {
      provider,
      async sendEmail(request, { signal }) {
        const { templateId, emailAddress, reference, oneClickUnsubscribeUrl: unsubscribe } = request;
        const checked = parseInput(
          smtpEmailOptionsSchema,
          { providerOptions: request.providerOptions },
          provider,
        );
        const replyTo = checked.providerOptions?.smtp?.replyTo;
        const message = renderTemplate(template(templateId, 'templateId'), request.personalisation ?? {}, {
          provider,
        });
        const headers: Record<string, string> = {};
        if (reference !== undefined) headers['X-Councilkit-Reference'] = reference;
        if (unsubscribe) {
          // RFC 8058 one-click unsubscribe, which mail clients show as a button.
          headers['List-Unsubscribe'] = `<${unsubscribe}>`;
          headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
        }
        const { subject, body: text, html } = message;
        const mail = { from: settings.from, to: emailAddress, subject, text, html, headers };
        const info = await send(replyTo ? { ...mail, replyTo } : mail, signal);
        const content = { body: text, subject: subject ?? '', fromEmail: settings.from };
        return {
          id: info.messageId,
          ...(reference === undefined ? {} : { reference }),
          templateId,
          templateVersion: 1,
          content: unsubscribe ? { ...content, oneClickUnsubscribeUrl: unsubscribe } : content,
        };
      },
      getTemplate: async (id, { version }) => {
        if (version !== undefined && version !== 1) throw new NotFoundError('No such version', { provider });
        return template(id);
      },
      listTemplates: async ({ type }) =>
        type === undefined || type === 'email' ? [...templates.values()] : [],
      previewTemplate: async (id, personalisation) => {
        const rendered = renderTemplate(template(id), personalisation, { provider });
        return { id, type: 'email', version: 1, ...rendered };
      },
    },
    { logger: settings.logger as never, level: settings.logLevel },
  );
}
