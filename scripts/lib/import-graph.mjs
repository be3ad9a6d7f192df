// @ts-check
/**
 * What each entry point of the extension actually imports: the files and packages esbuild reaches
 * from it (resolving "@/" through tsconfig paths, as the build does). The lint rules that keep the
 * runtimes apart, and the conventions test, are keyed on these graphs rather than on folder names,
 * so a file reached through components/ or utils/ is held to the rules of every runtime it runs in.
 * Synchronous (eslint.config.js needs it at load) and about 0.3 s for all entry points.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where each runtime starts. */
export const ENTRYPOINTS = /** @type {const} */ ({
  background: 'entrypoints/background/index.ts',
  /** What every http(s) page evaluates: the gate that decides whether the lens belongs there. */
  'content-gate': 'entrypoints/content-gate/index.ts',
  /** The lens the background injects where the extension is on (same isolated world). */
  'content-lens': 'entrypoints/content-lens/index.ts',
  /** The popover UI the background injects into a page on first use (same isolated world). */
  'content-ui': 'entrypoints/content-ui/index.ts',
  popup: 'entrypoints/popup/main.tsx',
  sidepanel: 'entrypoints/sidepanel/main.tsx',
  options: 'entrypoints/options/main.tsx',
});

/** @typedef {keyof typeof ENTRYPOINTS} Runtime */
/** @typedef {{ files: string[]; packages: string[] }} ImportGraph */

/** @type {Map<string, ImportGraph>} */
const cache = new Map();

/**
 * The repository files (relative paths) and npm packages reachable from one source file.
 * @param {string} entry repository-relative path
 * @returns {ImportGraph}
 */
export function importGraph(entry) {
  const cached = cache.get(entry);
  if (cached) return cached;
  const result = buildSync({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Text and styles carry no imports of their own.
    external: ['*?raw', '*?inline', '*.css'],
    loader: { '.txt': 'text' },
  });
  const inputs = Object.keys(result.metafile?.inputs ?? {});
  const files = inputs.filter((f) => !f.startsWith('node_modules/')).sort();
  const packages = [
    ...new Set(
      inputs
        .filter((f) => f.startsWith('node_modules/'))
        .map((f) => {
          const parts = f.split('/');
          return parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1];
        }),
    ),
  ].sort();
  const graph = { files, packages };
  cache.set(entry, graph);
  return graph;
}

/** @returns {Record<Runtime, ImportGraph>} */
export function runtimeGraphs() {
  return /** @type {Record<Runtime, ImportGraph>} */ (
    Object.fromEntries(Object.entries(ENTRYPOINTS).map(([runtime, entry]) => [runtime, importGraph(entry)]))
  );
}
