/** The pages of a directory: every *.html file, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} dir
 * @param {'name' | 'largest'} [order]  by file name, or largest file first
 */
export function pageFiles(dir, order = 'name') {
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.html'));
  if (order === 'largest') return files.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
  return files.sort();
}
