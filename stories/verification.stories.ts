import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import type { ChronologyInput } from '../src/index.js';
import { JUNE_2025_URL, june2025 } from './_data.js';

/**
 * A made-up chronology (two invented countries) with one event per
 * verification status, conflicting reports, statements and a correction:
 * the real June 2025 one has no denied event.
 */
const whoSaysSo: ChronologyInput = {
  schemaVersion: 1,
  id: 'who-says-so',
  title: 'Border incident (a made-up example)',
  timeZone: 'UTC',
  updatedAt: '2025-06-23T09:00:00Z',
  actors: [
    { id: 'borduria', name: 'Borduria', kind: 'state' },
    { id: 'syldavia', name: 'Syldavia', kind: 'state' },
    { id: 'minister', name: 'Minister Plekszy-Gladz', shortName: 'Plekszy-Gladz', kind: 'person', role: 'Foreign minister of Borduria' },
  ],
  topics: [
    { id: 'border', label: 'Border', color: '#1f5fa8' },
    { id: 'talks', label: 'Talks', color: '#2e7d32' },
  ],
  events: [
    {
      id: 'shots-fired',
      title: 'Shots fired at a border post',
      start: '2025-06-16T04:10:00Z',
      status: 'confirmed',
      actors: [{ id: 'borduria' }, { id: 'syldavia' }],
      topics: ['border'],
      sources: [{ publisher: 'Wire A', url: 'https://example.com/a' }],
      corrections: [{ date: '2025-06-17', text: 'An earlier version gave the time as 05:10.' }],
    },
    {
      id: 'troops-moved',
      title: 'Troops reported moving towards the border',
      start: '2025-06-17',
      status: 'reported',
      actors: [{ id: 'syldavia' }],
      topics: ['border'],
      sources: [{ publisher: 'Wire B', url: 'https://example.com/b' }],
    },
    {
      id: 'drone-downed',
      title: 'Borduria says it downed a drone',
      start: '2025-06-18T21:00:00Z',
      status: 'claimed',
      claimedBy: ['borduria'],
      actors: [{ id: 'borduria' }],
      topics: ['border'],
      statements: [{ actor: 'minister', text: 'Our air defence did its job.', source: 'https://example.com/minister' }],
    },
    {
      id: 'casualties',
      title: 'Casualties at the crossing',
      start: '2025-06-19',
      status: 'disputed',
      actors: [{ id: 'borduria' }, { id: 'syldavia' }],
      topics: ['border'],
      disputes: [
        { text: 'Borduria gives 3 wounded', sources: [{ publisher: 'Borduria state TV', url: 'https://example.com/tv' }] },
        { text: 'Syldavia gives 11 wounded', sources: [{ publisher: 'Wire A', url: 'https://example.com/a2' }] },
      ],
    },
    {
      id: 'talks-offer',
      title: 'Talks offered, then denied',
      start: '2025-06-21T12:00:00Z',
      end: '2025-06-22T18:00:00Z',
      status: 'denied',
      claimedBy: ['syldavia'],
      actors: [{ id: 'syldavia' }, { id: 'minister' }],
      topics: ['talks'],
      statements: [{ actor: 'minister', text: 'No such offer was made.' }],
    },
  ],
};

interface Args {
  data?: ChronologyInput;
  src?: string;
  selected?: string;
  'status-filter'?: string;
  view: 'auto' | 'chart' | 'list';
  refresh?: number;
  'remember-visit'?: boolean;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Components/event-timeline/Who says so',
  component: 'event-timeline',
  render: (args) => html`<event-timeline
    .data=${args.data}
    src=${ifDefined(args.src || undefined)}
    selected=${ifDefined(args.selected || undefined)}
    status-filter=${ifDefined(args['status-filter'] || undefined)}
    view=${args.view}
    refresh=${ifDefined(args.refresh || undefined)}
    ?remember-visit=${args['remember-visit']}
    lang=${ifDefined(args.lang || undefined)}
  ></event-timeline>`,
  args: { data: whoSaysSo, view: 'auto' },
  argTypes: {
    data: { control: false },
    'status-filter': { control: 'text' },
    view: { control: 'inline-radio', options: ['auto', 'chart', 'list'] },
  },
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<Args>;

/** Every status at once: a mark treatment each (shape, not colour), a legend entry, and a filter button. */
export const AllStatuses: Story = {};

/** Confirmed: the solid mark; the details say "Confirmed" and carry the dated correction. */
export const Confirmed: Story = { args: { selected: 'shots-fired' } };

/** Reported: an outlined, half-filled mark. */
export const Reported: Story = { args: { selected: 'troops-moved' } };

/** Claimed: a hollow mark with a tick; "Claimed by Borduria", and what its minister said. */
export const Claimed: Story = { args: { selected: 'drone-downed' } };

/** Disputed: a hatched mark; the details list each version with its sources. */
export const Disputed: Story = { args: { selected: 'casualties' } };

/** Denied: a crossed-out mark (here a period: the bar is crossed at its start and struck through). */
export const Denied: Story = { args: { selected: 'talks-offer' } };

/** `status-filter="confirmed reported"`: only those events; the reader changes it with the status buttons. */
export const FilteredByStatus: Story = { args: { data: june2025, 'status-filter': 'confirmed reported' } };

/** The list: each event's status word and conflicting reports, correction notes, and a "Corrections" section. */
export const ListWithCorrections: Story = { args: { view: 'list' } };

/** The summary in words above the chart, generated from the June 2025 data (in Russian here). */
export const Summary: Story = { args: { data: june2025, lang: 'ru' } };

/** A chronology's own `summary` replaces the generated one. */
export const OwnSummary: Story = {
  args: { data: { ...whoSaysSo, summary: 'Five days on the Borduria–Syldavia border, told by who says what.' } },
};

/**
 * A live story: `refresh="60"` fetches `src` again every minute and merges
 * new and changed events, keeping zoom, selection, filters and focus; new
 * events are marked "new" until opened and announced once per batch.
 * `remember-visit` marks what was added since the reader's last visit
 * (stored on this device only).
 */
export const Live: Story = { args: { data: undefined, src: JUNE_2025_URL, refresh: 60, 'remember-visit': true } };

/** `<actor-card show-statements>`: what Abbas Araghchi said across the June 2025 chronology, with each event and source. */
export const ActorStatements: Story = {
  render: () =>
    html`<div style="max-width: 420px"><actor-card actor-id="abbas-araghchi" show-statements .data=${june2025}></actor-card></div>`,
};
