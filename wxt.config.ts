import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox stays on MV2: under MV3 Firefox treats host permissions as optional and the content
// script would not run on news pages until the user grants them one by one.
export default defineConfig({
  // Explicit imports everywhere: a reader (and the lint rules that keep runtimes apart) sees what
  // each file pulls in.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
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
              id: 'data-sharing-lens@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
