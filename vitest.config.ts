import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Time limits for a loaded 2-core CI machine, not for an idle laptop. The
    // property tests run thousands of cases synchronously (a limit cannot stop
    // them early, only fail them afterwards): the slowest, quickEvent against
    // valibot (20,000 cases), takes ~3-5 s alone and took 40 s beside two busy
    // processes at a load average of 10. Speed is measured by `npm run bench`,
    // never by a test's time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The JSON report is what .ci/run counts for its closing line.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
