// Lint rules that keep the runtimes apart and the promises kept (README "Architecture"):
// the content script never bundles Dexie or Fuse.js, background and pure utils never touch the
// DOM, no HTML sinks anywhere, no network calls anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const DOM_GLOBALS = ['document', 'window', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'Node', 'navigator', 'location', 'getComputedStyle', 'requestAnimationFrame', 'CSS', 'Highlight'].map(
  (name) => ({ name, message: 'Background code and pure utils run where there is no DOM (service worker, tests).' }),
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
    files: ['entrypoints/content/**'],
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
          ],
        },
      ],
      // The page's console is the publisher's: the content script prints nothing there.
      'no-console': 'error',
    },
  },
  {
    files: ['entrypoints/background/**', 'utils/**', 'data/**'],
    rules: {
      'no-restricted-globals': ['error', ...NETWORK, ...DOM_GLOBALS],
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
