import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const TOOLBAR_ICONS = {
  16: 'icon/16.png',
  32: 'icon/32.png',
  48: 'icon/48.png',
  128: 'icon/128.png',
};

// Firefox stays on MV2: under MV3 Firefox treats host permissions as optional and the content
// script would not run on news pages until the user grants them one by one.
export default defineConfig({
  // Explicit imports everywhere: a reader (and the lint rules that keep runtimes apart) sees what
  // each file pulls in.
  imports: false,
  // UI strings (English and Spanish) with typed keys and plural forms; WXT writes _locales from them.
  modules: ['@wxt-dev/i18n/module'],
  i18n: { localesDir: fileURLToPath(new URL('./data/locales', import.meta.url)) },
  // The sources zip for AMO: WXT leaves out node_modules, dotfiles, tests' *.test.* and .output;
  // test results are not sources either.
  zip: { excludeSources: ['test-results/**'] },
  hooks: {
    // The matcher's regex and tables are compiled from the lexicon before every build, so a bundle
    // never ships a stale data/generated/term-matcher.ts.
    'build:before': () => {
      execFileSync(process.execPath, [fileURLToPath(new URL('./scripts/gen-matcher.mjs', import.meta.url))], { stdio: 'inherit' });
    },
  },
  vite: () => ({
    plugins: [preact()],
    // WXT's content-script context announces every start to the page (see the file for why not).
    resolve: {
      alias: [
        { find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./utils/browser/content-script-context.ts', import.meta.url)) },
      ],
    },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // sidePanel.open (116) and the CSS Custom Highlight API (105): the lens needs both.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    // Host access lets the background inject the popover UI into a page on first use (scripting on
    // Chrome, tabs.executeScript on Firefox MV2); the content script already runs on these hosts,
    // so the install prompt is the same.
    permissions: [
      'storage',
      'activeTab',
      'contextMenus',
      // scripting: the content script is registered at run time, only where the extension is on.
      'scripting',
      ...(browser === 'firefox' ? ['http://*/*', 'https://*/*'] : ['sidePanel']),
    ],
    ...(browser === 'firefox' ? {} : { host_permissions: ['http://*/*', 'https://*/*'] }),
    // WXT fills `icons` from public/icon/<size>.png but leaves the toolbar button's icon unset.
    // Firefox gets `browser_action` directly: WXT builds it from the popup entrypoint there and then
    // drops a configured `action`, so an `action.default_icon` would not reach the MV2 manifest.
    ...(browser === 'firefox'
      ? { browser_action: { default_icon: TOOLBAR_ICONS } }
      : { action: { default_icon: TOOLBAR_ICONS } }),
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandNextTerm__',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              // Permanent once listed on AMO: a UUID id needs no domain of ours (README "Releasing").
              id: '{94995c3c-2b89-455a-9010-dd1a3d87800b}',
              // 140 brought the CSS Custom Highlight API (Firefox 140 release notes) and the
              // data_collection_permissions key; highlightsFromPoint (150) is used only where present.
              // 140 is also an ESR line, which readers in organisations run.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // On Android, data_collection_permissions arrived in 142.
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
