// The parent's side of the server children: start one, learn where it listens, read its CPU time.
import { fileURLToPath } from 'node:url';
import { startNodeChild } from '../lib/child-process.mjs';

export const stubServer = 'stub';
export const sandboxServer = 'sandbox';

const scripts = {
  [stubServer]: fileURLToPath(new URL('./servers/stub-server.mjs', import.meta.url)),
  [sandboxServer]: fileURLToPath(new URL('./servers/sandbox-server.mjs', import.meta.url)),
};

/** Starts a server child (pinned to `cpu` if given) and resolves once it is ready. */
export async function startServer(kind, { cpu, sandboxModule } = {}) {
  const child = startNodeChild(
    scripts[kind],
    kind === sandboxServer && sandboxModule ? [sandboxModule] : [],
    { cpu },
  );
  try {
    const { baseUrl, apiKey } = await child.next('ready', 30_000);
    return {
      kind,
      target: { baseUrl, apiKey },
      /** The server process's own `process.cpuUsage()`, read inside it. */
      async cpuUsage() {
        return (await child.ask('usage')).cpu;
      },
      stop: () => child.stop(),
    };
  } catch (error) {
    await child.stop();
    throw error;
  }
}
