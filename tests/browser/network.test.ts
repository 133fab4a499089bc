// <event-timeline src> against real network failures, served by the test
// server on 127.0.0.1 (tests/test-routes.mjs): HTTP errors, an HTML error
// page, bodies that are not JSON, a reset connection, another origin without
// CORS headers, timeouts, cancellation when src changes or the element is
// removed (the last src wins), and Retry. No promise may be left rejected
// without a handler.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { LoadError, loadJson } from '../../src/load/load.js';
import { frames, marks, sr } from './helpers.js';

type ErrorDetail = { message: string; kind?: string; url?: string; status?: number; problems?: unknown[] };

const unhandled: unknown[] = [];
window.addEventListener('unhandledrejection', (e) => unhandled.push(e.reason));

let keyN = 0;
/** A key unique to this run, for the server's request log. */
const newKey = () => `k${Date.now().toString(36)}-${keyN++}`;

async function serverLog(key: string): Promise<{ requests: number; aborted: number; completed: number }> {
  return (await fetch(`/__test/log?key=${key}`)).json();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` is true (or fails after `ms`). */
async function until(check: () => boolean | Promise<boolean>, ms = 5000, what = 'condition') {
  const t0 = performance.now();
  while (!(await check())) {
    if (performance.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Mounts a timeline with `src` and waits for its data-error. */
async function failWith(src: string, attrs: { timeout?: number } = {}) {
  const failed = oneEvent(document, 'data-error');
  const t0 = performance.now();
  const el = await fixture<EventTimeline>(html`<event-timeline src=${src} timeout=${attrs.timeout ?? 15000}></event-timeline>`);
  const ev = (await failed) as CustomEvent<ErrorDetail>;
  const elapsed = performance.now() - t0;
  expect(ev.target).to.equal(el);
  await el.updateComplete;
  const error = sr(el).querySelector('[part=error]');
  expect(error, '[part=error]').to.exist;
  return { el, detail: ev.detail, error: error!, text: error!.textContent!.replace(/\s+/g, ' ').trim(), elapsed };
}

const retryButton = (el: Element) =>
  [...sr(el).querySelectorAll<HTMLButtonElement>('[part=error] button')].find((b) => b.textContent!.trim() === 'Retry');

const titleOf = (el: EventTimeline) => sr(el).querySelector('[part=title]')?.textContent?.trim();

describe('<event-timeline src> on a failing network', () => {
  afterEach(async () => {
    // Late rejections surface a task later.
    await sleep(0);
    expect(unhandled, 'unhandled promise rejections').to.deep.equal([]);
  });

  describe('each failure has its own message, data-error details and a Retry button', () => {
    it('HTTP 500: the status and reason, kind http', async () => {
      const { detail, text, el } = await failWith('/__test/status/500');
      expect(detail.kind).to.equal('http');
      expect(detail.status).to.equal(500);
      expect(detail.url).to.equal('/__test/status/500');
      expect(detail.message).to.equal('the server answered 500 Internal Server Error for /__test/status/500');
      expect(text).to.equal(
        'The chronology could not be loaded: the server answered 500 Internal Server Error for /__test/status/500 Retry',
      );
      expect(retryButton(el), 'Retry').to.exist;
      expect(marks(el)).to.have.length(0);
      expect(sr(el).querySelector('[part=status]')).to.not.exist;
    });

    it('HTTP 404 with a custom reason phrase', async () => {
      const { detail } = await failWith('/__test/status/404?text=No%20Such%20Story');
      expect(detail.message).to.equal('the server answered 404 No Such Story for /__test/status/404?text=No%20Such%20Story');
      expect(detail.status).to.equal(404);
    });

    it('an HTML error page with status 200: not JSON, it looks like an HTML page, with its title', async () => {
      const { detail, text } = await failWith('/__test/html-error');
      expect(detail.kind).to.equal('not-json');
      expect(detail.message).to.equal(
        '/__test/html-error is not JSON: it looks like an HTML page ("Service temporarily unavailable"), perhaps an error or login page',
      );
      expect(text).to.contain('looks like an HTML page');
    });

    it('an HTML error page with status 502 is reported as the HTTP error it is', async () => {
      const { detail } = await failWith('/__test/html-error?status=502');
      expect(detail.kind).to.equal('http');
      expect(detail.message).to.equal('the server answered 502 Bad Gateway for /__test/html-error?status=502');
    });

    it('a text body that is not JSON: the parser says where', async () => {
      const { detail } = await failWith('/__test/text');
      expect(detail.kind).to.equal('not-json');
      expect(detail.message).to.match(/^\/__test\/text is not JSON \(.*(JSON|token).*\)$/);
    });

    it('an empty body', async () => {
      const { detail } = await failWith('/__test/empty');
      expect(detail.kind).to.equal('not-json');
      expect(detail.message).to.equal('/__test/empty is not JSON: the response is empty');
    });

    it('a connection reset by the server: a network error', async () => {
      const { detail, el } = await failWith('/__test/reset');
      expect(detail.kind).to.equal('network');
      expect(detail.message).to.equal(
        'could not reach /__test/reset: the network request failed (offline, or the connection was refused or closed)',
      );
      expect(retryButton(el), 'Retry').to.exist;
    });

    it('another origin without CORS headers: a CORS message (and the server did answer)', async () => {
      const before = (await (await fetch('/__test/cross-origin')).json()) as { url: string; hits: number };
      expect(new URL(before.url).origin).to.not.equal(location.origin);
      expect(new URL(before.url).hostname).to.equal('127.0.0.1');
      const { detail, el } = await failWith(before.url);
      expect(detail.kind).to.equal('network');
      expect(detail.message).to.equal(
        `could not read ${before.url}: the server could not be reached, or it does not allow this page to read it (no CORS header for this origin)`,
      );
      const after = (await (await fetch('/__test/cross-origin')).json()) as { hits: number };
      expect(after.hits, 'the cross-origin server answered: the browser refused the answer').to.equal(before.hits + 1);
      expect(retryButton(el), 'Retry').to.exist;
    });

    it('a fatal data problem (JSON that is not a chronology) carries the problems in data-error', async () => {
      const { detail } = await failWith('/__test/status/200');
      expect(detail.kind).to.equal('data');
      expect(detail.message).to.equal('events: is missing: a chronology needs an events array');
      expect(detail.problems).to.deep.equal([
        { path: 'events', message: 'is missing: a chronology needs an events array', severity: 'fatal' },
      ]);
    });
  });

  describe('timeout', () => {
    it('gives up after the timeout attribute (ms), says so, and cancels the request', async () => {
      const key = newKey();
      const { el, detail, elapsed } = await failWith(`/__test/chronology?ms=4000&key=${key}`, { timeout: 300 });
      expect(el.timeout).to.equal(300);
      expect(detail.kind).to.equal('timeout');
      expect(detail.message).to.equal(`/__test/chronology?ms=4000&key=${key} did not answer within 300 ms (timed out)`);
      expect(elapsed).to.be.within(250, 2500);
      await until(async () => (await serverLog(key)).aborted === 1, 3000, 'the server to see the request cancelled');
      expect(await serverLog(key)).to.deep.equal({ requests: 1, aborted: 1, completed: 0 });
      expect(retryButton(el), 'Retry').to.exist;
    });

    it('also times out on a body that stalls after the headers', async () => {
      const { detail } = await failWith('/__test/stall-body?ms=5000', { timeout: 400 });
      expect(detail.kind).to.equal('timeout');
      expect(detail.message).to.contain('did not answer within 400 ms (timed out)');
    });

    it('defaults to 15 s and timeout="0" waits without limit', async () => {
      const el = document.createElement('event-timeline');
      expect(el.timeout).to.equal(15000);
      const rendered = oneEvent(document, 'rendered');
      const mounted = await fixture<EventTimeline>(
        html`<event-timeline timeout="0" src="/__test/chronology?ms=300&amp;title=Patient"></event-timeline>`,
      );
      await rendered;
      expect(mounted.timeout).to.equal(0);
      expect(titleOf(mounted)).to.equal('Patient');
    });

    it('a timeout attribute that is not a number falls back to the default instead of failing', async () => {
      const rendered = oneEvent(document, 'rendered');
      const el = await fixture<EventTimeline>(
        html`<event-timeline timeout="soon" src="/__test/chronology?ms=50&amp;title=Default"></event-timeline>`,
      );
      await rendered;
      expect(Number.isNaN(el.timeout)).to.be.true;
      expect(titleOf(el)).to.equal('Default');
    });
  });

  describe('cancellation: the last src wins', () => {
    it('aborts the previous request when src changes, even when the first answer is slower', async () => {
      const [k1, k2] = [newKey(), newKey()];
      const loads: string[] = [];
      const onLoad = (e: Event) => loads.push((e.target as EventTimeline).chronology?.title as string);
      document.addEventListener('data-load', onLoad);
      try {
        const el = await fixture<EventTimeline>(
          html`<event-timeline src="/__test/chronology?ms=1200&amp;title=First&amp;key=${k1}"></event-timeline>`,
        );
        await until(async () => (await serverLog(k1)).requests === 1, 3000, 'the first request');
        const rendered = oneEvent(el, 'rendered');
        el.src = `/__test/chronology?ms=100&title=Second&key=${k2}`;
        await rendered;
        expect(titleOf(el)).to.equal('Second');
        // Past the moment the first answer would have landed.
        await sleep(1500);
        await el.updateComplete;
        expect(titleOf(el)).to.equal('Second');
        expect(loads).to.deep.equal(['Second']);
        expect(await serverLog(k1)).to.deep.equal({ requests: 1, aborted: 1, completed: 0 });
        expect(await serverLog(k2)).to.deep.equal({ requests: 1, aborted: 0, completed: 1 });
      } finally {
        document.removeEventListener('data-load', onLoad);
      }
    });

    it('keeps the last of three quick src changes, whatever order the answers come in', async () => {
      const keys = [newKey(), newKey(), newKey()];
      const loads: string[] = [];
      const onLoad = (e: Event) => loads.push((e.target as EventTimeline).chronology?.title as string);
      document.addEventListener('data-load', onLoad);
      try {
        const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
        const rendered = oneEvent(el, 'rendered');
        el.src = `/__test/chronology?ms=50&title=A&key=${keys[0]}`;
        await el.updateComplete;
        el.src = `/__test/chronology?ms=900&title=B&key=${keys[1]}`;
        await el.updateComplete;
        el.src = `/__test/chronology?ms=400&title=C&key=${keys[2]}`;
        await rendered;
        await sleep(1000);
        expect(titleOf(el)).to.equal('C');
        expect(loads).to.deep.equal(['C']);
        expect((await serverLog(keys[2]!)).completed).to.equal(1);
        // B was cancelled (before or after it reached the server): it never completed.
        const b = await serverLog(keys[1]!);
        expect(b.completed).to.equal(0);
        expect(b.aborted).to.equal(b.requests);
      } finally {
        document.removeEventListener('data-load', onLoad);
      }
    });

    it('setting .data while src is loading cancels the request; the data is shown', async () => {
      const key = newKey();
      const el = await fixture<EventTimeline>(
        html`<event-timeline src="/__test/chronology?ms=800&amp;title=Fetched&amp;key=${key}"></event-timeline>`,
      );
      await until(async () => (await serverLog(key)).requests === 1, 3000, 'the request');
      const rendered = oneEvent(el, 'rendered');
      el.data = { schemaVersion: 1, id: 'given', title: 'Given', events: [{ id: 'x', title: 'X', start: '2025-06-01' }] };
      await rendered;
      await sleep(1000);
      expect(titleOf(el)).to.equal('Given');
      expect((await serverLog(key)).aborted).to.equal(1);
    });

    it('aborts the request when the element is removed, and nothing fires afterwards', async () => {
      const key = newKey();
      const fired: string[] = [];
      const record = (e: Event) => fired.push(e.type);
      const el = await fixture<EventTimeline>(html`<event-timeline src="/__test/chronology?ms=800&amp;key=${key}"></event-timeline>`);
      for (const t of ['data-load', 'data-error', 'rendered']) el.addEventListener(t, record);
      await until(async () => (await serverLog(key)).requests === 1, 3000, 'the request');
      el.remove();
      await until(async () => (await serverLog(key)).aborted === 1, 3000, 'the server to see the request cancelled');
      await sleep(1000);
      expect(fired).to.deep.equal([]);
      expect(await serverLog(key)).to.deep.equal({ requests: 1, aborted: 1, completed: 0 });
    });

    it('loads again when an element removed while loading is put back (moved in the DOM)', async () => {
      const key = newKey();
      const host = await fixture<HTMLDivElement>(
        html`<div><section></section><event-timeline src="/__test/chronology?ms=300&amp;title=Moved&amp;key=${key}"></event-timeline></div>`,
      );
      const el = host.querySelector('event-timeline')!;
      await until(async () => (await serverLog(key)).requests === 1, 3000, 'the first request');
      const rendered = oneEvent(el, 'rendered');
      host.querySelector('section')!.append(el); // disconnect + connect
      await rendered;
      expect(titleOf(el)).to.equal('Moved');
      const log = await serverLog(key);
      expect(log.requests).to.equal(2);
      expect(log.aborted).to.equal(1);
      expect(log.completed).to.equal(1);
    });
  });

  describe('retry', () => {
    it('Retry loads again and renders once the server has recovered', async () => {
      const key = newKey();
      const { el, detail } = await failWith(`/__test/flaky?fail=1&title=Back&key=${key}`);
      expect(detail.message).to.contain('503 Service Unavailable');
      const rendered = oneEvent(el, 'rendered');
      retryButton(el)!.click();
      await el.updateComplete;
      expect(sr(el).querySelector('[part=status]'), 'loading status while retrying').to.exist;
      await rendered;
      await el.updateComplete;
      expect(sr(el).querySelector('[part=error]')).to.not.exist;
      expect(titleOf(el)).to.equal('Back');
      expect(marks(el).length).to.be.greaterThan(0);
      expect((await serverLog(key)).requests).to.equal(2);
    });

    it('Retry after a timeout works once the server is fast again', async () => {
      const { el } = await failWith('/__test/chronology?ms=3000&title=Slow', { timeout: 200 });
      el.timeout = 5000;
      const rendered = oneEvent(el, 'rendered');
      retryButton(el)!.click();
      await rendered;
      expect(titleOf(el)).to.equal('Slow');
    });
  });

  describe('loadJson', () => {
    const kindOf = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        expect(e).to.be.instanceOf(LoadError);
        return (e as LoadError).kind;
      }
      throw new Error('did not reject');
    };

    it('resolves the parsed JSON', async () => {
      const json = (await loadJson('/__test/chronology?title=Direct')) as { title: string };
      expect(json.title).to.equal('Direct');
    });

    it('refuses URLs that are not http(s) without fetching them', async () => {
      expect(await kindOf(loadJson('javascript:alert(1)'))).to.equal('url');
      expect(await kindOf(loadJson('ftp://example.com/x.json'))).to.equal('url');
    });

    it('rejects at once with aborted for a signal already aborted, and on abort', async () => {
      const c = new AbortController();
      c.abort();
      expect(await kindOf(loadJson('/__test/chronology', { signal: c.signal }))).to.equal('aborted');
      const c2 = new AbortController();
      const p = loadJson('/__test/chronology?ms=2000', { signal: c2.signal });
      setTimeout(() => c2.abort(), 50);
      expect(await kindOf(p)).to.equal('aborted');
    });

    it('gives each kind for the matching route', async () => {
      expect(await kindOf(loadJson('/__test/status/503'))).to.equal('http');
      expect(await kindOf(loadJson('/__test/html-error'))).to.equal('not-json');
      expect(await kindOf(loadJson('/__test/reset'))).to.equal('network');
      expect(await kindOf(loadJson('/__test/chronology?ms=2000', { timeoutMs: 100 }))).to.equal('timeout');
    });
  });

  it('left no promise rejected without a handler in this file', async () => {
    await frames(2);
    expect(unhandled).to.deep.equal([]);
  });
});
