/** A number rounded for a table: more decimals for small values so ratios and sub-millisecond latencies stay readable. */
export function formatNumber(value) {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return Math.round(value).toLocaleString('en-GB');
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A ratio for a verdict table: three decimals below 10, so 0.796 is never shown as 0.80 beside a MISS. */
export function formatRatio(value) {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  return Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(3);
}

/** A GitHub-flavoured markdown table from a header row and rows of cells. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
