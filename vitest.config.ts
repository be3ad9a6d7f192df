import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // As in wxt.config.ts: the content-script context the extension ships (it tells the page nothing),
  // not WXT's, so unit tests run the lens as built.
  resolve: {
    alias: [
      { find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./utils/browser/content-script-context.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
