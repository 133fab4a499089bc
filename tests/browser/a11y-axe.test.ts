// Issue 3, "Accessible by construction": axe-core with every rule it runs by
// default (colour contrast included, none disabled), in light and dark, for
// the chart with the details open, the list view, the example pages (built
// CDN bundle: run `npm run build` first) and every Storybook story.
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { render, type TemplateResult } from 'lit';
import '../../src/index.js';
import { DATASET_URL, frames, loadDataset, mountTimeline, sr, waitFor } from './helpers.js';
import * as actorCardStories from '../../stories/actor-card.stories.js';
import * as eventTimelineStories from '../../stories/event-timeline.stories.js';
import * as readerToolsStories from '../../stories/reader-tools.stories.js';
import * as newsGraphicStories from '../../stories/news-graphic.stories.js';
import * as topicBadgeStories from '../../stories/topic-badge.stories.js';
import * as themingStories from '../../stories/docs/theming.stories.js';
import * as verificationStories from '../../stories/verification.stories.js';
import * as mediaStories from '../../stories/media.stories.js';

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: AxeNode[];
}
interface Axe {
  run(context: unknown, options?: unknown): Promise<{ violations: AxeViolation[]; passes: { id: string }[] }>;
  source: string;
}
const axeOf = (w: Window) => (w as unknown as { axe: Axe }).axe;

/** One line per failing node: rule, impact, target, and axe's summary (with the colours for contrast). */
function describe_(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact}): ${JSON.stringify(n.target)} ${n.html.slice(0, 120)}\n      ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ')}`,
      ),
    )
    .join('\n  ');
}

async function expectNoViolations(context: unknown, what: string, win: Window = window) {
  const result = await axeOf(win).run(context);
  expect(result.violations.length, `axe violations in ${what}:\n  ${describe_(result.violations)}`).to.equal(0);
  // Colour contrast really ran (it passes or is "incomplete", never skipped for lack of text).
  return result;
}

const THEMES = {
  light: 'background: #ffffff; color: #1a1a1a; padding: 16px',
  dark: 'color-scheme: dark; background: #121212; color: #e8e8e8; padding: 16px',
} as const;
type Theme = keyof typeof THEMES;

const STRIKES = 'us-strikes-fordow-natanz-isfahan';

/** The dark theme is on a dark page too (content wider than the viewport must not sit on white). */
function pageBackground(theme: Theme) {
  if (theme === 'dark') document.documentElement.style.background = '#121212';
  else document.documentElement.style.removeProperty('background');
}

describe('issue 3: axe', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    pageBackground('light');
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    it(`passes axe in the chart view with the details open (${theme})`, async () => {
      pageBackground(theme);
      const data = await loadDataset();
      const el = await mountTimeline(html`<div style=${THEMES[theme]}>
        <div style="width: 1000px"><event-timeline view="chart" selected=${STRIKES} .data=${data}></event-timeline></div>
      </div>`);
      await waitFor(() => sr(el).querySelector('section.details'), 'the details panel');
      const inner = [...sr(el).querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('actor-card, topic-badge')];
      await Promise.all(inner.map((c) => c.updateComplete));
      // The theme really applies: light-dark() picks the dark text colour under color-scheme: dark.
      expect(getComputedStyle(el).color).to.equal(theme === 'dark' ? 'rgb(236, 236, 236)' : 'rgb(26, 26, 26)');
      const r = await expectNoViolations(el.parentElement!.parentElement, `the chart with details (${theme})`);
      expect(r.passes.map((p) => p.id)).to.include('color-contrast');
    });

    it(`passes axe in the list view (${theme})`, async () => {
      pageBackground(theme);
      const data = await loadDataset();
      const el = await mountTimeline(html`<div style=${THEMES[theme]}>
        <div style="width: 1000px"><event-timeline view="list" .data=${data}></event-timeline></div>
      </div>`);
      await Promise.all(
        [...sr(el).querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('topic-badge')].map((c) => c.updateComplete),
      );
      expect(getComputedStyle(el).color).to.equal(theme === 'dark' ? 'rgb(236, 236, 236)' : 'rgb(26, 26, 26)');
      const r = await expectNoViolations(el.parentElement!.parentElement, `the list view (${theme})`);
      expect(r.passes.map((p) => p.id)).to.include('color-contrast');
    });
  }

  describe('example pages (built CDN bundle)', () => {
    // (examples/csp.html has its own test: Trusted Types forbid injecting axe there.)
    const pages = ['index.html', 'timeline-src.html', 'inline-json.html', 'progressive.html', 'cards-and-badges.html', 'languages.html'];
    for (const page of pages) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`passes axe on examples/${page} (prefers-color-scheme: ${scheme})`, async function () {
          this.timeout(60_000);
          await emulateMedia({ colorScheme: scheme });
          const frame = document.createElement('iframe');
          frame.style.cssText = 'width: 1200px; height: 900px; border: 0';
          frame.title = page;
          const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
          frame.src = `/examples/${page}`;
          document.body.append(frame);
          try {
            await loaded;
            const win = frame.contentWindow!;
            const doc = frame.contentDocument!;
            expect(doc.title, 'the page loaded').to.not.equal('');
            // The bundle defines the elements; each timeline has drawn its chart (or list).
            const timelines = [...doc.querySelectorAll('event-timeline')];
            if (timelines.length || doc.querySelector('actor-card, topic-badge'))
              await waitFor(() => win.customElements.get('event-timeline'), 'the CDN bundle to define <event-timeline>', 8000);
            for (const t of timelines)
              await waitFor(
                () => t.shadowRoot?.querySelector('svg.chart [part~=event], .list .day-heading, .empty, [part=error]'),
                `${page}: a timeline to render`,
                8000,
              );
            await waitFor(
              () => [...doc.querySelectorAll('actor-card, topic-badge')].every((c) => c.shadowRoot?.childElementCount),
              `${page}: cards and badges to render`,
              8000,
            );
            for (const t of timelines)
              expect(!!t.shadowRoot!.querySelector('[part=error]'), `${page}: a timeline shows an error`).to.be.false;
            await frames(2);
            // axe-core in the page's own window (it then walks the page's open shadow roots).
            const script = doc.createElement('script');
            const axeLoaded = new Promise((r, j) => {
              script.onload = r;
              script.onerror = () => j(new Error('axe-core did not load in the iframe'));
            });
            script.src = '/node_modules/axe-core/axe.min.js';
            doc.head.append(script);
            await axeLoaded;
            await expectNoViolations(doc, `examples/${page} (${scheme})`, win);
          } finally {
            frame.remove();
          }
        });
      }
    }
  });

  describe('Storybook stories', () => {
    interface StoryModule {
      default: { title: string; args?: Record<string, unknown>; render?: (args: any, ctx: any) => TemplateResult };
      [name: string]: unknown;
    }
    interface Story {
      name?: string;
      args?: Record<string, unknown>;
      render?: (args: any, ctx: any) => TemplateResult;
      beforeEach?: () => unknown;
      play?: (ctx: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void> | void;
    }
    const modules = [
      actorCardStories,
      eventTimelineStories,
      readerToolsStories,
      newsGraphicStories,
      topicBadgeStories,
      themingStories,
      verificationStories,
      mediaStories,
    ] as unknown as StoryModule[];

    let restoreFetch: (() => void) | null = null;
    let container: HTMLElement | null = null;
    afterEach(() => {
      restoreFetch?.();
      restoreFetch = null;
      if (container) {
        render(null, container);
        container.remove();
        container = null;
      }
    });

    /** Storybook serves src/data at /data (staticDirs): the test server has it at /src/data. */
    function serveStaticDirs() {
      const real = window.fetch;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (/(^|\/)data\/june-2025-diplomacy\.json$/.test(url)) return real.call(window, DATASET_URL, init);
        return real.call(window, input, init);
      }) as typeof fetch;
      return () => {
        window.fetch = real;
      };
    }

    for (const mod of modules) {
      const meta = mod.default;
      for (const [exportName, value] of Object.entries(mod)) {
        if (exportName === 'default' || exportName === '__namedExportsOrder' || !value || typeof value !== 'object') continue;
        const story = value as Story;
        for (const theme of ['light', 'dark'] as Theme[]) {
          it(`passes axe: ${meta.title} / ${story.name ?? exportName} (${theme})`, async function () {
            this.timeout(60_000);
            restoreFetch = serveStaticDirs();
            pageBackground(theme);
            const cleanup = story.beforeEach?.();
            const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
            const renderStory = story.render ?? meta.render!;
            container = document.createElement('div');
            container.setAttribute('style', THEMES[theme]);
            document.body.append(container);
            const settled = new Promise<void>((resolve) => {
              container!.addEventListener('data-load', () => resolve(), { once: true });
              container!.addEventListener('data-error', () => resolve(), { once: true });
            });
            try {
              render(renderStory(args, { args, id: exportName, name: exportName }), container);
              const timelines = [...container.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('event-timeline')];
              if (timelines.length) {
                // The Loading story never settles: give it a moment instead.
                await Promise.race([settled, new Promise((r) => setTimeout(r, 1500))]);
                for (const t of timelines)
                  await waitFor(
                    () =>
                      t.shadowRoot?.querySelector(
                        'svg.chart [part~=event], .list .day-heading, .phone .phone-date, .empty, [part=error], [part=status]',
                      ),
                    `${exportName}: the timeline to render`,
                  );
              }
              await frames(3);
              const all = [...container.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')];
              for (const t of timelines)
                all.push(...t.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('actor-card, topic-badge'));
              await Promise.all(all.map((c) => c.updateComplete));
              await story.play?.({ canvasElement: container, args });
              await frames(1);
              expect(
                container.childElementCount + (container.textContent?.trim() ? 1 : 0),
                'the story rendered something',
              ).to.be.greaterThan(0);
              await expectNoViolations(container, `${meta.title} / ${exportName} (${theme})`);
            } finally {
              if (typeof cleanup === 'function') (cleanup as () => void)();
            }
          });
        }
      }
    }
  });
});
