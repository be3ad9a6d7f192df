// Lint rules that keep the runtimes apart and the promises kept (README "Architecture"). The
// runtime rules apply to every file an entry point reaches (its import graph, from
// scripts/lib/import-graph.mjs), not to folder names: a file the background imports through
// components/ or utils/ is held to the background's rules too.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { runtimeGraphs } from './scripts/lib/import-graph.mjs';

const graphs = runtimeGraphs();

const DOM_GLOBALS = ['document', 'window', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'Node', 'navigator', 'location', 'getComputedStyle', 'requestAnimationFrame', 'CSS', 'Highlight'].map(
  (name) => ({ name, message: 'This file runs where there is no DOM (the background service worker, or pure logic tested without a browser).' }),
);

const HTML_SINKS = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render text, never HTML: page and document text is untrusted.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text, never HTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write/]", message: 'Render text, never HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
];

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
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['entrypoints/**', 'components/**', 'utils/**', 'data/**'],
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      'no-restricted-globals': ['error', ...NETWORK],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Everything that runs in a page (the content script and the UI injected on first use).
    files: [...graphs.content.files, ...graphs['content-ui'].files],
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
      'no-restricted-globals': ['error', ...NETWORK, ...DOM_GLOBALS],
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
