import { Hono } from 'hono';
import { emulatorFor } from './dispatch.js';
import type { SandboxEmulators } from './emulators/create-emulators.js';
import { credentialsOf } from './emulators/create-emulators.js';
import { loopbackHostsOnly, requestBodyGuard } from './host-guards.js';
import { serviceMounts, serviceNames } from './services.js';
import { workingServices } from './working-services.js';

/** The loopback server's app: the sandbox's own pages, and every other path handed to its emulator. */
export function sandboxRootApp(emulators: SandboxEmulators): Hono {
  const app = new Hono();
  app.use(loopbackHostsOnly());
  app.use(requestBodyGuard((pathname) => emulatorFor(emulators, pathname)?.service));
  app.get('/health', (context) => context.json({ status: 'ok', services: serviceNames }));
  // Test credentials are served rather than printed, so they stay out of terminal logs.
  app.get('/credentials', (context) => context.json(credentialsOf(emulators)));
  app.get('/', (context) => {
    const origin = new URL(context.req.url).origin;
    const rows = workingServices(emulators)
      .map(
        (name) =>
          `<li><code>${name}</code>: <a href="${origin}${serviceMounts[name].basePath}/health">${origin}${serviceMounts[name].basePath}</a></li>`,
      )
      .join('');
    return context.html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>councilkit sandbox</title></head><body>` +
        `<h1>councilkit sandbox</h1><ul>${rows}</ul>` +
        `<p><a href="${origin}${serviceMounts.notify.basePath}/inbox">Notify inbox</a> · <a href="${origin}${serviceMounts.smtp.basePath}/inbox">Email (SMTP) inbox</a> · <a href="${origin}/credentials">Test credentials</a></p></body></html>`,
    );
  });
  app.all('*', (context) => {
    const emulator = emulatorFor(emulators, new URL(context.req.url).pathname);
    return emulator
      ? emulator.fetch(context.req.raw)
      : context.json({ error: 'No emulated service at this path' }, 404);
  });
  return app;
}
