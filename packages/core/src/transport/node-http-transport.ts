// node:http is part of Node itself, so this transport has nothing to install and little to load:
// what a serverless function pays between import and its first answer.
import type { Agent as HttpAgent, RequestOptions } from 'node:http';
import { ConfigError } from '../errors/classes.js';
import { classifyNetworkError } from './classify-network-error.js';
import { Deadline } from './deadline.js';
import { flattenHeaders } from './flatten-headers.js';
import { plainBytes } from './plain-bytes.js';
import type { Transport, TransportRequest, TransportResponse } from './types.js';

export interface NodeHttpTransportOptions {
  /** Sockets per origin. Default 128. */
  maxSockets?: number;
}

interface Endpoint {
  readonly secure: boolean;
  readonly hostname: string;
  readonly port: number;
}

// Node's http and https modules are loaded by the first request of each scheme, not when core is
// imported: a process that makes no request loads neither (about 5 ms), and one that talks plain
// http only (tests against the sandbox) never loads https and TLS (about 2 ms more).
let httpModule: typeof import('node:http') | undefined;
let httpsModule: typeof import('node:https') | undefined;
const http = () => (httpModule ??= process.getBuiltinModule('node:http'));
const https = () => (httpsModule ??= process.getBuiltinModule('node:https'));

/** A transport over Node's own `http`/`https` modules with keep-alive agents, shared by every client it serves. */
export function nodeHttpTransport(options: NodeHttpTransportOptions = {}): Transport {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigError([{ path: 'options', message: 'Must be an options object such as { maxSockets }' }]);
  }
  const { maxSockets } = options;
  if (maxSockets !== undefined && !(Number.isInteger(maxSockets) && maxSockets > 0)) {
    throw new ConfigError([{ path: 'maxSockets', message: 'Must be a whole number above 0' }]);
  }
  const agentOptions = {
    keepAlive: true,
    maxSockets: options.maxSockets ?? 128,
    scheduling: 'lifo' as const,
  };
  let httpAgent: HttpAgent | undefined;
  let httpsAgent: HttpAgent | undefined;
  const endpoints = new Map<string, Endpoint>();
  const httpAgentOnce = () => {
    httpAgent ??= new (http().Agent)(agentOptions);
    return httpAgent;
  };
  const httpsAgentOnce = () => {
    httpsAgent ??= new (https().Agent)(agentOptions);
    return httpsAgent;
  };

  function endpointOf(origin: string): Endpoint {
    let endpoint = endpoints.get(origin);
    if (!endpoint) {
      const url = new URL(origin);
      const secure = url.protocol === 'https:';
      endpoint = {
        secure,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: Number(url.port) || (secure ? 443 : 80),
      };
      endpoints.set(origin, endpoint);
    }
    return endpoint;
  }

  return (request: TransportRequest) =>
    new Promise<TransportResponse>((resolve, reject) => {
      const endpoint = endpointOf(request.origin);
      const agent = endpoint.secure ? httpsAgentOnce() : httpAgentOnce();
      const requestOptions: RequestOptions = {
        hostname: endpoint.hostname,
        port: endpoint.port,
        method: request.method,
        path: request.path,
        headers: request.headers,
        agent,
      };
      if (request.signal) requestOptions.signal = request.signal;
      // One timer over the whole exchange: a socket's idle timeout would let a server that drips its
      // answer a byte at a time hold the request for ever.
      const deadline = new Deadline(request.timeoutMs, request.signal, (error) => outgoing.destroy(error));
      const outgoing = (endpoint.secure ? https() : http()).request(requestOptions, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          deadline.clear();
          resolve({
            status: response.statusCode ?? 0,
            headers: flattenHeaders(response.headers),
            body: plainBytes(chunks),
          });
        });
        response.on('error', fail);
        // Torn down mid-body (the deadline, an abort): 'end' never comes, and 'error' may not either.
        response.on('close', () => {
          if (!response.complete) fail(new Error('The answer was cut off'));
        });
      });
      function fail(error: unknown) {
        deadline.clear();
        reject(
          classifyNetworkError(error, {
            timedOut: deadline.timedOut(),
            aborted: deadline.callerAborted(),
          }),
        );
      }
      outgoing.on('error', fail);
      outgoing.end(request.body);
    });
}
