import type { Hono } from 'hono';
import { checkDailyLimit } from '../daily-limits.js';
import { jsonResponse, readJsonBody, requestRoot } from '../http.js';
import {
  emailRequestSchema,
  letterRequestSchema,
  precompiledLetterRequestSchema,
  smsRequestSchema,
} from '../notification-schemas.js';
import type { NotifyState } from '../notify-state.js';
import { isPlainObject } from '../request-schema.js';
import { sendPrecompiledLetter, sendTemplatedLetter } from '../send-letter.js';
import { sendMessage } from '../send-message.js';
import { assertMatchesSchema, authenticatedKey, checkRateLimit } from './guards.js';

/** `POST /v2/notifications/{email,sms,letter}`: rate limit first, then the body, as Notify orders it. */
export function registerSendRoutes(app: Hono, state: NotifyState): void {
  const now = () => state.clock.now();

  for (const [type, schemaAt] of [
    ['email', emailRequestSchema],
    ['sms', smsRequestSchema],
  ] as const) {
    app.post(`/v2/notifications/${type}`, async (context) => {
      const key = authenticatedKey(state, context.req.raw);
      checkRateLimit(state, key);
      checkDailyLimit(state, key.keyType, type);
      const form = await readJsonBody(context.req.raw);
      assertMatchesSchema(form, schemaAt(now));
      const root = requestRoot(context.req.raw, state.basePath);
      return jsonResponse(sendMessage(state, key, form as Record<string, unknown>, type, root), 201);
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
