import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'legal-time', root: 'packages/legal-time', include: ['test/**/*.test.ts'] } },
      { test: { name: 'core', root: 'packages/core', include: ['test/**/*.test.ts'] } },
      { test: { name: 'cli', root: 'packages/cli', include: ['test/**/*.test.ts'] } },
      { test: { name: 'render', root: 'packages/render', include: ['test/**/*.test.ts'] } },
      { test: { name: 'portal', root: 'apps/portal', include: ['test/**/*.test.ts'] } },
    ],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
