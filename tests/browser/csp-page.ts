/** What examples/csp.html records: every securitypolicyviolation event. */
export type Violation = { directive: string; blocked: string; source: string; sample: string };
export type CspWindow = Window & typeof globalThis & { chronolineCspViolations: Violation[] };

/** Opens examples/csp.html (its strict CSP, the CDN build) in an 1100 × 900 iframe, once loaded. */
export async function openCspPage(): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1100px';
  iframe.style.height = '900px';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  iframe.src = '/examples/csp.html';
  document.body.append(iframe);
  await loaded;
  return iframe;
}
