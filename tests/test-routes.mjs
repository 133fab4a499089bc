// A web-test-runner plugin with the routes the network tests need, under
// /__test/ on the test server (127.0.0.1), and a second server on another
// 127.0.0.1 port: another origin, which sends no CORS headers.
//
//   /__test/chronology?title=T&events=N&ms=D  a valid chronology, after D ms
//   /__test/status/CODE?text=Reason            an error status with a JSON body
//   /__test/html-error?status=200              an HTML error page
//   /__test/text                               200 text/plain, not JSON
//   /__test/empty                              200 with an empty body
//   /__test/reset                              the socket is destroyed (a network error)
//   /__test/stall-body?ms=D                    headers and half a body, the rest after D ms
//   /__test/flaky?key=K&fail=N                 503 for the first N requests of K, then a chronology
//   /__test/log?key=K                          {requests, aborted, completed} of the requests that carried key=K
//   /__test/cross-origin                       {url, hits}: a chronology URL on the other origin, and how often it was asked for
//   /__test/june?ms=D                          the shipped June 2025 chronology, after D ms (article-page tests)
//   /__test/fixture/NAME                       a file of tests/fixtures/timelinejs/ (real TimelineJS JSON and Sheets CSV)
//   /__test/slow-cdn/PATH                      dist/cdn/PATH (the CDN build), its chunks (chunks/*) each after 300 ms
//   /__test/live?key=K                         a live story: the first request of K gets liveChronology(1), later ones liveChronology(2)
//   /__test/live-csv?key=K                     the same story as CSV (chronoline's flat layout): liveCsv(1), then liveCsv(2)
//   /__test/live-timelinejs?key=K              the same story as TimelineJS JSON: liveTimelineJS(1), then liveTimelineJS(2)
//
// Any request may carry key=K to be counted in /__test/log?key=K (aborted:
// the client closed the connection before the answer was complete).
import { readFile } from 'node:fs/promises';
import http from 'node:http';

const FIXTURES = new URL('./fixtures/timelinejs/', import.meta.url);
const JUNE = new URL('../src/data/june-2025-diplomacy.json', import.meta.url);

/** A small valid chronology whose title tells the tests which answer landed. */
export function testChronology(title = 'Test chronology', events = 3) {
  return {
    schemaVersion: 1,
    id: 'test',
    title,
    timeZone: 'UTC',
    actors: [{ id: 'a', name: 'Actor A', kind: 'person' }],
    topics: [{ id: 't', label: 'Topic', color: '#1f5fa8' }],
    events: Array.from({ length: events }, (_, i) => ({
      id: `e${i}`,
      title: `${title}: event ${i}`,
      start: `2025-06-${String(1 + (i % 28)).padStart(2, '0')}`,
      actors: [{ id: 'a' }],
      topics: ['t'],
      sources: [{ publisher: 'Wire', url: `https://example.com/${i}` }],
    })),
  };
}

/**
 * A live story in two versions: version 2 adds one event (`e-new`, 10 June
 * 14:05 UTC) and changes one (`e1`'s title); the others are the same.
 */
export function liveChronology(version = 1) {
  const c = testChronology('Live', 6);
  if (version < 2) return c;
  c.events[1].title = 'Live: event 1 (updated)';
  c.events.push({
    id: 'e-new',
    title: 'Live: a new event',
    start: '2025-06-10T14:05:00Z',
    actors: [{ id: 'a' }],
    topics: ['t'],
    sources: [{ publisher: 'Wire', url: 'https://example.com/new' }],
  });
  return c;
}

/** A CSV field, quoted when it must be. */
const cell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** The live story as CSV in chronoline's flat layout (one row per event; the corrected event carries its correction). */
export function liveCsv(version = 1) {
  const c = liveChronology(version);
  const rows = [['id', 'title', 'start', 'actors', 'topics', 'source_url', 'source_publisher', 'correction', 'correction_date']];
  for (const e of c.events) {
    const fixed = version >= 2 && e.id === 'e1';
    rows.push([
      e.id,
      e.title,
      e.start,
      'a',
      't',
      e.sources[0].url,
      'Wire',
      fixed ? 'The title said event 1 only.' : '',
      fixed ? '2025-06-11' : '',
    ]);
  }
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** The live story as TimelineJS JSON (each event a slide with its unique_id). */
export function liveTimelineJS(version = 1) {
  const c = liveChronology(version);
  const date = (iso) => {
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    const t = /T(\d\d):(\d\d)/.exec(iso);
    return { year: y, month: m, day: d, ...(t ? { hour: Number(t[1]), minute: Number(t[2]) } : {}) };
  };
  return {
    title: { text: { headline: 'Live', text: 'A live story' } },
    events: c.events.map((e) => ({
      unique_id: e.id,
      start_date: date(e.start),
      text: { headline: e.title, text: `<a href="${e.sources[0].url}">Wire</a>` },
    })),
  };
}

export function testRoutesPlugin() {
  /** @type {Map<string, {requests: number, aborted: number, completed: number}>} */
  const log = new Map();
  const flaky = new Map();
  const live = new Map();
  /** @type {http.Server | undefined} */
  let cross;
  let crossOrigin = '';
  let crossHits = 0;

  const json = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
    res.end(JSON.stringify(body));
  };

  /** Waits, unless the client goes away first (then resolves false). */
  const wait = (req, res, ms) =>
    new Promise((resolve) => {
      if (!(ms > 0)) return resolve(!res.destroyed);
      const timer = setTimeout(() => resolve(!res.destroyed), ms);
      res.once('close', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });

  async function handle(req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const q = (name) => url.searchParams.get(name);
    const key = q('key');
    if (key && url.pathname !== '/__test/log') {
      const entry = log.get(key) ?? { requests: 0, aborted: 0, completed: 0 };
      log.set(key, entry);
      entry.requests++;
      res.once('close', () => (res.writableFinished ? entry.completed++ : entry.aborted++));
    }
    const path = url.pathname.slice('/__test/'.length);
    const status = /^status\/(\d{3})$/.exec(path);
    if (status) {
      const code = Number(status[1]);
      if (q('text')) res.statusMessage = q('text');
      return json(res, code, { error: `status ${code}` });
    }
    const fixture = /^fixture\/([\w.-]+\.(json|csv))$/.exec(path);
    if (fixture) {
      const body = await readFile(new URL(fixture[1], FIXTURES));
      res.writeHead(200, {
        'Content-Type': fixture[2] === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
        'Cache-Control': 'no-store',
      });
      return res.end(body);
    }
    // The CDN build with slow chunks: what the entry imports (./chunks/…) resolves here too.
    const cdn = /^slow-cdn\/((?:chunks\/)?[\w-]+(?:\.[\w-]+)*\.js)$/.exec(path);
    if (cdn) {
      const body = await readFile(new URL(`../dist/cdn/${cdn[1]}`, import.meta.url)).catch(() => null);
      if (!body) return json(res, 404, { error: 'not found' });
      if (cdn[1].startsWith('chunks/') && !(await wait(req, res, 300))) return;
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end(body);
    }
    switch (path) {
      case 'chronology':
        if (!(await wait(req, res, Number(q('ms') ?? 0)))) return;
        return json(res, 200, testChronology(q('title') ?? undefined, Number(q('events') ?? 3)));
      case 'june': {
        if (!(await wait(req, res, Number(q('ms') ?? 0)))) return;
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        return res.end(await readFile(JUNE));
      }
      case 'html-error': {
        const code = Number(q('status') ?? 200);
        res.writeHead(code, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        return res.end(
          '<!doctype html><html><head><title>Service temporarily unavailable</title></head>' +
            '<body><h1>Service temporarily unavailable</h1><p>Please try again later.</p></body></html>',
        );
      }
      case 'text':
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        return res.end('OK, but not JSON');
      case 'empty':
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Content-Length': '0' });
        return res.end();
      case 'reset':
        return req.socket.destroy();
      case 'stall-body': {
        const body = JSON.stringify(testChronology('Stalled'));
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Cache-Control': 'no-store',
          'Content-Length': String(Buffer.byteLength(body)),
        });
        res.write(body.slice(0, 20));
        if (!(await wait(req, res, Number(q('ms') ?? 5000)))) return;
        return res.end(body.slice(20));
      }
      case 'flaky': {
        const n = (flaky.get(key) ?? 0) + 1;
        flaky.set(key, n);
        if (n <= Number(q('fail') ?? 1)) return json(res, 503, { error: 'down' });
        return json(res, 200, testChronology(q('title') ?? 'Recovered'));
      }
      case 'live': {
        const n = (live.get(key) ?? 0) + 1;
        live.set(key, n);
        return json(res, 200, liveChronology(n));
      }
      case 'live-csv':
      case 'live-timelinejs': {
        const n = (live.get(`${path}:${key}`) ?? 0) + 1;
        live.set(`${path}:${key}`, n);
        if (path === 'live-timelinejs') return json(res, 200, liveTimelineJS(n));
        res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store' });
        return res.end(liveCsv(n));
      }
      case 'log':
        return json(res, 200, log.get(key) ?? { requests: 0, aborted: 0, completed: 0 });
      case 'cross-origin':
        return json(res, 200, { url: `${crossOrigin}/chronology.json`, hits: crossHits });
      default:
        return json(res, 404, { error: `no test route ${path}` });
    }
  }

  return {
    name: 'chronoline-test-routes',
    async serverStart({ server }) {
      // The other origin: same loopback address, another port, no CORS headers.
      cross = http.createServer((req, res) => {
        crossHits++;
        json(res, 200, testChronology('Cross-origin'));
      });
      await new Promise((resolve) => cross.listen(0, '127.0.0.1', resolve));
      crossOrigin = `http://127.0.0.1:${cross.address().port}`;
      // Routes under /__test/ are answered here, before the dev server's koa
      // app (whose middleware is fixed once it started); the rest go on to it.
      const others = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (req.url?.startsWith('/__test/')) {
          handle(req, res).catch((e) => {
            if (!res.headersSent) json(res, 500, { error: String(e) });
            else res.destroy();
          });
          return;
        }
        for (const listener of others) listener.call(server, req, res);
      });
    },
    async serverStop() {
      if (!cross) return;
      cross.closeAllConnections?.();
      await new Promise((resolve) => cross.close(() => resolve()));
    },
  };
}
