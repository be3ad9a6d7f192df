// Lint rules that keep the runtimes apart and the promises kept (README "Architecture"). The
// runtime rules apply to every file an entry point reaches (its import graph, from
// scripts/lib/import-graph.mjs), not to folder names: a file the background imports through
// components/ or utils/ is held to the background's rules too.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import { runtimeGraphs } from './scripts/lib/import-graph.mjs';

const graphs = runtimeGraphs();

/** What ships in the extension: it runs in browsers only. */
const EXTENSION = ['entrypoints/**', 'components/**', 'utils/**', 'data/**'];

/** Node scripts whose functions are evaluated in a page (puppeteer's evaluate) and name its globals. */
const SCRIPTS_WITH_PAGE_FUNCTIONS = ['scripts/screenshots.mjs', 'scripts/lib/axe.mjs', 'scripts/lib/session.mjs', 'scripts/bench/store.mjs'];

const DOM_GLOBALS = ['document', 'window', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'Node', 'navigator', 'location', 'getComputedStyle', 'requestAnimationFrame', 'CSS', 'Highlight'].map(
  (name) => ({ name, message: 'This file runs where there is no DOM (the background service worker, or pure logic tested without a browser).' }),
);

/**
 * Node's own globals (process, Buffer, require, __dirname, …). TypeScript files are not checked by
 * `no-undef` (the compiler is, and it sees Node's types because tests and scripts use them), so the
 * extension's files name them as restricted instead.
 */
const NODE_GLOBALS = Object.keys(globals.node)
  .filter((name) => !(name in globals.browser))
  .map((name) => ({ name, message: 'Extension code runs in a browser: Node globals do not exist there.' }));

const NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'The extension makes no network requests (README "Privacy").',
}));

/** Pure logic: no browser API, no Dexie, so it runs (and is tested) anywhere. */
const PURE = ['utils/*.ts', 'data/**/*.ts'];
const BROWSER_APIS = {
  paths: [
    { name: 'wxt/browser', message: 'Pure logic takes plain data; browser APIs live in utils/browser/ and entrypoints/.' },
    { name: 'dexie', message: 'IndexedDB lives in utils/storage/.' },
    { name: '@webext-core/messaging', message: 'Messaging lives in utils/browser/messaging.ts.' },
  ],
  patterns: [{ group: ['**/browser/*', '**/storage/*', '@/utils/browser/*', '@/utils/storage/*'], message: 'Pure logic does not reach the browser layers.' }],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Globals by where the code runs (configs' globals add up, so each file gets one of these).
  // The extension runs in browsers only; the fixture pages' own scripts too.
  { files: [...EXTENSION, 'tests/fixtures/**'], languageOptions: { globals: globals.browser } },
  // Configs and scripts run in Node.
  { files: ['*.js', '*.ts', 'scripts/**'], ignores: SCRIPTS_WITH_PAGE_FUNCTIONS, languageOptions: { globals: globals.node } },
  // Tests run in Node, some in happy-dom, and the end-to-end tests hand functions to pages; so do
  // the scripts that drive a browser and reach the page's globals.
  { files: ['tests/**', ...SCRIPTS_WITH_PAGE_FUNCTIONS], ignores: ['tests/fixtures/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    // Type-aware rules: a promise is awaited, returned, or marked `void` on purpose.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: EXTENSION,
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      // Mozilla's rules (also run by AMO's add-on linter): no HTML built from anything but constants.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      // JSX's own HTML sink, which those rules do not see.
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' }],
      'no-restricted-globals': ['error', ...NETWORK, ...NODE_GLOBALS],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Everything that runs in a page (the content script, and the lens and UI injected into its world).
    files: [...graphs['content-gate'].files, ...graphs['content-lens'].files, ...graphs['content-ui'].files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'IndexedDB in a content script is the news site’s; ask the background.' },
            { name: 'fuse.js', message: 'Search runs in the popup; the content script stays small.' },
          ],
          patterns: [
            { group: ['@/utils/storage/*', '**/utils/storage/*'], message: 'Storage belongs to the background and extension pages.' },
            { group: ['@/utils/search*', '**/utils/search*'], message: 'Search belongs to the popup.' },
            { group: ['@/data/answer-reviews*', '@/data/state-status*', '@/data/glossary*'], message: 'Checked data reaches the page as data from the background.' },
          ],
        },
      ],
      // The page's console is the publisher's: nothing the content script runs prints there.
      'no-console': 'error',
    },
  },
  {
    // Everything the background bundles, and all pure logic: no DOM there.
    files: [...graphs.background.files, ...PURE],
    rules: {
      'no-restricted-globals': ['error', ...NETWORK, ...NODE_GLOBALS, ...DOM_GLOBALS],
    },
  },
  {
    files: PURE,
    rules: { 'no-restricted-imports': ['error', BROWSER_APIS] },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
