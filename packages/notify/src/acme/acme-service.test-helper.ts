// A made-up messaging provider, "Acme", unlike GOV.UK Notify in every way the port must not care
// about: `msg_…`/`tpl_…` ids, `{{name}}` placeholders, its own status words, numbers stored in
// E.164, cursor paging. Served as a fetch function, so the adapter talks HTTP to it through core.
import { randomBytes } from 'node:crypto';

export type AcmeState =
  | 'queued'
  | 'dispatched'
  | 'handset_delivered'
  | 'bounced'
  | 'soft_bounce'
  | 'carrier_error';

interface AcmeTemplate {
  id: string;
  channel: 'email' | 'sms';
  title: string;
  versions: { subject?: string; text: string; created: string }[];
}

interface AcmeMessage {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  state: AcmeState;
  ref: string | null;
  template: { id: string; version: number };
  rendered: { subject?: string; text: string };
  created: string;
  updated: string;
}

const pageSize = 2;

export interface AcmeService {
  fetch(request: Request): Promise<Response>;
  /** The backdoor: what Acme holds, and moving a message on. */
  message(id: string): AcmeMessage | undefined;
  setState(id: string, state: AcmeState): void;
}

/** Starts an empty Acme account with two templates. */
export function createAcmeService(): AcmeService {
  const now = () => new Date().toISOString();
  const templates = new Map<string, AcmeTemplate>([
    [
      'tpl_permit_email',
      {
        id: 'tpl_permit_email',
        channel: 'email',
        title: 'Permit',
        versions: [
          { subject: 'Permit {{ref}}', text: 'Hello {{name}}, permit {{ref}} is ready.', created: now() },
        ],
      },
    ],
    [
      'tpl_permit_sms',
      {
        id: 'tpl_permit_sms',
        channel: 'sms',
        title: 'Permit text',
        versions: [{ text: '{{name}}: permit {{ref}} is ready.', created: now() }],
      },
    ],
  ]);
  const messages: AcmeMessage[] = [];
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fail = (status: number, code: string, message: string, param?: string) =>
    json({ error: { code, message, ...(param ? { param } : {}) } }, status);

  const render = (text: string, data: Record<string, unknown>, missing: string[]) =>
    text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      if (data[name] === undefined || data[name] === null) missing.push(name);
      return String(data[name] ?? '');
    });
  const renderTemplate = (template: AcmeTemplate, data: Record<string, unknown>) => {
    const latest = template.versions.at(-1)!;
    const missing: string[] = [];
    const rendered = {
      ...(latest.subject === undefined ? {} : { subject: render(latest.subject, data, missing) }),
      text: render(latest.text, data, missing),
    };
    return { rendered, missing };
  };
  const templateBody = (template: AcmeTemplate, version = template.versions.length) => ({
    id: template.id,
    channel: template.channel,
    title: template.title,
    version,
    subject: template.versions[version - 1]!.subject ?? null,
    text: template.versions[version - 1]!.text,
    fields: [
      ...new Set(
        [
          ...(template.versions[version - 1]!.subject ?? '').matchAll(/\{\{(\w+)\}\}/g),
          ...template.versions[version - 1]!.text.matchAll(/\{\{(\w+)\}\}/g),
        ].map((m) => m[1]!),
      ),
    ],
    created: template.versions[0]!.created,
  });

  const routes = async (request: Request): Promise<Response> => {
    if (request.headers.get('authorization') !== 'Bearer acme_test_key')
      return fail(401, 'bad_key', 'Unknown key');
    const url = new URL(request.url);
    const parts = url.pathname.split('/').filter(Boolean);
    if (request.method === 'POST' && url.pathname === '/messages') {
      const body = (await request.json()) as {
        channel: 'email' | 'sms';
        template: string;
        to: string;
        data?: Record<string, unknown>;
        ref?: string;
      };
      const template = templates.get(body.template);
      if (!template) return fail(422, 'unknown_template', 'No such template', 'template');
      if (template.channel !== body.channel)
        return fail(422, 'wrong_channel', 'Template is for another channel', 'template');
      const { rendered, missing } = renderTemplate(template, body.data ?? {});
      if (missing.length > 0) return fail(422, 'missing_data', `Missing ${missing[0]}`, `data.${missing[0]}`);
      const created = now();
      const message: AcmeMessage = {
        id: `msg_${randomBytes(8).toString('hex')}`,
        channel: body.channel,
        // Acme stores numbers in E.164 whatever it was given; the adapter sent E.164 anyway.
        to: body.to,
        state: 'queued',
        ref: body.ref ?? null,
        template: { id: template.id, version: template.versions.length },
        rendered,
        created,
        updated: created,
      };
      messages.push(message);
      return json(message, 201);
    }
    if (request.method === 'GET' && parts[0] === 'messages' && parts.length === 2) {
      const message = messages.find((candidate) => candidate.id === parts[1]);
      return message ? json(message) : fail(404, 'not_found', 'No such message');
    }
    if (request.method === 'GET' && url.pathname === '/messages') {
      const query = url.searchParams;
      let newestFirst = [...messages].reverse();
      const cursor = query.get('before');
      if (cursor) {
        const index = newestFirst.findIndex((message) => message.id === cursor);
        newestFirst = index === -1 ? [] : newestFirst.slice(index + 1);
      }
      const states = query.getAll('state');
      const matching = newestFirst.filter(
        (message) =>
          (!query.get('ref') || message.ref === query.get('ref')) &&
          (!query.get('channel') || message.channel === query.get('channel')) &&
          (states.length === 0 || states.includes(message.state)),
      );
      const data = matching.slice(0, pageSize);
      return json({ data, next_cursor: matching.length > pageSize ? data.at(-1)!.id : null });
    }
    if (parts[0] === 'templates' && parts.length >= 2) {
      const template = templates.get(parts[1]!);
      if (!template) return fail(404, 'not_found', 'No such template');
      if (request.method === 'POST' && parts[2] === 'render') {
        const { rendered, missing } = renderTemplate(
          template,
          ((await request.json()) as { data?: Record<string, unknown> }).data ?? {},
        );
        if (missing.length > 0)
          return fail(422, 'missing_data', `Missing ${missing[0]}`, `data.${missing[0]}`);
        return json({ template: templateBody(template), ...rendered });
      }
      const version = Number(url.searchParams.get('version') ?? template.versions.length);
      if (!template.versions[version - 1]) return fail(404, 'not_found', 'No such version');
      return json(templateBody(template, version));
    }
    if (request.method === 'GET' && url.pathname === '/templates') {
      const channel = url.searchParams.get('channel');
      return json({
        data: [...templates.values()]
          .filter((t) => !channel || t.channel === channel)
          .map((t) => templateBody(t)),
      });
    }
    return fail(404, 'not_found', 'No such route');
  };

  return {
    fetch: routes,
    message: (id) => messages.find((message) => message.id === id),
    setState(id, state) {
      const message = messages.find((candidate) => candidate.id === id);
      if (!message) throw new Error(`no Acme message ${id}`);
      message.state = state;
      message.updated = now();
    },
  };
}
