// node:http is part of Node itself, so this transport costs nothing to load: what a serverless
// function pays between import and its first answer.
import http, { type Agent as HttpAgent, type RequestOptions } from 'node:http';
import https from 'node:https';
import { ConfigError } from '../errors/classes.js';
import { classifyNetworkError } from './classify-network-error.js';
import { flattenHeaders } from './flatten-headers.js';
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

class TimeoutError extends Error {
  readonly code = 'COUNCILKIT_TIMEOUT';
}

/** A transport over Node's own `http`/`https` modules with keep-alive agents, shared by every client it serves. */
export function nodeHttpTransport(options: NodeHttpTransportOptions = {}): Transport {
  const { maxSockets } = options ?? {};
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
    httpAgent ??= new http.Agent(agentOptions);
    return httpAgent;
  };
  const httpsAgentOnce = () => {
    httpsAgent ??= new https.Agent(agentOptions);
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
        // An idle socket for this long (waiting for headers or for more body) ends the request.
        timeout: request.timeoutMs,
      };
      if (request.signal) requestOptions.signal = request.signal;
      const outgoing = (endpoint.secure ? https : http).request(requestOptions, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: flattenHeaders(response.headers),
            body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks),
          }),
        );
        response.on('error', fail);
      });
      function fail(error: unknown) {
        reject(
          classifyNetworkError(error, {
            timedOut: error instanceof TimeoutError,
            aborted: request.signal?.aborted === true,
          }),
        );
      }
      outgoing.on('timeout', () =>
        outgoing.destroy(new TimeoutError(`No answer within ${request.timeoutMs} ms`)),
      );
      outgoing.on('error', fail);
      outgoing.end(request.body);
    });
}
