// An adapter a supplier could write for "Acme" using only what councilkit publishes: it proves the
// port holds for a provider with its own ids, status words and template syntax.
import {
  createHttpClient,
  fetchTransport,
  followPages,
  type HttpRequest,
  normalisePhoneNumber,
  readJsonObject,
  ValidationError,
} from '@councilkit/core';
import {
  defineNotificationProvider,
  type Notification,
  type NotificationProvider,
  type NotificationStatus,
  type SentNotification,
  type Template,
} from '@councilkit/notify';

const provider = 'acme';
const read = (body: unknown, what: string) => readJsonObject(body, { provider, what });

/** Acme's words for the neutral statuses, both ways. */
export const acmeStates = {
  created: 'queued',
  sending: 'dispatched',
  delivered: 'handset_delivered',
  'permanent-failure': 'bounced',
  'temporary-failure': 'soft_bounce',
  'technical-failure': 'carrier_error',
} as const satisfies Partial<Record<NotificationStatus, string>>;
const neutralOf = new Map<string, NotificationStatus>(
  Object.entries(acmeStates).map(([neutral, word]) => [word, neutral as NotificationStatus]),
);

// Acme's id shapes: checked before any request, as the port leaves ids opaque.
function checkId(id: string, prefix: 'msg' | 'tpl', field: string): string {
  if (!new RegExp(`^${prefix}_[a-z0-9_]{1,64}$`).test(id))
    throw new ValidationError([{ path: field, message: `is not an Acme ${prefix}_ id` }], { provider });
  return id;
}

function readMessage(body: unknown): Notification {
  const message = read(body, 'a message');
  const rawStatus = message.requiredText('state');
  const status = neutralOf.get(rawStatus) ?? 'unknown';
  const rendered = message.object('rendered');
  const base = {
    id: message.requiredText('id'),
    ...(message.text('ref') === undefined ? {} : { reference: message.text('ref') }),
    status,
    rawStatus,
    templateId: message.object('template')?.requiredText('id') ?? '',
    templateVersion: message.object('template')?.number('version') ?? 1,
    body: rendered?.text('text') ?? '',
    createdAt: message.date('created') ?? new Date(0),
    ...(['delivered', 'permanent-failure', 'temporary-failure', 'technical-failure'].includes(status)
      ? { completedAt: message.date('updated') }
      : {}),
  };
  return message.text('channel') === 'sms'
    ? { ...base, type: 'sms', phoneNumber: normalisePhoneNumber(message.requiredText('to')) }
    : {
        ...base,
        type: 'email',
        emailAddress: message.requiredText('to'),
        subject: rendered?.text('subject') ?? '',
      };
}

function readSent(body: unknown): SentNotification {
  const message = readMessage(body);
  return {
    id: message.id,
    ...(message.reference === undefined ? {} : { reference: message.reference }),
    templateId: message.templateId,
    templateVersion: message.templateVersion,
    content: { body: message.body, ...(message.type === 'email' ? { subject: message.subject } : {}) },
  };
}

function readTemplate(body: unknown): Template {
  const template = read(body, 'a template');
  return {
    id: template.requiredText('id'),
    type: template.text('channel') === 'sms' ? 'sms' : 'email',
    name: template.text('title') ?? '',
    version: template.number('version') ?? 1,
    body: template.text('text') ?? '',
    ...(template.text('subject') === undefined ? {} : { subject: template.text('subject') }),
    placeholders: template.array('fields').filter((field): field is string => typeof field === 'string'),
    createdAt: template.date('created') ?? new Date(0),
  };
}

/** The Acme adapter: email and text messages, lookups and templates; no letters, no received texts. */
export function acmeNotify(options: {
  apiKey: string;
  fetch: (request: Request) => Promise<Response>;
}): NotificationProvider {
  const http = createHttpClient({
    provider,
    baseUrl: 'https://api.acme.example',
    userAgent: 'acme-councilkit/1.0.0',
    transport: fetchTransport(options.fetch),
    headers: () => ({ authorization: `Bearer ${options.apiKey}` }),
    parseError: (body) => {
      const error = read(body, 'an error').object('error');
      // Acme names the field it blames as `template` or `data.<name>`: said in the port's terms.
      const param = error?.text('param');
      const field = param === 'template' ? 'templateId' : param?.replace(/^data\./, 'personalisation.');
      return { code: error?.text('code'), message: error?.text('message'), field };
    },
  });
  type Call = Pick<HttpRequest, 'signal' | 'timeoutMs'>;
  const call = async (request: HttpRequest) => (await http.request(request)).data;
  const pick = ({ signal, timeoutMs }: Call): Call => ({ signal, timeoutMs });
  const send = (json: Record<string, unknown>, callOptions: Call) =>
    call({ method: 'POST', path: '/messages', json, idempotent: false, ...pick(callOptions) }).then(readSent);

  return defineNotificationProvider({
    provider,
    sendEmail: (request, callOptions) =>
      send(
        {
          channel: 'email',
          template: checkId(request.templateId, 'tpl', 'templateId'),
          to: request.emailAddress,
          data: request.personalisation,
          ref: request.reference,
        },
        callOptions,
      ),
    sendSms: (request, callOptions) =>
      send(
        {
          channel: 'sms',
          template: checkId(request.templateId, 'tpl', 'templateId'),
          to: normalisePhoneNumber(request.phoneNumber),
          data: request.personalisation,
          ref: request.reference,
        },
        callOptions,
      ),
    getNotification: async (id, callOptions) =>
      readMessage(
        await call({ method: 'GET', path: `/messages/${checkId(id, 'msg', 'id')}`, ...pick(callOptions) }),
      ),
    listNotifications: (filter, callOptions) => {
      const states = (filter.status ?? []).map(
        (status) => (acmeStates as Record<string, string>)[status] ?? 'none',
      );
      return followPages({
        first: filter.olderThan === undefined ? undefined : checkId(filter.olderThan, 'msg', 'olderThan'),
        fetchPage: (before) =>
          call({
            method: 'GET',
            path: '/messages',
            query: {
              ref: filter.reference,
              channel: filter.type,
              state: states.length ? states : undefined,
              before,
            },
            ...pick(callOptions),
          }),
        items: (page) => read(page, 'a list of messages').array('data').map(readMessage),
        next: (page) => read(page, 'a list of messages').text('next_cursor'),
      });
    },
    getTemplate: async (id, query, callOptions) =>
      readTemplate(
        await call({
          method: 'GET',
          path: `/templates/${checkId(id, 'tpl', 'id')}`,
          query: { version: query.version },
          ...pick(callOptions),
        }),
      ),
    listTemplates: async (filter, callOptions) =>
      read(
        await call({
          method: 'GET',
          path: '/templates',
          query: { channel: filter.type },
          ...pick(callOptions),
        }),
        'a list of templates',
      )
        .array('data')
        .map(readTemplate),
    previewTemplate: async (id, personalisation, callOptions) => {
      const preview = read(
        await call({
          method: 'POST',
          path: `/templates/${checkId(id, 'tpl', 'id')}/render`,
          json: { data: personalisation },
          idempotent: true,
          ...pick(callOptions),
        }),
        'a preview',
      );
      const template = readTemplate(preview.value['template']);
      return {
        id: template.id,
        type: template.type,
        version: template.version,
        body: preview.text('text') ?? '',
        ...(preview.text('subject') === undefined ? {} : { subject: preview.text('subject') }),
      };
    },
  });
}
