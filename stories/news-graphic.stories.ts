/**
 * The June chronology as a news graphic (issue 16), one story per state:
 * annotations and day bands at 1200 px, the selection, lane names on two
 * lines, the brief with a correction, the dark theme and Persian.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import type { ChronologyInput } from '../src/index.js';
import { june2025 } from './_data.js';

interface GraphicArgs {
  width: number;
  'group-by': 'actor' | 'topic' | 'none';
  selected?: string;
  lang?: string;
  dark: boolean;
  data: ChronologyInput;
}

const STRIKES = 'us-strikes-fordow-natanz-isfahan';

const frame = (dark: boolean, body: TemplateResult) =>
  dark ? html`<div style="color-scheme: dark; background: #121212; color: #e8e8e8; padding: 16px">${body}</div>` : body;

const meta: Meta<GraphicArgs> = {
  title: 'Components/event-timeline/News graphic',
  component: 'event-timeline',
  render: (a) =>
    frame(
      a.dark,
      html`<div style="width: ${a.width}px; max-width: 100%">
        <event-timeline
          .data=${a.data}
          view="chart"
          group-by=${a['group-by']}
          selected=${ifDefined(a.selected)}
          lang=${ifDefined(a.lang)}
        ></event-timeline>
      </div>`,
    ),
  args: { width: 1200, 'group-by': 'actor', dark: false, data: june2025 },
  argTypes: { data: { control: false } },
};
export default meta;
type Story = StoryObj<GraphicArgs>;

/** Notes on the US strikes, the Kremlin meeting and the truce; day events as their day; "5 7 9 …" under "June 2025". */
export const AnnotationsAndDayBands: Story = {};

/** The selected event: a ring, drawn on top with its whole title, the rest dimmed; the details beside it read like a brief. */
export const Selected: Story = { args: { selected: STRIKES } };

/** Grouped by topic: long lane names on two lines in a wider gutter, never cut. */
export const LaneNamesOnTwoLines: Story = { args: { 'group-by': 'topic' } };

/** A correction note at the end of the brief, dated, one line per correction. */
export const BriefWithCorrection: Story = {
  args: {
    selected: STRIKES,
    data: {
      ...june2025,
      events: june2025.events.map((e) =>
        e.id === STRIKES
          ? { ...e, corrections: [{ date: '2025-06-23', text: 'An earlier version gave the wrong time of the strikes.' }] }
          : e,
      ),
    },
  },
};

/** Dark theme: the same palette lightened to 4.5:1 on the dark page, the selection ring in the text colour. */
export const Dark: Story = { args: { dark: true, selected: STRIKES } };

/** Persian: right to left, Khordad and Tir 1404 above the Persian day numbers. */
export const Persian: Story = { args: { lang: 'fa' } };

/** Persian, dark. */
export const PersianDark: Story = { args: { lang: 'fa', dark: true } };

/** At 768 px: days are narrower bands. */
export const Width768: Story = { args: { width: 768 } };
