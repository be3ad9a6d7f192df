/**
 * The store packages: the check scripts/zip-check.mjs runs in `npm test` after `npm run zip`, here
 * on whatever .output/*.zip the last `npm run zip` left (skipped when there are none), and the
 * check's own rules on made-up file lists (always).
 */
import { describe, expect, it } from 'vitest';
import { checkPackages, manifestFiles, packagePaths, sourcesProblems, STORE_REQUIRED, storeProblems } from '../../scripts/zip-check.mjs';
import { GATE_CSS, GATE_JS } from '@/utils/gate-registration';

const paths = packagePaths();
const { missing, results } = checkPackages();
const NO_ZIPS = `skipped: no ${missing.map((p) => p.replace(/^.*\/\.output\//, '.output/')).join(', ')} (run \`npm run zip\` first)`;

describe('store packages', () => {
  it.skipIf(missing.length > 0)(`hold what the stores need and nothing else${missing.length ? ` — ${NO_ZIPS}` : ''}`, () => {
    expect(results.map((r) => r.zip)).toEqual([paths.chrome, paths.firefox, paths.sources]);
    for (const { zip, problems } of results) expect(problems, zip).toEqual([]);
  });
});

describe('zip check rules', () => {
  const manifest = (browser: 'chrome' | 'firefox') => ({
    manifest_version: browser === 'firefox' ? 2 : 3,
    version: '1.2.3',
    icons: { 16: 'icon/16.png', 128: 'icon/128.png' },
    content_scripts: [{ js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] }],
    background: browser === 'firefox' ? { scripts: ['background.js'] } : { service_worker: 'background.js' },
    ...(browser === 'firefox'
      ? { browser_action: { default_popup: 'popup.html' }, browser_specific_settings: { gecko: { id: 'x@example.org' } } }
      : { action: { default_popup: 'popup.html' } }),
  });
  const complete = [...STORE_REQUIRED, 'content-scripts/content.js', 'content-scripts/content.css', 'background.js', 'popup.html'];

  it('wants the gate and its style sheet under the names the background registers them by', () => {
    // No manifest names them (they are registered at run time), so only this list keeps a renamed
    // build output from shipping a registration that points at nothing.
    expect(STORE_REQUIRED).toContain(GATE_JS);
    expect(STORE_REQUIRED).toContain(GATE_CSS);
  });

  it('accepts a complete store zip', () => {
    expect(storeProblems(complete, manifest('chrome'), { browser: 'chrome', version: '1.2.3' })).toEqual([]);
    expect(storeProblems(complete, manifest('firefox'), { browser: 'firefox', version: '1.2.3' })).toEqual([]);
  });

  it('finds what a store zip lacks and what it must not hold', () => {
    const names = [...complete.filter((f) => f !== 'icon/48.png' && f !== '_locales/es/messages.json' && f !== 'popup.html'), 'background.js.map', 'chunks/a.test.js', 'utils/search.ts', 'Popup.tsx'];
    expect(storeProblems(names, manifest('chrome'), { browser: 'chrome', version: '1.2.4' })).toEqual([
      'missing icon/48.png',
      'missing _locales/es/messages.json',
      'manifest version is 1.2.3, package.json says 1.2.4',
      'manifest names popup.html, which is not in the zip',
      'source map background.js.map',
      'test file chunks/a.test.js',
      'TypeScript source utils/search.ts',
      'TypeScript source Popup.tsx',
    ]);
    expect(storeProblems(complete, { ...manifest('firefox'), browser_specific_settings: undefined }, { browser: 'firefox', version: '1.2.3' })).toEqual([
      'no browser_specific_settings.gecko.id',
    ]);
  });

  it('reads every file a manifest names', () => {
    expect(manifestFiles({ ...manifest('chrome'), side_panel: { default_path: 'sidepanel.html' }, options_ui: { page: '/options.html' } }).sort()).toEqual(
      ['background.js', 'content-scripts/content.css', 'content-scripts/content.js', 'icon/128.png', 'icon/16.png', 'options.html', 'popup.html', 'sidepanel.html'],
    );
  });

  it('wants the sources and nothing built or installed in the sources zip', () => {
    const good = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/popup/Popup.tsx', 'components/i18n.ts', 'utils/search.ts', 'data/states.ts', 'public/icon/16.png'];
    expect(sourcesProblems(good)).toEqual([]);
    expect(sourcesProblems([...good.filter((f) => f !== 'package-lock.json' && !f.startsWith('data/')), 'node_modules/a/index.js', 'node_modules/b/index.js', '.output/chrome-mv3/manifest.json', 'test-results/unit.json'])).toEqual([
      'missing package-lock.json',
      'missing the data/ folder',
      'holds node_modules/ (installed packages)',
      'holds .output/ (written by the build or the tests)',
      "holds test-results/ (written by the build or the tests; add 'test-results/**' to zip.excludeSources in wxt.config.ts)",
    ]);
  });
});
