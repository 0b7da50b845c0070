// The parent's side of the server children: start one, learn where it listens and what to send it,
// and read its CPU time.
import { fileURLToPath } from 'node:url';
import { startNodeChild } from '../lib/child-process.mjs';
import { benchRecipient, signNotifyToken } from './wire.mjs';

export const stubServer = 'stub';
export const sandboxServer = 'sandbox';

const scripts = {
  [stubServer]: fileURLToPath(new URL('./servers/stub-server.mjs', import.meta.url)),
  [sandboxServer]: fileURLToPath(new URL('./servers/sandbox-server.mjs', import.meta.url)),
};

/**
 * The email template's placeholders, read from the emulator itself (GET /v2/template/{id}), so the
 * bench sends what the template needs whatever the emulator's seed data is.
 */
async function personalisationFor(target) {
  const response = await fetch(`${target.baseUrl}/v2/template/${target.templateId}`, {
    headers: { authorization: `Bearer ${signNotifyToken(target.apiKey)}` },
  });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(
      `GET /v2/template/{id} on the sandbox answered ${response.status}: ${text.slice(0, 300)}`,
    );
  }
  const placeholders = Object.keys(JSON.parse(text).personalisation ?? {});
  return Object.fromEntries(placeholders.map((placeholder) => [placeholder, `Bench ${placeholder}`]));
}

/** Starts a server child (pinned to `cpu` if given) and resolves once it is ready to take sends. */
export async function startServer(kind, { cpu, sandboxModule, recipient = benchRecipient } = {}) {
  const args = kind === sandboxServer && sandboxModule ? [sandboxModule] : [];
  const child = startNodeChild(scripts[kind], args, { cpu });
  try {
    const { url, baseUrl, apiKey, templateId, personalisation } = await child.next('ready', 30_000);
    const target = { url, baseUrl, apiKey, templateId, emailAddress: recipient, personalisation };
    target.personalisation ??= await personalisationFor(target);
    return {
      kind,
      target,
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
