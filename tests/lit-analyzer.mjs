// `npm run lint:lit`: lit-analyzer in strict mode over the components' templates
// (bindings checked against element properties and attribute types), failing
// on its errors, warnings allowed.
//
// One known false positive is reported as a warning instead of failing:
// lit-analyzer 2.0.3 does not know that `nothing` in an attribute binding
// removes the attribute, so `lang=${pickLang(...) ?? nothing}` is reported as
// "Type 'string | Symbol(undefined)' is not assignable to 'string'"
// (runem/lit-analyzer#207 and #251; the fix, PR #364, is unreleased there).
// Only errors whose source type contains a symbol are downgraded; every other
// error still fails.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cli = join(dirname(createRequire(import.meta.url).resolve('lit-analyzer/package.json')), 'cli.js');
const globs = process.argv.slice(2).length ? process.argv.slice(2) : ['src/components'];

const run = spawnSync(process.execPath, [cli, ...globs, '--strict', '--format', 'list', '--noColor'], {
  cwd: root,
  encoding: 'utf8',
});
const out = `${run.stdout ?? ''}${run.stderr ?? ''}`;

const NOTHING_IN_ATTRIBUTE = /^Type '[^']*\bSymbol\([^)]*\)[^']*' is not assignable to '[^']*'$/;
const DIAGNOSTIC = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.*?)\s*$/;
const SUMMARY = /(?:✓ Found 0 problems|✖ \d+ problems? in \d+ files? \((\d+) errors?, (\d+) warnings?\))/;

let file = '';
let errors = 0;
let warnings = 0;
let downgraded = 0;
let reportedErrors = 0;
const lines = [];
for (const line of out.split('\n')) {
  if (line.startsWith('./')) {
    file = line.trim();
    continue;
  }
  const m = DIAGNOSTIC.exec(line);
  if (!m) continue;
  const [, row, col, severity, message] = m;
  if (severity === 'error') reportedErrors++;
  if (severity === 'error' && !NOTHING_IN_ATTRIBUTE.test(message)) {
    errors++;
    lines.push(`${file}:${row}:${col}  error    ${message}`);
  } else {
    if (severity === 'error') downgraded++;
    else warnings++;
    lines.push(
      `${file}:${row}:${col}  warning  ${message}${severity === 'error' ? '  (lit-analyzer#251: `nothing` in an attribute binding)' : ''}`,
    );
  }
}

const summary = SUMMARY.exec(out);
// A crash, an unknown output format or a changed summary must not pass silently.
if (
  !/Analyzing \d+ files?/.test(out) ||
  !summary ||
  (run.status !== 0 && run.status !== 1) ||
  (summary[1] !== undefined && Number(summary[1]) !== reportedErrors)
) {
  console.error(out);
  console.error(`lit-analyzer did not run to completion (exit status ${run.status}${run.error ? `, ${run.error.message}` : ''}).`);
  process.exit(2);
}

for (const l of lines) console.log(l);
console.log(
  `lit-analyzer --strict ${globs.join(' ')}: ${errors} error(s), ${warnings + downgraded} warning(s)` +
    (downgraded ? ` (${downgraded} of them \`nothing\` in an attribute binding, a known lit-analyzer 2 false positive)` : ''),
);
process.exit(errors ? 1 : 0);
