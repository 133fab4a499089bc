import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import type { ChronologyInput, TimelineEventInput } from '../src/index.js';
import { JUNE_2025_URL, june2025 } from './_data.js';
import { fromTimelineJS } from '../src/import/index.js';
import erasExample from '../tests/fixtures/timelinejs/eras.json';

interface TimelineArgs {
  data?: ChronologyInput | string | null;
  src?: string;
  'group-by': 'actor' | 'topic' | 'none';
  'time-zone'?: string;
  selected?: string;
  'max-lanes': number;
  'hide-title': boolean;
  view: 'auto' | 'chart' | 'list';
  lang?: string;
  dir?: 'ltr' | 'rtl';
  calendar?: string;
  export: boolean;
  'wheel-zoom': 'ctrl' | 'always';
}

const renderTimeline = (args: TimelineArgs) => html`<event-timeline
  .data=${args.data}
  src=${ifDefined(args.src || undefined)}
  group-by=${args['group-by']}
  time-zone=${ifDefined(args['time-zone'] || undefined)}
  selected=${ifDefined(args.selected || undefined)}
  max-lanes=${args['max-lanes']}
  ?hide-title=${args['hide-title']}
  view=${args.view}
  lang=${ifDefined(args.lang || undefined)}
  dir=${ifDefined(args.dir || undefined)}
  calendar=${ifDefined(args.calendar || undefined)}
  ?export=${args.export}
  wheel-zoom=${args['wheel-zoom']}
></event-timeline>`;

const meta: Meta<TimelineArgs> = {
  title: 'Components/event-timeline',
  component: 'event-timeline',
  tags: ['autodocs'],
  render: renderTimeline,
  args: {
    data: june2025,
    'group-by': 'actor',
    'max-lanes': 8,
    'hide-title': false,
    view: 'auto',
    export: false,
    'wheel-zoom': 'ctrl',
  },
  // Descriptions, types and defaults come from dist/custom-elements.json (the
  // components' JSDoc); here only the controls for the args the render
  // function passes on, and `lang`, the global HTML attribute the manifest
  // does not list.
  argTypes: {
    data: { control: false },
    src: { control: 'text' },
    'group-by': { control: 'select', options: ['actor', 'topic', 'none'] },
    'wheel-zoom': { control: 'select', options: ['ctrl', 'always'] },
    'time-zone': { control: 'text' },
    selected: { control: 'text' },
    'max-lanes': { control: { type: 'number', min: 1, max: 20, step: 1 } },
    'hide-title': { control: 'boolean' },
    view: { control: 'inline-radio', options: ['auto', 'chart', 'list'] },
    export: { control: 'boolean' },
    lang: {
      description:
        'Language of the interface, the dates (through `Intl`) and localized fields (the global `lang` attribute; defaults to the nearest `lang` on the page, then `en`). Catalogs: en, fa, ar, he, ru, fr, de, es.',
      control: 'select',
      options: ['', 'en', 'fa', 'ar', 'he', 'ru', 'fr', 'de', 'es'],
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    dir: {
      description: 'Direction (the global `dir` attribute): `rtl` mirrors the chart. A right-to-left `lang` does too when no `dir` is set.',
      control: 'inline-radio',
      options: ['', 'ltr', 'rtl'],
      table: { category: 'attributes', type: { summary: "'ltr' | 'rtl'" } },
    },
    calendar: { control: 'select', options: ['', 'gregory', 'persian', 'hebrew', 'islamic-umalqura'] },
  },
  parameters: {
    layout: 'padded',
  },
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** The June 2025 chronology, given as the `data` property. */
export const Default: Story = {};

export const GroupByTopic: Story = {
  args: { 'group-by': 'topic' },
};

export const GroupByNone: Story = {
  args: { 'group-by': 'none' },
};

/** Eras (periods of context) as quiet bands behind the lanes and headings in the list: TimelineJS's own eras example (tests/fixtures/timelinejs/eras.json), imported. */
export const Eras: Story = {
  args: { data: fromTimelineJS(erasExample).chronology, 'group-by': 'none' },
};

/** The same chronology fetched from a URL (`src`). */
export const FromSrc: Story = {
  args: { data: undefined, src: JUNE_2025_URL },
};

// ---------------------------------------------------------- In an article

const storyText = (n: number) =>
  Array.from(
    { length: n },
    () => html`<p>A paragraph of the story around the chronology: the wheel scrolls past it, and past the chart.</p>`,
  );

/**
 * Between paragraphs of an article. A plain wheel over the chart scrolls the
 * page and shows the hint ("Ctrl + scroll to zoom", ⌘ on macOS) for a
 * moment; Ctrl/⌘ + wheel or a trackpad pinch zooms. On a touch screen a
 * vertical swipe scrolls the page and a horizontal drag pans.
 */
export const InAnArticle: Story = {
  render: (args) => html`<article style="max-width: 72rem; font: 17px/1.6 Georgia, serif">
    ${storyText(4)} ${renderTimeline(args)} ${storyText(12)}
  </article>`,
};

/**
 * `height="600"` (a CSS height works too): the box is 600 px from the first
 * paint, before the data arrives (no layout shift); the lanes fit it with
 * fewer, thinner rows and more "+N" clusters (each zooms into its events).
 */
export const FixedHeight: Story = {
  render: (args) => html`<event-timeline .data=${args.data} height="600"></event-timeline>`,
};

/** A height given, and an event selected: the details open beside it, at its height, inside the box. */
export const FixedHeightWithDetails: Story = {
  render: (args) => html`<event-timeline .data=${args.data} height="600" selected="us-strikes-fordow-natanz-isfahan"></event-timeline>`,
};

/**
 * The filters, opened: below the chart one line holds the keys and a
 * "Filters" button (with the count of filters on); its panel, with the topic
 * and status filters, opens over the chart and moves nothing on the page.
 * Escape closes it and gives focus back to the button. Opened by the story.
 */
export const FiltersOpen: Story = {
  render: (args) => html`<article style="max-width: 72rem; font: 17px/1.6 Georgia, serif">
    ${storyText(1)} ${renderTimeline(args)} ${storyText(2)}
  </article>`,
  async play({ canvasElement }) {
    const el = canvasElement.querySelector('event-timeline')!;
    for (let i = 0; i < 100; i++) {
      const button = el.shadowRoot?.querySelector<HTMLButtonElement>('button.filter-toggle');
      if (button) return button.click();
      await new Promise((r) => setTimeout(r, 50));
    }
  },
};

/**
 * The wheel hint: a plain wheel over the chart scrolls the page and shows
 * "Ctrl + scroll to zoom" (⌘ on macOS) over it for 1.5 s. This story nudges
 * the chart with a small wheel event every second, so that the hint stays up.
 */
export const WheelHint: Story = {
  render: (args) => html`<article style="max-width: 72rem; font: 17px/1.6 Georgia, serif">
    ${storyText(1)} ${renderTimeline(args)} ${storyText(4)}
  </article>`,
  async play({ canvasElement }) {
    const timeline = canvasElement.querySelector('event-timeline');
    if (!timeline) return;
    await timeline.updateComplete;
    const svg = timeline.shadowRoot?.querySelector('svg.chart');
    if (!svg) return;
    const nudge = () => {
      const b = svg.getBoundingClientRect();
      svg.dispatchEvent(
        new WheelEvent('wheel', { deltaY: 1, bubbles: true, cancelable: true, clientX: b.x + b.width / 2, clientY: b.y + 40 }),
      );
    };
    nudge();
    const timer = setInterval(() => (svg.isConnected ? nudge() : clearInterval(timer)), 1000);
  },
};

/**
 * No height given, CSS `height: auto`: the chart grows with its data (every
 * row and label the lanes want), as a full-page application may prefer. The
 * page then shifts when the data arrives.
 */
export const GrowsWithData: Story = {
  render: (args) => html`<event-timeline .data=${args.data} style="height: auto"></event-timeline>`,
};

/** `wheel-zoom="always"`: every wheel zooms the chart (for full-page applications, where there is no page to scroll). */
export const WheelZoomAlways: Story = {
  args: { 'wheel-zoom': 'always' },
};

// ---------------------------------------------------------------- Loading

const PENDING_URL = 'data/__pending__/june-2025-diplomacy.json';

/** `fetch` wrapped for a story so that requests for one made-up URL never settle; every other request goes through unchanged. */
function pendingFetch() {
  const original = window.fetch;
  const pending: typeof window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return url.includes('__pending__') ? new Promise<Response>(() => {}) : original.call(window, input, init);
  };
  window.fetch = pending;
  return () => {
    if (window.fetch === pending) window.fetch = original;
  };
}

/**
 * The skeleton, while `src` is being fetched: the box already has the
 * height it will have (the default `min(80vh, 40rem)` here, or the `height`
 * given), with the loading message in its middle, so nothing below it moves
 * when the chart arrives. (The fetch of this story never settles.)
 */
export const Loading: Story = {
  args: { data: undefined, src: PENDING_URL },
  beforeEach: pendingFetch,
};

/**
 * The skeleton of the phone chronology, below `list-breakpoint` (here 360
 * px wide): 180vh tall, about what the first events of the phone
 * chronology take, so that what it moves when it comes is out of view.
 */
export const LoadingNarrow: Story = {
  args: { data: undefined, src: PENDING_URL },
  beforeEach: pendingFetch,
  render: (args) => html`<div style="width: 360px; max-width: 100%; border: 1px dashed #8888">${renderTimeline(args)}</div>`,
};

/** `src` answers 404: the error message, with a retry button. */
export const Error: Story = {
  name: 'Error',
  args: { data: undefined, src: 'data/does-not-exist.json' },
};

// ---------------------------------------------------------------- InvalidData

const pick = (...ids: string[]) =>
  ids.map((id) => {
    const e = june2025.events.find((x) => x.id === id);
    if (!e) throw new globalThis.Error(`no event ${id} in the sample`);
    return structuredClone(e);
  });

const invalidEvents: TimelineEventInput[] = (() => {
  const events = pick(
    'israel-launches-operation-rising-lion',
    'geneva-e3-eu-meet-araghchi',
    'us-strikes-fordow-natanz-isfahan',
    'putin-araghchi-kremlin-meeting',
    'ceasefire-takes-effect',
  );
  // A date that does not exist.
  events[1]!.start = '2025-06-31';
  // An actor the chronology does not list.
  events[3]!.actors = [...(events[3]!.actors ?? []), { id: 'nobody-in-particular', role: 'witness' }];
  return events;
})();

/** Five events, one with an impossible date and one naming an unknown actor: both are left out and listed. */
export const InvalidData: Story = {
  args: {
    data: { ...june2025, id: 'june-2025-invalid', title: 'A chronology with problems', events: invalidEvents },
  },
  // Open the (collapsed by default) list of problems.
  async play({ canvasElement }) {
    const timeline = canvasElement.querySelector('event-timeline');
    if (!timeline) return;
    await timeline.updateComplete;
    const problems = timeline.shadowRoot?.querySelector<HTMLDetailsElement>('details[part~="problems"]');
    if (problems) problems.open = true;
  },
};

/** A valid chronology with no events. */
export const Empty: Story = {
  args: {
    data: { schemaVersion: 1, id: 'empty', title: 'Nothing yet', events: [], actors: [], topics: [] },
  },
};

// ---------------------------------------------------------------- Dense

/** mulberry32: a small seeded PRNG, so the story is the same on every load. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ~300 events over 10 days among 8 actors. */
function denseChronology(count = 300, seed = 20250613): ChronologyInput {
  const rnd = seeded(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const actors: NonNullable<ChronologyInput['actors']> = [
    { id: 'alpha-minister', name: 'Ana Alpha', kind: 'person', role: 'Foreign Minister', country: 'Alphaland' },
    { id: 'bravo-president', name: 'Boris Bravo', kind: 'person', role: 'President', country: 'Bravonia' },
    { id: 'charlie-envoy', name: 'Chen Charlie', kind: 'person', role: 'Special Envoy', country: 'Charlieton' },
    { id: 'delta-spokes', name: 'Dina Delta', kind: 'person', role: 'Spokesperson', country: 'Deltastan' },
    { id: 'alphaland', name: 'Alphaland', kind: 'state' },
    { id: 'bravonia', name: 'Bravonia', kind: 'state' },
    { id: 'world-council', name: 'World Council', kind: 'organization' },
    { id: 'atomic-agency', name: 'Atomic Agency', kind: 'organization' },
  ];
  const topics: NonNullable<ChronologyInput['topics']> = [
    { id: 'diplomacy', label: 'Diplomacy', color: '#1f5fa8' },
    { id: 'military', label: 'Military', color: '#b3261e' },
    { id: 'nuclear', label: 'Nuclear', color: '#8f4400' },
    { id: 'ceasefire', label: 'Ceasefire', color: '#2e7d32' },
    { id: 'energy', label: 'Energy', color: '#a2357a' },
    { id: 'media', label: 'Media', color: '#6a4c93' },
  ];
  const verbs = ['meets', 'calls', 'warns', 'visits', 'condemns', 'welcomes', 'briefs', 'rejects', 'proposes', 'signs'];
  const start = Date.UTC(2025, 5, 13, 0, 0, 0);
  const span = 10 * 24 * 3_600_000;
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = (t: number) => {
    const d = new Date(t);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00Z`;
  };
  const events: TimelineEventInput[] = [];
  for (let i = 0; i < count; i++) {
    const t = start + Math.floor((rnd() * span) / 60_000) * 60_000;
    const nActors = 1 + int(3);
    const who = new Set<number>();
    while (who.size < nActors) who.add(int(actors.length));
    const [first, second] = [...who].map((k) => actors[k]!);
    const kind = rnd();
    const event: TimelineEventInput = {
      id: `dense-${String(i).padStart(3, '0')}`,
      title: `${first!.name} ${verbs[int(verbs.length)]}${second ? ` ${second.name}` : ''} (#${i + 1})`,
      start: iso(t),
      precision: 'minute',
      actors: [...who].map((k) => ({ id: actors[k]!.id })),
      topics: [topics[int(topics.length)]!.id],
      importance: 1 + int(5),
    };
    if (kind < 0.1) {
      event.end = iso(Math.min(start + span, t + (2 + int(36)) * 3_600_000));
    } else if (kind < 0.2) {
      event.start = iso(t).slice(0, 10);
      event.precision = 'day';
    } else if (kind < 0.25) {
      event.approximate = true;
    }
    if (rnd() < 0.3) event.topics!.push(topics[int(topics.length)]!.id);
    event.topics = [...new Set(event.topics)];
    events.push(event);
  }
  return {
    schemaVersion: 1,
    id: 'dense-generated',
    title: `A generated chronology: ${count} events in 10 days`,
    timeZone: 'UTC',
    events,
    actors,
    topics,
  };
}

/** 300 generated events over 10 days, 8 actors (deterministic). */
export const Dense: Story = {
  args: { data: denseChronology() },
};

/** In a 360 px column (a phone), `view="auto"` shows the compact phone chronology; the toggle switches to the chart or the full list. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 360px; max-width: 100%; border: 1px dashed #8888">${renderTimeline(args)}</div>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};

/**
 * The phone chronology at 390 px, as it first shows (`view="auto"` below
 * `list-breakpoint`): the key and the topic filters on top, then the days
 * on a date rail, each event as its mark (the chart's dot or period bar in
 * its topic's colour, dashed when approximate), its time and its title; a
 * title opens the summary, who, topics and sources. About two screens of
 * events, then "Show all 80 events (N hidden)".
 */
export const PhoneChronology: Story = {
  render: (args) => html`<div style="width: 390px; max-width: 100%">${renderTimeline(args)}</div>`,
  parameters: { viewport: { defaultViewport: 'mobile2' } },
};

/** The phone chronology after "Show all" (pressed by the story): every event, one disclosure each; focus is on the first event that was hidden. */
export const PhoneChronologyExpanded: Story = {
  render: (args) => html`<div style="width: 390px; max-width: 100%">${renderTimeline(args)}</div>`,
  parameters: { viewport: { defaultViewport: 'mobile2' } },
  async play({ canvasElement }) {
    const el = canvasElement.querySelector('event-timeline')!;
    for (let i = 0; i < 100; i++) {
      const button = el.shadowRoot?.querySelector<HTMLButtonElement>('button.show-all');
      if (button) return button.click();
      await new Promise((r) => setTimeout(r, 50));
    }
  },
};

/** The chart forced in a 360 px column (`view="chart"`): it fits the width, lane labels shrink. */
export const NarrowChart: Story = {
  args: { view: 'chart' },
  render: (args) => html`<div style="width: 360px; max-width: 100%; border: 1px dashed #8888">${renderTimeline(args)}</div>`,
};

/**
 * The list view: an ordered list of days, each heading a
 * `<time datetime="YYYY-MM-DD">` in the display zone, each event with its
 * time, title, summary, place, actors, topics and sources.
 */
export const ListView: Story = {
  args: { view: 'list', 'time-zone': 'Asia/Tehran' },
};

/**
 * Progressive enhancement: the page writes the chronology as an `<ol>` of
 * `<li>`s with `<time datetime>` inside the element. Readers without
 * JavaScript get the list; with it, the component reads the list as its data.
 */
export const FromMarkup: Story = {
  render: () => html`<event-timeline view="chart">
    <ol aria-label="Araghchi in Moscow" data-time-zone="Europe/Moscow">
      <li id="strikes" data-actors="United States" data-topics="Military operations">
        <time datetime="2025-06-22T02:10+03:30">22 June, 02:10 Tehran time</time>
        <strong>US aircraft strike Fordow, Natanz and Isfahan</strong>
        <p>Bombers and submarine-launched missiles hit three nuclear sites.</p>
        <a href="https://nationalistpost.com/world/operation-midnight-hammer-us-explains-rapid-25-min-strike-on-irans-nuclear-sites">Nationalist Post</a>
      </li>
      <li id="arrival" data-actors="Abbas Araghchi" data-topics="Diplomacy">
        <time datetime="2025-06-22">22 June</time>
        <strong>Araghchi lands in Moscow</strong>
      </li>
      <li id="kremlin" data-actors="Abbas Araghchi; Vladimir Putin" data-topics="Diplomacy">
        <time datetime="2025-06-23">23 June</time>
        <strong>Putin receives Araghchi at the Kremlin</strong>
        <p>Putin calls the aggression against Iran unjustified; the two discuss the US strikes.</p>
        <a href="https://tass.com/politics/1979135">TASS</a>
      </li>
    </ol>
  </event-timeline>`,
};

/** `export`: a "Download image" button saves the current view as a PNG (`exportSVG()` and `exportPNG()` do it from script). */
export const Export: Story = {
  args: { export: true },
};

/** The US strikes of 22 June selected: the details panel is open. */
export const Selected: Story = {
  args: { selected: 'us-strikes-fordow-natanz-isfahan' },
};

/** On a dark page (`color-scheme: dark`), the `light-dark()` defaults pick their dark colours. */
export const DarkTheme: Story = {
  render: (args) => html`<div style="color-scheme: dark; background: #121212; color: #e8e8e8; padding: 16px">
    ${renderTimeline(args)}
  </div>`,
  parameters: { backgrounds: { disable: true } },
};

/**
 * Persian: the interface from the `fa` catalog, Persian titles where the
 * chronology has them, Persian digits, the Persian calendar on the axis
 * (23 June 2025 is 2 Tir 1404) and the chart mirrored (time runs right to left).
 */
export const Persian: Story = {
  args: { lang: 'fa', view: 'chart', 'time-zone': 'Asia/Tehran' },
};

/** Persian words with Gregorian months: `calendar="gregory"`. */
export const PersianGregorian: Story = {
  args: { lang: 'fa', calendar: 'gregory', view: 'chart' },
};

/** Russian: the `ru` catalog (its plural forms), Russian titles, dates in Moscow time. */
export const Russian: Story = {
  args: { lang: 'ru', view: 'chart', 'time-zone': 'Europe/Moscow' },
};

/**
 * The display-zone menu (in the controls): the US strikes sit on 22 June in
 * Tehran and on 21 June in Washington. "Each event's own" writes every date
 * in its own zone; the list groups each under its own calendar day.
 */
export const ZoneSwitcher: Story = {
  args: { 'time-zone': 'America/New_York', selected: 'us-strikes-fordow-natanz-isfahan', view: 'chart' },
};

/** Each event in its own zone (`time-zone="event"`), as a list of days. */
export const EachEventsOwnZone: Story = {
  args: { 'time-zone': 'event', view: 'list' },
};
