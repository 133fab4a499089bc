// Fails a browser test when Lit's development build issues a warning during it
// (`change-in-update`, a reactive property shadowed by a class field, …).
//
// web-test-runner resolves packages with the `development` export condition,
// so the tests run Lit's development build. It reports a warning with
// console.warn once per page, and remembers it in globalThis.litIssuedWarnings
// (messages, and codes a page may add to silence one). web-test-runner.config.mjs
// loads this module on every test page right after the test framework, before
// the test file (and so before Lit). It
// - puts in a set that records each warning and lets Lit issue it again, so
//   every test that causes one fails, not only the first in the file;
// - adds a root afterEach hook that fails the test that just ran with the
//   warnings issued since the previous test ended, and an afterAll hook for
//   those issued after the last test.
// "Lit is in dev mode" is a notice, not a warning about the code: ignored.
// A test that means to cause a warning can silence its code the way Lit
// documents: globalThis.litIssuedWarnings.add('change-in-update').

const MESSAGE = /See https:\/\/lit\.dev\/msg\/([\w-]+) for more information\.$/;
const codeOf = (value: string) => MESSAGE.exec(value)?.[1];
const isWarning = (value: string) => {
  const code = codeOf(value);
  return code !== undefined && code !== 'dev-mode';
};

const issued: string[] = [];

class IssuedWarnings extends Set<string> {
  override has(value: string): boolean {
    return isWarning(value) ? false : super.has(value);
  }
  override add(value: string): this {
    if (isWarning(value)) issued.push(value);
    return super.add(value);
  }
}

const g = globalThis as { litIssuedWarnings?: Set<string> };
g.litIssuedWarnings = new IssuedWarnings(g.litIssuedWarnings);

const report = (warnings: string[]) =>
  new Error(
    `Lit issued ${warnings.length === 1 ? 'a dev-mode warning' : `${warnings.length} dev-mode warnings`}:\n${warnings.map((w) => `- ${w}`).join('\n')}`,
  );

mocha.suite.afterEach(function () {
  if (issued.length) (this.test as Mocha.Hook).error(report(issued.splice(0)));
});
mocha.suite.afterAll(function () {
  if (issued.length) throw report(issued.splice(0));
});
