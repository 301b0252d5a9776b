import { defineConfig } from 'vitest/config';

// Real processes and a real browser: a loaded CI machine must not turn a slow start into a failure.
// Projects do not inherit the root's test options, so each one gets them.
const common = { testTimeout: 30_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { ...common, name: 'legal-time', root: 'packages/legal-time', include: ['test/**/*.test.ts'] } },
      { test: { ...common, name: 'core', root: 'packages/core', include: ['test/**/*.test.ts'] } },
      { test: { ...common, name: 'cli', root: 'packages/cli', include: ['test/**/*.test.ts'] } },
      { test: { ...common, name: 'render', root: 'packages/render', include: ['test/**/*.test.ts'] } },
      { test: { ...common, name: 'portal', root: 'apps/portal', include: ['test/**/*.test.ts'] } },
    ],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
