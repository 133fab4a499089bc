// Browser tests: tests/browser/**/*.test.ts in the system Chrome/Chromium
// (found by tests/find-chrome.mjs), served from 127.0.0.1 only.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_ARGS, findChrome } from './tests/find-chrome.mjs';

const executablePath = findChrome();

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 1,
  testsFinishTimeout: 180_000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
};
