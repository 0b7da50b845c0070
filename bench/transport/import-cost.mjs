// One sample of one module's load cost, in a fresh process: wall time and CPU time of loading it
// (and, where it says so, building the one object a transport needs).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { runAsChild } from '../lib/child-side.mjs';

const require = createRequire(import.meta.url);

/** What each measured entry loads. Each runs once, in a process that has loaded nothing else. */
export const loaders = {
  'baseline: import(node:path)': () => import('node:path'),
  'import(undici)': () => import('undici'),
  'require(undici)': () => require('undici'),
  'require(undici/lib/dispatcher/agent.js) + new Agent': () => {
    const Agent = require('undici/lib/dispatcher/agent.js');
    return new Agent({ keepAliveTimeout: 10_000 });
  },
  'require(agent.js + api/api-request.js) + new Agent': () => {
    // Agent alone has only dispatch(); request() lives in lib/api and is attached by undici's index.
    const Agent = require('undici/lib/dispatcher/agent.js');
    const request = require('undici/lib/api/api-request.js');
    return { agent: new Agent({ keepAliveTimeout: 10_000 }), request };
  },
  'require(node:http) + new http.Agent({ keepAlive })': () => {
    const http = require('node:http');
    return new http.Agent({ keepAlive: true });
  },
  'require(notifications-node-client)': () => require('notifications-node-client'),
  'import(zod)': () => import('zod'),
  'import(zod/mini)': () => import('zod/mini'),
  'import(pino)': () => import('pino'),
  'import(@councilkit/core)': () => import('@councilkit/core'),
  'import(@councilkit/notify-govuk)': () => import('@councilkit/notify-govuk'),
};

if (process.send) {
  runAsChild(async () => {
    const load = loaders[process.argv[2]];
    if (!load) throw new Error(`unknown entry ${process.argv[2]}`);
    const cpuBefore = process.cpuUsage();
    const begin = performance.now();
    await load();
    const wallMs = performance.now() - begin;
    const cpu = process.cpuUsage(cpuBefore);
    return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
  });
}
