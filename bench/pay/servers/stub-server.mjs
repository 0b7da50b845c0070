// A minimal GOV.UK Pay stand-in: canned, valid answers to create and read, so a run measures the
// clients rather than a server. Tells the parent where it listens.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { serveParent, tellParent } from '../../lib/child-side.mjs';

const apiKey = `api_test_${'0'.repeat(26)}${'1'.repeat(32)}`;
const created = new Date().toISOString();

function payment(id, origin) {
  return JSON.stringify({
    amount: 2500,
    description: 'Resident parking permit',
    reference: 'BENCH',
    language: 'en',
    state: { status: 'created', finished: false },
    payment_id: id,
    payment_provider: 'sandbox',
    created_date: created,
    return_url: 'https://council.example/permits/paid',
    refund_summary: { status: 'pending', amount_available: 0, amount_submitted: 0 },
    settlement_summary: {},
    delayed_capture: false,
    moto: false,
    _links: {
      self: { href: `${origin}/v1/payments/${id}`, method: 'GET' },
      next_url: { href: `${origin}/secure/${randomBytes(16).toString('hex')}`, method: 'GET' },
    },
  });
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const origin = `http://${request.headers.host}`;
    if (request.method === 'POST' && request.url === '/v1/payments') {
      const id = randomBytes(13).toString('hex');
      response.writeHead(201, {
        'Content-Type': 'application/json',
        Location: `${origin}/v1/payments/${id}`,
      });
      response.end(payment(id, origin));
      return;
    }
    const match = /^\/v1\/payments\/([0-9a-z]+)$/.exec(request.url ?? '');
    if (request.method === 'GET' && match) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(payment(match[1], origin));
      return;
    }
    response.writeHead(404, { 'Content-Type': 'application/json' });
    response.end('{"code":"P0200","description":"Not found"}');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', async () => {
  serveParent();
  const url = `http://127.0.0.1:${server.address().port}`;
  await tellParent({ type: 'ready', baseUrl: url, apiKey });
});
