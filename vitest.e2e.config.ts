import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension (npm run build first).
// One file at a time: two browsers per file already fill this machine's two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    retry: process.env.CI ? 1 : 0,
  },
});
