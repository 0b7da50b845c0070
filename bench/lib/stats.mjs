/** The median of a list of numbers (the mean of the middle two when the count is even). */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The nearest-rank percentile (0–100) of an ascending, typed array. */
export function percentileOfSorted(sorted, percent) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((percent / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Microseconds of user + system CPU between two `process.cpuUsage()` readings. */
export function cpuMicrosBetween(before, after) {
  return after.user - before.user + (after.system - before.system);
}
