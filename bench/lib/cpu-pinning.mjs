import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * Where each side of a benchmark runs. With two or more CPUs and a working `taskset`, the server
 * gets CPU 0 and the measured client CPU 1, so neither steals time from the other and a result
 * means "one core's worth". Otherwise nothing is pinned and the report says so.
 */
export function cpuLayout({ pin = true } = {}) {
  const cpus = availableParallelism();
  if (!pin) return { pinned: false, reason: 'pinning turned off (--no-pin)', cpus };
  if (cpus < 2) return { pinned: false, reason: 'fewer than 2 CPUs', cpus };
  const probe = spawnSync('taskset', ['-c', '0', process.execPath, '-e', ''], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0)
    return { pinned: false, reason: 'taskset is missing or refused', cpus };
  return { pinned: true, serverCpu: '0', clientCpu: '1', cpus };
}
