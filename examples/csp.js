// The script of examples/csp.html (a page with a strict Content-Security-Policy
// allows no inline script). It records every policy violation the page sees,
// in window.chronolineCspViolations (the browser test reads it), and shows
// the count on the page. A classic script, loaded before the bundle, so it
// is listening before anything else runs.
(function () {
  /** @type {{directive: string, blocked: string, source: string, sample: string}[]} */
  var violations = (window.chronolineCspViolations = []);

  function show() {
    var out = document.getElementById('csp-report');
    if (!out) return;
    out.textContent = violations.length
      ? violations.length +
        ' Content-Security-Policy violation' +
        (violations.length === 1 ? '' : 's') +
        ': ' +
        violations
          .map(function (v) {
            return v.directive + ' (' + (v.blocked || 'inline') + (v.source ? ' at ' + v.source : '') + ')';
          })
          .join('; ')
      : 'No Content-Security-Policy violations so far.';
  }

  document.addEventListener('securitypolicyviolation', function (e) {
    violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      source: e.sourceFile ? e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber : '',
      sample: e.sample,
    });
    show();
  });
  document.addEventListener('DOMContentLoaded', show);
})();
