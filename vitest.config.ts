import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Lint-rule tests start ESLint with type information, which is slow to warm up.
    testTimeout: 30_000,
  },
});
