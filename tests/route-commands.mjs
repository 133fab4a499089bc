// A web-test-runner plugin: request interception for tests that must not
// touch the network, through the test page's Playwright page (page.route).
// The browser makes its real request (fetch, CORS and all); Playwright
// answers it before it leaves the machine.
//
//   executeServerCommand('route-answer', { prefix, body, contentType })
//       every request whose URL starts with `prefix` is answered 200 with
//       `body` (and `Access-Control-Allow-Origin: *`); its URL is logged.
//   executeServerCommand('route-log', { prefix })  → the URLs asked for so far
//   executeServerCommand('route-clear', { prefix }) stops answering, forgets the log
//
// Routes are per test page (session); a page's routes end with it.

/** session id → prefix → { log, handler } */
const routes = new Map();

export function routeCommandsPlugin() {
  return {
    name: 'chronoline-route-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'route-answer' && command !== 'route-log' && command !== 'route-clear') return undefined;
      const page = session.browser.getPage(session.id);
      if (!routes.has(session.id)) routes.set(session.id, new Map());
      const mine = routes.get(session.id);
      const { prefix } = payload;
      if (typeof prefix !== 'string' || !/^https?:\/\//.test(prefix)) throw new Error(`route prefix must be an http(s) URL: ${prefix}`);
      if (command === 'route-log') return mine.get(prefix)?.log ?? [];
      const old = mine.get(prefix);
      if (old) {
        await page.unroute(old.matcher, old.handler);
        mine.delete(prefix);
      }
      if (command === 'route-clear') return true;
      const { body = '', contentType = 'text/plain' } = payload;
      const log = [];
      const matcher = (url) => url.href.startsWith(prefix);
      const handler = (route) => {
        log.push(route.request().url());
        return route.fulfill({ status: 200, body, contentType, headers: { 'access-control-allow-origin': '*' } });
      };
      await page.route(matcher, handler);
      mine.set(prefix, { log, matcher, handler });
      return true;
    },
  };
}
