// Finds a Chrome or Chromium for the browser tests (and benchmarks):
// 1. the CHROME_PATH environment variable (then CHROMIUM_PATH),
// 2. the usual install paths on Linux and macOS,
// 3. on Debian/Ubuntu as root, installs Debian's `chromium` with apt-get,
// otherwise stops with a message that says exactly how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that work headless as root with no network (see docs/toolchain). */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // tests/browser/leak.test.ts: window.gc() and an exact performance.memory.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

const HOW_TO =
  'No Chrome or Chromium was found for the browser tests.\n' +
  '  Set CHROME_PATH=/path/to/chrome, or install one:\n' +
  '    Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
  '    Fedora:        sudo dnf install chromium\n' +
  '    macOS:         brew install --cask chromium   (or install Google Chrome)';

export function findChrome() {
  for (const name of ['CHROME_PATH', 'CHROMIUM_PATH']) {
    const value = process.env[name];
    if (value) {
      if (existsSync(value)) return value;
      throw new Error(`${name}=${value} does not exist.\n${HOW_TO}`);
    }
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.error("chronoline: no Chromium found; installing Debian's chromium with apt-get…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(HOW_TO);
}
