/**
 * Builds the benchmark's probes (scripts/bench/probes/*.ts) into one-file browser scripts with
 * Vite, from the extension's own sources, so a probe runs the very functions the extension runs.
 * The probes are evaluated through the DevTools protocol in a page, an extension page or the
 * content script's isolated world; nothing of them ships in the extension.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../lib/paths.mjs';

/**
 * @param {string} name  probe file name without extension, e.g. 'scan-probe'
 * @param {string} globalName  where the probe puts its API (globalThis[globalName])
 * @returns {Promise<string>} the script's source
 */
export async function buildProbe(name, globalName) {
  const output = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT } },
    // Same target as the extension (wxt.config.ts), so the engine runs the same kind of code.
    build: {
      target: 'es2022',
      write: false,
      minify: true,
      lib: { entry: resolve(ROOT, `scripts/bench/probes/${name}.ts`), name: globalName, formats: ['iife'], fileName: name },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const chunk = chunks.find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bench: building ${name} produced no script`);
  // An IIFE assigned to a var: make it a property so it survives evaluation in any context.
  return `${chunk.code};globalThis.${globalName} = ${globalName};`;
}
