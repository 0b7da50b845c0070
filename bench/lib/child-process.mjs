import { spawn } from 'node:child_process';

/**
 * Starts a Node script in its own process with an IPC channel, pinned to `cpu` through `taskset`
 * when one is given. `taskset` execs Node in place, so the IPC channel (NODE_CHANNEL_FD) survives.
 */
export function startNodeChild(script, args = [], { cpu, execArgv = [] } = {}) {
  const nodeArgs = [...execArgv, script, ...args];
  const [command, commandArgs] =
    cpu === undefined
      ? [process.execPath, nodeArgs]
      : ['taskset', ['-c', cpu, process.execPath, ...nodeArgs]];
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const queued = [];
  const waiting = [];
  let exitError;

  const settleWaiters = () => {
    for (let index = 0; index < waiting.length; ) {
      const waiter = waiting[index];
      const found = queued.findIndex((message) => message.type === waiter.type || message.type === 'error');
      if (found !== -1) {
        const [message] = queued.splice(found, 1);
        waiting.splice(index, 1);
        clearTimeout(waiter.timer);
        if (message.type === 'error') waiter.reject(new Error(`${script}: ${message.message}`));
        else waiter.resolve(message);
      } else if (exitError) {
        waiting.splice(index, 1);
        clearTimeout(waiter.timer);
        waiter.reject(exitError);
      } else index++;
    }
  };

  child.on('message', (message) => {
    queued.push(message);
    settleWaiters();
  });
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exitError = new Error(`${script} exited (code ${code}, signal ${signal}) before answering`);
      settleWaiters();
      resolve({ code, signal });
    });
  });
  child.on('error', (error) => {
    exitError = error;
    settleWaiters();
  });

  return {
    pid: child.pid,
    /** Resolves with the next message of this type; rejects if the child reports an error or dies. */
    next(type, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const index = waiting.indexOf(waiter);
          if (index !== -1) waiting.splice(index, 1);
          reject(new Error(`${script}: no '${type}' message within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter = { type, resolve, reject, timer };
        waiting.push(waiter);
        settleWaiters();
      });
    },
    send(message) {
      if (child.connected) child.send(message);
    },
    /** Sends a request and resolves with the reply of the same type. */
    async ask(type, extra = {}, timeoutMs = 10_000) {
      const reply = this.next(type, timeoutMs);
      this.send({ type, ...extra });
      return reply;
    },
    /** Asks the child to stop, and kills it if it does not exit promptly. */
    async stop(timeoutMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      this.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
    exited,
  };
}

/** A child's 'result' message without its envelope. */
export function resultOf({ type: _type, ...result }) {
  return result;
}

/** Runs a child to completion and resolves with its 'result' message. */
export async function runNodeChild(script, args, options = {}) {
  const child = startNodeChild(script, args, options);
  try {
    return resultOf(await child.next('result', options.timeoutMs ?? 120_000));
  } finally {
    await child.stop();
  }
}
