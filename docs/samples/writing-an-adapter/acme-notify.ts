// acme-notify.ts: an adapter for "Acme", a made-up provider with `msg_…` ids, its own status words
// and numbers in E.164. It sends email and text messages and looks them up; nothing else, and
// `capabilities` will say so.
import {
  createHttpClient,
  fetchTransport,
  followPages,
  loadSecret,
  normalisePhoneNumber,
  onFirstUse,
  parseConfig,
  readJsonObject,
  type Transport,
  ValidationError,
  z,
} from '@councilkit/core';
import { defineNotificationProvider, type Notification, type NotificationStatus } from '@councilkit/notify';

const provider = 'acme';
// Built when the first adapter is made, not at import: every schema built at import is paid by every
// cold start, whether or not the process uses it.
const optionsSchema = onFirstUse(() =>
  z.strictObject({
    apiKey: z.string().min(1).optional(),
    baseUrl: z.url().optional(),
    transport: z.custom<Transport>((value) => typeof value === 'function').optional(),
    fetch: z
      .custom<(request: Request) => Promise<Response>>((value) => typeof value === 'function')
      .optional(),
  }),
);

// Acme's words for where a message is; `rawStatus` keeps the word, `status` is its neutral meaning.
const statusOf: Record<string, NotificationStatus> = {
  queued: 'created',
  dispatched: 'sending',
  handset_delivered: 'delivered',
  bounced: 'permanent-failure',
  soft_bounce: 'temporary-failure',
  carrier_error: 'technical-failure',
};

// The port keeps ids opaque; only this adapter knows Acme's shape, and checks it before a request.
function acmeId(id: string, prefix: 'msg' | 'tpl', field: string): string {
  if (/^[a-z]{3}_[a-z0-9_]{1,64}$/.test(id) && id.startsWith(`${prefix}_`)) return id;
  throw new ValidationError([{ path: field, message: `is not an Acme ${prefix}_ id` }], { provider });
}

function readMessage(body: unknown): Notification {
  const message = readJsonObject(body, { provider, what: 'a message' });
  const rawStatus = message.requiredText('state');
  const base = {
    id: message.requiredText('id'),
    ...(message.text('ref') === undefined ? {} : { reference: message.text('ref') }),
    status: statusOf[rawStatus] ?? 'unknown',
    rawStatus,
    templateId: message.object('template')?.text('id') ?? '',
    templateVersion: message.object('template')?.number('version') ?? 1,
    body: message.object('rendered')?.text('text') ?? '',
    createdAt: message.date('created') ?? new Date(0),
    completedAt: message.date('updated'),
  };
  if (message.text('channel') === 'sms')
    return { ...base, type: 'sms', phoneNumber: normalisePhoneNumber(message.requiredText('to')) };
  const subject = message.object('rendered')?.text('subject') ?? '';
  return { ...base, type: 'email', emailAddress: message.requiredText('to'), subject };
}

/** Acme as a `NotificationProvider`. The key comes from `apiKey` or ACME_API_KEY. */
export function acmeNotify(options: z.input<ReturnType<typeof optionsSchema>> = {}) {
  const settings = parseConfig(optionsSchema(), options, provider);
  const apiKey = () =>
    loadSecret({ value: settings.apiKey, option: 'apiKey', environmentVariable: 'ACME_API_KEY', provider });
  const http = createHttpClient({
    provider,
    baseUrl: settings.baseUrl ?? 'https://api.acme.example',
    userAgent: 'acme-councilkit/1.0.0',
    transport: settings.transport ?? (settings.fetch ? fetchTransport(settings.fetch) : undefined),
    headers: () => ({ authorization: `Bearer ${apiKey()}` }),
    // What Acme said went wrong. `field` names the input it blamed, in the port's terms, so a
    // ValidationError says `templateId` or `personalisation.name` rather than Acme's own words.
    parseError: (body) => {
      const error = readJsonObject(body, { provider, what: 'an error' }).object('error');
      const param = error?.text('param');
      const field = param === 'template' ? 'templateId' : param?.replace(/^data\./, 'personalisation.');
      return { code: error?.text('code'), message: error?.text('message'), field };
    },
  });
  const send = async (json: object, signal?: AbortSignal) => {
    const { data } = await http.request({
      method: 'POST',
      path: '/messages',
      json,
      idempotent: false,
      signal,
    });
    const message = readMessage(data);
    const content = { body: message.body, ...(message.type === 'email' ? { subject: message.subject } : {}) };
    return { ...message, content };
  };

  return defineNotificationProvider({
    provider,
    sendEmail: (request, { signal }) =>
      send(
        {
          channel: 'email',
          template: acmeId(request.templateId, 'tpl', 'templateId'),
          to: request.emailAddress,
          data: request.personalisation,
          ref: request.reference,
        },
        signal,
      ),
    sendSms: (request, { signal }) =>
      send(
        {
          channel: 'sms',
          template: acmeId(request.templateId, 'tpl', 'templateId'),
          to: normalisePhoneNumber(request.phoneNumber),
          data: request.personalisation,
          ref: request.reference,
        },
        signal,
      ),
    getNotification: async (id, { signal }) =>
      readMessage(
        (await http.request({ method: 'GET', path: `/messages/${acmeId(id, 'msg', 'id')}`, signal })).data,
      ),
    listNotifications: (filter, { signal }) => {
      const words = Object.entries(statusOf).filter(([, status]) =>
        filter.status?.some((wanted) => wanted === status),
      );
      return followPages({
        first: filter.olderThan === undefined ? undefined : acmeId(filter.olderThan, 'msg', 'olderThan'),
        fetchPage: async (before) => {
          const state = filter.status ? words.map(([word]) => word).concat('none') : undefined;
          const query = { ref: filter.reference, channel: filter.type, state, before };
          return (await http.request({ method: 'GET', path: '/messages', query, signal })).data;
        },
        items: (page) => readJsonObject(page, { provider, what: 'a list' }).array('data').map(readMessage),
        next: (page) => readJsonObject(page, { provider, what: 'a list' }).text('next_cursor'),
      });
    },
  });
}
