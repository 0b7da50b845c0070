import type { Hono } from 'hono';
import { checkDailyLimit } from '../daily-limits.js';
import { jsonResponse, parseJsonBody, readJsonBody, requestRoot } from '../http.js';
import {
  emailRequestSchema,
  letterRequestSchema,
  precompiledLetterRequestSchema,
  smsRequestSchema,
} from '../notification-schemas.js';
import type { NotifyState } from '../notify-state.js';
import { isPlainObject, type ObjectSchema } from '../request-schema.js';
import { sendPrecompiledLetter, sendTemplatedLetter } from '../send-letter.js';
import { sendMessage } from '../send-message.js';
import { assertMatchesSchema, authenticatedKey, authenticatedKeyFrom, checkRateLimit } from './guards.js';

/** The message types sent by `POST /v2/notifications/{email,sms}`. */
export type MessageType = 'email' | 'sms';

/**
 * `POST /v2/notifications/{email,sms}` with its body read: authentication, the rate and daily
 * limits, then the body against its schema and the send, in Notify's order. Returns the 201 body.
 * The Hono route and the loopback server's direct route both run this.
 */
export function answerMessageSend(
  state: NotifyState,
  type: MessageType,
  authorization: string | null,
  body: string,
  root: string,
): Record<string, unknown> {
  const key = authenticatedKeyFrom(state, authorization);
  checkRateLimit(state, key);
  checkDailyLimit(state, key.keyType, type);
  const form = parseJsonBody(body);
  assertMatchesSchema(form, messageSchemas(state)[type]);
  return sendMessage(state, key, form as Record<string, unknown>, type, root);
}

// The schemas read the clock through a function, so each state's pair is built once, not per send.
const schemasOfState = new WeakMap<NotifyState, Readonly<Record<MessageType, ObjectSchema>>>();

function messageSchemas(state: NotifyState): Readonly<Record<MessageType, ObjectSchema>> {
  let schemas = schemasOfState.get(state);
  if (schemas === undefined) {
    const now = () => state.clock.now();
    schemas = { email: emailRequestSchema(now), sms: smsRequestSchema(now) };
    schemasOfState.set(state, schemas);
  }
  return schemas;
}

/** `POST /v2/notifications/{email,sms,letter}`: rate limit first, then the body, as Notify orders it. */
export function registerSendRoutes(app: Hono, state: NotifyState): void {
  for (const type of ['email', 'sms'] as const) {
    app.post(`/v2/notifications/${type}`, async (context) => {
      // Reading the body first changes no answer: it is parsed only after the key and limits.
      const body = await context.req.raw.text();
      const authorization = context.req.raw.headers.get('Authorization');
      const root = requestRoot(context.req.raw, state.basePath);
      return jsonResponse(answerMessageSend(state, type, authorization, body, root), 201);
    });
  }

  app.post('/v2/notifications/letter', async (context) => {
    const key = authenticatedKey(state, context.req.raw);
    checkRateLimit(state, key);
    checkDailyLimit(state, key.keyType, 'letter');
    const form = await readJsonBody(context.req.raw);
    if (isPlainObject(form) && Object.hasOwn(form, 'content')) {
      assertMatchesSchema(form, precompiledLetterRequestSchema);
      return jsonResponse(sendPrecompiledLetter(state, key, form), 201);
    }
    // Notify hands a templated letter to its generic send handler, which takes a second token.
    checkRateLimit(state, key);
    checkDailyLimit(state, key.keyType, 'letter');
    assertMatchesSchema(form, letterRequestSchema);
    const root = requestRoot(context.req.raw, state.basePath);
    return jsonResponse(sendTemplatedLetter(state, key, form as Record<string, unknown>, root), 201);
  });
}
