// One transport's cost per request, in a fresh process: POST a Notify-sized JSON body to the stub
// and read the whole answer, `concurrency` at a time.
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { nextFromParent, runAsChild, tellParent } from '../lib/child-side.mjs';
import { drive } from '../lib/drive.mjs';
import { cpuMicrosBetween, percentileOfSorted } from '../lib/stats.mjs';
import { signNotifyToken } from '../notify/wire.mjs';

/** Each transport, built once: returns `(path, headers, body) => Promise<{ status, body }>`. */
const transports = {
  async 'undici Agent.request'(origin) {
    const { Agent } = await import('undici');
    const agent = new Agent({ keepAliveTimeout: 10_000 });
    return async (path, headers, body) => {
      const response = await agent.request({ origin, path, method: 'POST', headers, body });
      return { status: response.statusCode, body: new Uint8Array(await response.body.arrayBuffer()) };
    };
  },
  async 'node:http keep-alive'(origin) {
    const { hostname, port } = new URL(origin);
    const agent = new HttpAgent({ keepAlive: true });
    return (path, headers, body) =>
      new Promise((resolve, reject) => {
        const outgoing = httpRequest(
          {
            agent,
            hostname,
            port,
            path,
            method: 'POST',
            headers: { ...headers, 'content-length': Buffer.byteLength(body) },
          },
          (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
            response.on('error', reject);
          },
        );
        outgoing.on('error', reject);
        outgoing.end(body);
      });
  },
  async 'global fetch'(origin) {
    return async (path, headers, body) => {
      const response = await fetch(origin + path, { method: 'POST', headers, body });
      return { status: response.status, body: new Uint8Array(await response.arrayBuffer()) };
    };
  },
};

export const transportNames = Object.keys(transports);

if (process.send) {
  runAsChild(async () => {
    const run = JSON.parse(process.argv[2]);
    const { baseUrl, apiKey, templateId, personalisation, emailAddress } = run.target;
    const send = await transports[run.transport](new URL(baseUrl).origin);
    const path = `${new URL(baseUrl).pathname.replace(/\/$/, '')}/v2/notifications/email`;
    // One token and one body for every request, so only the transport's own cost differs.
    const authorization = `Bearer ${signNotifyToken(apiKey)}`;
    const body = JSON.stringify({ template_id: templateId, email_address: emailAddress, personalisation });
    const call = async () => {
      const headers = { 'content-type': 'application/json', authorization };
      const response = await send(path, headers, body);
      if (response.status !== 201) throw new Error(`status ${response.status}`);
      return response.body.length;
    };

    await drive(call, {
      concurrency: run.concurrency,
      count: run.warmup,
      deadline: performance.now() + 15_000,
    });
    await tellParent({ type: 'warmed' });
    await nextFromParent('go');
    const cpuBefore = process.cpuUsage();
    const begin = performance.now();
    const measured = await drive(call, {
      concurrency: run.concurrency,
      count: run.requests,
      deadline: begin + run.maxSeconds * 1000,
    });
    const elapsedMs = performance.now() - begin;
    const clientCpuMicros = cpuMicrosBetween(cpuBefore, process.cpuUsage());
    const sorted = measured.latencies.slice().sort();
    return {
      requests: measured.answered,
      requestsPerSecond: measured.answered / (elapsedMs / 1000),
      clientCpuMicros,
      cpuMicrosPerRequest: clientCpuMicros / measured.answered,
      p50Ms: percentileOfSorted(sorted, 50),
      p99Ms: percentileOfSorted(sorted, 99),
    };
  });
}
