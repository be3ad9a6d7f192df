#!/usr/bin/env node
// @ts-check
/**
 * Checks the packages `npm run zip` writes to .output/ before they go to the stores:
 * - each store zip (Chrome, Firefox) holds manifest.json (for the right browser, at the
 *   package.json version), every file the manifest names, the icons, the English and Spanish
 *   catalogues, the content script and the popover UI injected on first use; and no source maps,
 *   no tests and no TypeScript sources;
 * - the Firefox sources zip (for AMO's reviewers) holds package.json, package-lock.json, the
 *   config and the source folders, and nothing built or installed (node_modules, .output,
 *   test-results).
 * `node scripts/zip-check.mjs` checks the zips of the current package.json version and exits 1 on
 * any problem (or when they are missing); tests/unit/package.test.ts runs the same check. Reads
 * the zips itself (central directory + zlib), so it needs no package and no network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const ICON_SIZES = [16, 32, 48, 128];
export const LOCALES = ['en', 'es'];

/** Files every store zip must hold, whatever the manifest says. */
export const STORE_REQUIRED = [
  'manifest.json',
  ...ICON_SIZES.map((s) => `icon/${s}.png`),
  ...LOCALES.map((l) => `_locales/${l}/messages.json`),
  // The gate the background registers as the content script, and its ::highlight() style sheet.
  'content-gate.js',
  'assets/highlights.css',
  // The lens, injected by the background where the extension is on (entrypoints/content-lens/).
  'content-lens.js',
  // The popover UI, injected by the background on first use (entrypoints/content-ui/).
  'content-ui.js',
];

/** What the reviewers need to rebuild the Firefox package (README "Releasing"). */
export const SOURCES_REQUIRED = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json'];
export const SOURCE_FOLDERS = ['entrypoints', 'components', 'utils', 'data', 'public'];

const TEST_FILE = /(^|\/)(tests?|__tests__)\/|\.(test|spec|e2e)\.[cm]?[jt]sx?$/;
const TS_SOURCE = /\.(c|m)?tsx?$/;
/** Never in the sources zip: what `npm ci`, the build and the tests write. */
const NOT_SOURCES = /(^|\/)(node_modules|\.output|test-results|\.wxt|\.git)(\/|$)/;

/**
 * @typedef {object} ZipEntry
 * @property {string} name
 * @property {number} method  0 stored, 8 deflated
 * @property {number} compressedSize
 * @property {number} localOffset
 */

/**
 * The entries of a zip file, from its central directory (no ZIP64: ours are a few MB).
 * @param {Buffer} buf
 * @returns {ZipEntry[]}
 */
export function zipEntries(buf) {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  /** @type {ZipEntry[]} */
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`broken central directory at entry ${n}`);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * One file's content.
 * @param {Buffer} buf @param {ZipEntry} entry
 */
export function readEntry(buf, entry) {
  const at = entry.localOffset;
  if (buf.readUInt32LE(at) !== 0x04034b50) throw new Error(`${entry.name}: no local header`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`${entry.name}: compression method ${entry.method} not supported`);
}

/**
 * Every file path a manifest names (icons, scripts, pages), without a leading slash.
 * @param {any} manifest
 * @returns {string[]}
 */
export function manifestFiles(manifest) {
  /** @type {(string | undefined)[]} */
  const files = [];
  const icons = (/** @type {unknown} */ value) => {
    if (typeof value === 'string') files.push(value);
    else if (value && typeof value === 'object') files.push(...Object.values(value).filter((v) => typeof v === 'string'));
  };
  icons(manifest.icons);
  for (const key of ['action', 'browser_action', 'page_action']) {
    icons(manifest[key]?.default_icon);
    files.push(manifest[key]?.default_popup);
  }
  for (const cs of manifest.content_scripts ?? []) files.push(...(cs.js ?? []), ...(cs.css ?? []));
  files.push(manifest.background?.service_worker, ...(manifest.background?.scripts ?? []), manifest.background?.page);
  files.push(manifest.options_ui?.page, manifest.options_page, manifest.side_panel?.default_path, manifest.sidebar_action?.default_panel);
  icons(manifest.sidebar_action?.default_icon);
  return [...new Set(files.filter((f) => typeof f === 'string').map((f) => String(f).replace(/^\//, '').split(/[?#]/)[0]))];
}

/**
 * What is wrong with a store zip, given its file names and its manifest.
 * @param {string[]} names
 * @param {any} manifest  parsed manifest.json, or undefined when missing or unreadable
 * @param {{ browser: 'chrome' | 'firefox', version: string }} expect
 * @returns {string[]}
 */
export function storeProblems(names, manifest, expect) {
  const have = new Set(names);
  const problems = [];
  for (const file of STORE_REQUIRED) if (!have.has(file)) problems.push(`missing ${file}`);
  if (manifest) {
    const mv = expect.browser === 'firefox' ? 2 : 3;
    if (manifest.manifest_version !== mv) problems.push(`manifest_version is ${manifest.manifest_version}, expected ${mv}`);
    if (manifest.version !== expect.version) problems.push(`manifest version is ${manifest.version}, package.json says ${expect.version}`);
    if (expect.browser === 'firefox' && !manifest.browser_specific_settings?.gecko?.id) problems.push('no browser_specific_settings.gecko.id');
    for (const file of manifestFiles(manifest)) if (!have.has(file)) problems.push(`manifest names ${file}, which is not in the zip`);
  }
  for (const name of names) {
    if (name.endsWith('/')) continue;
    if (name.endsWith('.map')) problems.push(`source map ${name}`);
    else if (TEST_FILE.test(name)) problems.push(`test file ${name}`);
    else if (TS_SOURCE.test(name)) problems.push(`TypeScript source ${name}`);
    else if (NOT_SOURCES.test(name)) problems.push(`does not belong in a package: ${name}`);
  }
  return problems;
}

/**
 * What is wrong with the sources zip, given its file names.
 * @param {string[]} names
 * @returns {string[]}
 */
export function sourcesProblems(names) {
  const have = new Set(names);
  const problems = [];
  for (const file of SOURCES_REQUIRED) if (!have.has(file)) problems.push(`missing ${file}`);
  for (const dir of SOURCE_FOLDERS) if (!names.some((n) => n.startsWith(`${dir}/`))) problems.push(`missing the ${dir}/ folder`);
  /** @type {Set<string>} */
  const reported = new Set();
  for (const name of names) {
    const m = NOT_SOURCES.exec(name);
    if (!m) continue;
    // One line per folder, not one per file.
    const folder = name.slice(0, m.index + m[0].length).replace(/\/$/, '');
    if (reported.has(folder)) continue;
    reported.add(folder);
    // WXT leaves out node_modules, dotfiles, *.test.* files and .output by itself; anything else
    // the tests or tools write needs `zip.excludeSources` in wxt.config.ts.
    const fix = ['node_modules', '.output', '.wxt', '.git'].includes(m[2]) ? '' : `; add '${m[2]}/**' to zip.excludeSources in wxt.config.ts`;
    problems.push(`holds ${folder}/ (${m[2] === 'node_modules' ? 'installed packages' : 'written by the build or the tests'}${fix})`);
  }
  return problems;
}

/**
 * The zips `npm run zip` writes for the current package.json (WXT's default names:
 * <name>-<version>-<browser>.zip and <name>-<version>-sources.zip).
 * @param {string} [root]
 */
export function packagePaths(root = ROOT) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // WXT's safeFilename: lower case, only [a-z0-9-], spaces to dashes.
  const name = String(pkg.name).toLowerCase().replace(/[^a-z0-9-\s]/g, '').replace(/\s+/g, '-');
  const base = join(root, '.output', `${name}-${pkg.version}`);
  return {
    version: /** @type {string} */ (pkg.version),
    chrome: `${base}-chrome.zip`,
    firefox: `${base}-firefox.zip`,
    sources: `${base}-sources.zip`,
  };
}

/**
 * Checks the three zips. `missing` lists the zips not found (nothing is checked then).
 * @param {string} [root]
 * @returns {{ missing: string[], results: { zip: string, files: number, problems: string[] }[] }}
 */
export function checkPackages(root = ROOT) {
  const paths = packagePaths(root);
  const missing = [paths.chrome, paths.firefox, paths.sources].filter((p) => !existsSync(p));
  if (missing.length) return { missing, results: [] };
  const results = [];
  for (const browser of /** @type {const} */ (['chrome', 'firefox'])) {
    const buf = readFileSync(paths[browser]);
    const entries = zipEntries(buf);
    const manifestEntry = entries.find((e) => e.name === 'manifest.json');
    let manifest;
    /** @type {string[]} */
    const problems = [];
    if (manifestEntry) {
      try {
        manifest = JSON.parse(readEntry(buf, manifestEntry).toString('utf8'));
      } catch (error) {
        problems.push(`manifest.json does not parse: ${error instanceof Error ? error.message : error}`);
      }
    }
    problems.push(...storeProblems(entries.map((e) => e.name), manifest, { browser, version: paths.version }));
    results.push({ zip: paths[browser], files: entries.length, problems });
  }
  const sources = zipEntries(readFileSync(paths.sources)).map((e) => e.name);
  results.push({ zip: paths.sources, files: sources.length, problems: sourcesProblems(sources) });
  return { missing, results };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { missing, results } = checkPackages();
  if (missing.length) {
    console.error(`Missing: ${missing.map((p) => p.replace(`${ROOT}/`, '')).join(', ')}. Run \`npm run zip\` first.`);
    process.exit(1);
  }
  let bad = 0;
  for (const { zip, files, problems } of results) {
    const name = zip.replace(`${ROOT}/`, '');
    if (problems.length) {
      bad += problems.length;
      console.error(`✗ ${name} (${files} files):`);
      for (const p of problems) console.error(`    ${p}`);
    } else console.log(`✓ ${name} (${files} files)`);
  }
  process.exit(bad ? 1 : 0);
}
