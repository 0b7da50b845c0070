import type { DirectRequest, DirectResponse, DirectRoutes } from '../../../emulator.js';
import { NotifyApiError } from '../api-error.js';
import type { NotifyState } from '../notify-state.js';
import { answerMessageSend, type MessageType } from './send-routes.js';

const json = 'application/json';

/**
 * Email and text message sends, the routes a test suite calls most, answered without a WHATWG
 * Request or Response: the same checks and answers as the Hono routes, errors included.
 */
export function directRoutes(state: NotifyState): DirectRoutes {
  const paths = new Map<string, MessageType>([
    [`${state.basePath}/v2/notifications/email`, 'email'],
    [`${state.basePath}/v2/notifications/sms`, 'sms'],
  ]);
  return {
    takes: (method, pathname) => method === 'POST' && paths.has(pathname),
    answer(request: DirectRequest): DirectResponse {
      const type = paths.get(request.pathname) ?? 'email';
      const root = `${request.origin}${state.basePath}/`;
      try {
        const sent = answerMessageSend(
          state,
          type,
          request.header('authorization') ?? null,
          request.body,
          root,
        );
        return { status: 201, contentType: json, body: JSON.stringify(sent) };
      } catch (error) {
        if (error instanceof NotifyApiError) {
          return { status: error.status, contentType: json, body: JSON.stringify(error.toBody()) };
        }
        return {
          status: 500,
          contentType: json,
          body: JSON.stringify({
            status_code: 500,
            errors: [{ error: 'Exception', message: 'Internal server error' }],
          }),
        };
      }
    },
  };
}
