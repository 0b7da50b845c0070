// A minimal stand-in for GOV.UK Notify: answers POST /v2/notifications/email with one fixed,
// realistic 201 body and checks nothing, so a client measured against it shows its own cost.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { serveParent, tellParent } from '../../lib/child-side.mjs';
import { makeNotifyApiKey } from '../wire.mjs';

const apiKey = makeNotifyApiKey('bench_stub');
const serviceId = apiKey.slice(-73, -37);
const templateId = randomUUID();
const notificationId = randomUUID();
let createdBody;
const notFoundBody = Buffer.from(
  JSON.stringify({ status_code: 404, errors: [{ error: 'NotFoundError', message: 'Not found' }] }),
);

function createdBodyFor(origin) {
  return Buffer.from(
    JSON.stringify({
      id: notificationId,
      reference: 'bench',
      uri: `${origin}/v2/notifications/${notificationId}`,
      template: {
        id: templateId,
        version: 1,
        uri: `${origin}/services/${serviceId}/templates/${templateId}`,
      },
      scheduled_for: null,
      content: {
        from_email: 'councilkit.bench@notifications.service.gov.uk',
        body: 'Dear Resident,\r\n\r\nYour parking permit application PP-123456 has been received.',
        subject: 'Your parking permit application',
        one_click_unsubscribe_url: null,
      },
      sanitised_content: {},
    }),
  );
}

function answer(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
  response.end(body);
}

const server = createServer((request, response) => {
  // The body is read to the end (and dropped) so the connection can be reused, as a real server would.
  request.resume();
  request.on('end', () => {
    const path = request.url.split('?', 1)[0];
    if (request.method === 'POST' && path === '/v2/notifications/email') answer(response, 201, createdBody);
    else answer(response, 404, notFoundBody);
  });
});
// Longer than any pause in a run, so no client pays for a reconnect mid-measurement.
server.keepAliveTimeout = 60_000;

server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}`;
  createdBody = createdBodyFor(url);
  serveParent();
  await tellParent({
    type: 'ready',
    url,
    baseUrl: url,
    apiKey,
    templateId,
    personalisation: { name: 'Resident', reference_number: 'PP-123456' },
  });
});
