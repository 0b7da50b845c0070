/** Helpers for the child side of `startNodeChild`: answer over IPC, and report failures as messages. */

/** Sends a message to the parent and resolves once it has been handed to the channel. */
export function tellParent(message) {
  return new Promise((resolve) => process.send(message, () => resolve()));
}

/** Resolves with the next parent message of this type. */
export function nextFromParent(type) {
  return new Promise((resolve) => {
    const listener = (message) => {
      if (message?.type !== type) return;
      process.off('message', listener);
      resolve(message);
    };
    process.on('message', listener);
  });
}

/**
 * Runs a child's main function: its result goes to the parent as a 'result' message, a failure as
 * an 'error' message with a one-line reason, then the process exits (open keep-alive sockets
 * must not keep it alive).
 */
export async function runAsChild(main) {
  if (!process.send) throw new Error('Run this script through the bench runner, not directly.');
  process.on('message', (message) => {
    if (message?.type === 'stop') process.exit(0);
  });
  process.on('disconnect', () => process.exit(0));
  try {
    const result = await main();
    await tellParent({ type: 'result', ...result });
    process.exit(0);
  } catch (error) {
    await tellParent({ type: 'error', message: describeError(error) });
    process.exit(1);
  }
}

/** A one-line description of an error, including an HTTP status and provider error body when there is one. */
export function describeError(error) {
  if (!(error instanceof Error)) return String(error);
  const parts = [`${error.name}: ${error.message}`];
  if (error.code) parts.push(`code ${error.code}`);
  if (error.status) parts.push(`status ${error.status}`);
  // axios (the official client) keeps the provider's answer on error.response.
  if (error.response?.status)
    parts.push(`status ${error.response.status} ${JSON.stringify(error.response.data)}`);
  if (error.cause instanceof Error) parts.push(`cause ${error.cause.name}: ${error.cause.message}`);
  return parts.join('; ');
}

/**
 * Keeps a server child answering its parent: 'usage' replies with this process's CPU time (so a
 * server's cost is measured inside the server), 'stop' or a lost parent ends it.
 */
export function serveParent() {
  process.on('message', (message) => {
    if (message?.type === 'usage') process.send({ type: 'usage', cpu: process.cpuUsage() });
    else if (message?.type === 'stop') process.exit(0);
  });
  process.on('disconnect', () => process.exit(0));
}
