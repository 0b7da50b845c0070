// Hammers a server with cheap requests to find its own capacity: undici's `request` over a
// keep-alive agent, one pre-serialised body and a reused token, so the client spends as little
// as possible and the server is the bottleneck.
import { performance } from 'node:perf_hooks';
import { Agent } from 'undici';
import { nextFromParent, runAsChild, tellParent } from '../lib/child-side.mjs';
import { drive } from '../lib/drive.mjs';
import { cpuMicrosBetween } from '../lib/stats.mjs';
import { signNotifyToken } from './wire.mjs';

runAsChild(async () => {
  const run = JSON.parse(process.argv[2]);
  const { baseUrl, apiKey, templateId, personalisation, emailAddress } = run.target;
  const url = new URL(`${baseUrl}/v2/notifications/email`);
  const agent = new Agent({ keepAliveTimeout: 60_000, connections: run.concurrency });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${signNotifyToken(apiKey)}` };
  // Notify accepts a token for 30 s around its iat; re-signing every 10 s keeps it valid.
  setInterval(() => {
    headers.authorization = `Bearer ${signNotifyToken(apiKey)}`;
  }, 10_000).unref();
  const body = JSON.stringify({ template_id: templateId, email_address: emailAddress, personalisation });

  const send = async () => {
    const response = await agent.request({
      origin: url.origin,
      path: url.pathname,
      method: 'POST',
      headers,
      body,
    });
    const text = await response.body.text();
    if (response.statusCode !== 201) throw new Error(`status ${response.statusCode}: ${text.slice(0, 300)}`);
  };

  await drive(send, {
    concurrency: run.concurrency,
    count: run.warmup,
    deadline: performance.now() + (run.maxSeconds * 1000) / 4,
  });
  await tellParent({ type: 'warmed' });
  await nextFromParent('go');

  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  const measured = await drive(send, {
    concurrency: run.concurrency,
    count: run.requests,
    deadline: begin + run.maxSeconds * 1000,
  });
  const elapsedMs = performance.now() - begin;
  const clientCpuMicros = cpuMicrosBetween(cpuBefore, process.cpuUsage());
  return {
    requests: measured.answered,
    elapsedMs,
    requestsPerSecond: measured.answered / (elapsedMs / 1000),
    clientCpuMicros,
    clientCpuMicrosPerRequest: clientCpuMicros / measured.answered,
  };
});
