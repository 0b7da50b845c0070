// One sample, in a fresh process, of what a transport costs before its first answer: loading it,
// building its agent, and one POST to the stub read to the end (undici's first connection also
// compiles its WebAssembly HTTP parser; node:http's parser is built in).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { runAsChild } from '../lib/child-side.mjs';

const require = createRequire(import.meta.url);
const body = JSON.stringify({ template_id: 'x', email_address: 'bench.recipient@example.com' });
const headers = { 'content-type': 'application/json' };

const readWholeBody = (response) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', reject);
  });

/** Each transport: load it and resolve with a function that makes one request. */
export const firstRequestLoaders = {
  'import(undici) + Agent.request': async () => {
    const { Agent } = await import('undici');
    const agent = new Agent();
    return async (url) => {
      const response = await agent.request({
        origin: url.origin,
        path: url.pathname,
        method: 'POST',
        headers,
        body,
      });
      await response.body.arrayBuffer();
    };
  },
  'require(agent.js + api-request.js) + request': async () => {
    const Agent = require('undici/lib/dispatcher/agent.js');
    const request = require('undici/lib/api/api-request.js');
    const agent = new Agent();
    return async (url) => {
      const response = await request.call(agent, {
        origin: url.origin,
        path: url.pathname,
        method: 'POST',
        headers,
        body,
      });
      await response.body.arrayBuffer();
    };
  },
  'node:http keep-alive': async () => {
    const http = require('node:http');
    const agent = new http.Agent({ keepAlive: true });
    return (url) =>
      new Promise((resolve, reject) => {
        const outgoing = http.request(
          {
            agent,
            hostname: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: { ...headers, 'content-length': Buffer.byteLength(body) },
          },
          (response) => readWholeBody(response).then(resolve, reject),
        );
        outgoing.on('error', reject);
        outgoing.end(body);
      });
  },
  'global fetch': async () => async (url) => {
    const response = await fetch(url, { method: 'POST', headers, body });
    await response.arrayBuffer();
  },
};

if (process.send) {
  runAsChild(async () => {
    const [name, baseUrl] = process.argv.slice(2);
    const load = firstRequestLoaders[name];
    if (!load) throw new Error(`unknown transport ${name}`);
    const url = new URL(`${baseUrl}/v2/notifications/email`);
    const begin = performance.now();
    const send = await load();
    const loaded = performance.now();
    await send(url);
    const answered = performance.now();
    return { loadMs: loaded - begin, firstRequestMs: answered - loaded, totalMs: answered - begin };
  });
}
