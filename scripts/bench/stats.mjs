/** Small statistics and formatting helpers for the benchmark's tables. */

/** @param {number[]} xs */
export function median(xs) {
  return percentile(xs, 50);
}

/**
 * Nearest-rank percentile (p in 0..100); NaN for an empty list.
 * @param {number[]} xs @param {number} p
 */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** @param {number} x @param {number} [digits] */
export function ms(x, digits = 2) {
  return Number.isFinite(x) ? x.toFixed(digits) : '—';
}

/** @param {number} x */
export function ratio(x) {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : '—';
}

/** @param {number} bytes */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * A Markdown table (also readable on a terminal).
 * @param {string[]} head @param {(string | number)[][]} rows
 */
export function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map((r) => line(r.map(String)))].join('\n');
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
