import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { june2025 } from './_data.js';

interface ReaderArgs {
  search?: string;
  pivot?: string;
  'axis-breaks'?: string;
  view: 'auto' | 'chart' | 'list';
  export: boolean;
  'link-state': boolean;
}

const renderTimeline = (args: ReaderArgs, id?: string) => html`<event-timeline
  id=${ifDefined(id)}
  .data=${june2025}
  search=${ifDefined(args.search || undefined)}
  pivot=${ifDefined(args.pivot || undefined)}
  axis-breaks=${ifDefined(args['axis-breaks'])}
  view=${args.view}
  ?export=${args.export}
  ?link-state=${args['link-state']}
></event-timeline>`;

/**
 * What readers and researchers ask a timeline for: search, a link to the
 * view they are looking at, the data to take away, a relative axis and an
 * axis that skips empty time.
 */
const meta: Meta<ReaderArgs> = {
  title: 'Components/event-timeline/Reader tools',
  component: 'event-timeline',
  render: (args) => renderTimeline(args),
  args: { view: 'chart', export: false, 'link-state': false },
  argTypes: {
    search: { control: 'text' },
    pivot: { control: 'text' },
    'axis-breaks': { control: 'text' },
    view: { control: 'inline-radio', options: ['auto', 'chart', 'list'] },
    export: { control: 'boolean' },
    'link-state': { control: 'boolean' },
  },
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<ReaderArgs>;

/**
 * `search="araghchi"`: the matching events are highlighted, the rest dimmed,
 * and "n of 80 events" is announced. In the box, Enter selects the next
 * match (panning to it) and Escape clears; `search-change` reports each query.
 * Case, accents and Persian or Arabic letter variants do not matter.
 */
export const Search: Story = {
  args: { search: 'araghchi' },
};

/** The same search in the list view: matches marked at the side, the rest in a muted colour. */
export const SearchInTheList: Story = {
  args: { search: 'moscow', view: 'list' },
};

/**
 * With `export`, a "Download data" menu beside "Download image": the events
 * of the current view (topic filter and search applied) as CSV, JSON or
 * iCalendar, also from `exportCSV()`, `exportJSON()` and `exportICS()`.
 */
export const DownloadData: Story = {
  args: { export: true, search: 'ceasefire' },
};

/**
 * `link-state`: the URL fragment keeps the selected event, the zoom range,
 * the zone, the topic filter, the grouping and the search, and a link
 * opens the same view. Two timelines keep their state apart by element id
 * (`#june.event=…&july.q=…`); Back and Forward step between the choices the
 * reader made, not between pan frames.
 */
export const LinkState: Story = {
  args: { 'link-state': true },
  render: (args) => html`${renderTimeline(args, 'june')}
    <p style="margin-top: 1rem">A second timeline on the page, with its own state:</p>
    ${renderTimeline({ ...args, view: 'list' }, 'june-list')}`,
};

/**
 * `pivot="us-strikes-fordow-natanz-isfahan"`: the axis counts time from the
 * US strikes ("−2d", "+6h"), in the reader's language.
 */
export const RelativeAxis: Story = {
  args: { pivot: 'us-strikes-fordow-natanz-isfahan' },
};

/**
 * `axis-breaks="3d"`: every stretch of more than three days without an event
 * collapses into a break of fixed width, labelled with its length (here the
 * quiet days between 4 and 9 June); time stays to scale on each side, and
 * zoom, pan and the keys work across the break. Empty (`axis-breaks`) picks
 * the threshold: a tenth of the chronology's span.
 */
export const AxisBreaks: Story = {
  args: { 'axis-breaks': '3d' },
};
