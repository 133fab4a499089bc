/**
 * The attributes and properties of `<event-timeline>`, with their JSDoc (they
 * feed `custom-elements.json` and Storybook's docs): the element's class
 * (`event-timeline.component.ts`) extends this one and adds the behaviour.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { GroupBy } from '../../layout/lanes.js';
import { DEFAULT_TIMEOUT_MS } from '../../load/defaults.js';
import type { ChronologyData } from '../../schema/chronology-schema.js';

/** The reactive properties of `<event-timeline>` (see `EventTimeline`). */
export class TimelineProperties extends LitElement {
  /** The chronology: the JSON as an object (a JSON import as it is) or as text. Takes precedence over `src`. Cards and badges take the same `data`. */
  @property({ attribute: false }) data?: ChronologyData | null;

  /**
   * URL of a chronology JSON file, a TimelineJS JSON or CSV file, or a Google
   * Sheets link as TimelineJS takes it (a sheet ID, its `/edit` or `/pubhtml`
   * link, a `/d/e/2PACX-…` link, a `v2:` key): the sheet's published CSV is
   * fetched. A Google link that is not a published sheet is an error that
   * says what to do.
   */
  @property() src?: string;

  /**
   * Milliseconds to wait for `src` before giving up with a timeout error
   * (and a Retry button). `0` waits forever. Default 15,000.
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** How events are grouped into lanes: `actor` (default), `topic` or `none`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'actor';

  /** The id of the selected event (its details are shown). Reflected. */
  @property({ reflect: true }) selected: string | null = null;

  /**
   * Display zone: an IANA name (`Asia/Tehran`), `UTC`, `local` for the
   * reader's, or `event` for each event in its own zone (the axis then
   * follows the chronology's). Defaults to the chronology's `timeZone`, then
   * UTC. Axis ticks fall on this zone's midnights and hours; the reader can
   * switch with the zone menu (which fires `zone-change`).
   */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /**
   * Calendar of dates and axis labels: `gregory`, `persian`, `hebrew`,
   * `islamic-umalqura` (or any calendar `Intl` knows). Defaults to the
   * language's own (`fa` is Persian): 23 June 2025 is 2 Tir 1404. Month and
   * year ticks fall on that calendar's months and years. Events dated to a
   * month or a year keep the calendar they were written in (Gregorian).
   */
  @property() calendar?: string;

  /**
   * What `src` holds: `json` (a chronology), `timelinejs` (TimelineJS JSON),
   * `csv` (TimelineJS's Google Sheets columns or chronoline's flat columns),
   * `acled` (ACLED's event CSV export), `markwhen` (a Markwhen plain-text
   * timeline), or `auto` (the default: detected from the content; Markwhen
   * is read only when named). Imported data is
   * converted (see `chronoline/import.js`); anything that cannot be mapped
   * is listed with the data's problems.
   */
  @property() format: 'auto' | 'json' | 'timelinejs' | 'csv' | 'markwhen' | 'acled' = 'auto';

  /**
   * Search text: the events whose title, summary, actors, place or
   * statements hold every word (whatever the case, accents or Persian and
   * Arabic letter variants; any language of a localized field) are
   * highlighted in the chart and the list, the rest dimmed, and "12 of 80
   * events" is announced. The search box writes it (firing `search-change`);
   * Enter there selects the next match, Escape clears. Empty: no search.
   */
  @property() search = '';

  /**
   * A relative axis: the id of an event whose start the tick labels count
   * from, as time before and after it (`−2d`, `+6h`, in the reader's
   * language; one unit for the whole axis, from the ticks' step). Ticks
   * still fall on the display zone's midnights and hours. An id the data
   * does not have leaves the axis as it is.
   */
  @property() pivot?: string;

  /**
   * An axis that skips empty time: every stretch with no event longer than
   * this length (`3d`, `2w`, `12h`, `6mo`, `1y`; empty or `auto`: a tenth of
   * the chronology's span) collapses into a break of fixed width labelled
   * with its length ("— 3 weeks —"). Time stays proportional within each
   * stretch between breaks; zoom, pan and the keys work across them. The
   * list views are unchanged. A value that is not a length is reported in
   * the console (a warning) and the automatic one used. Absent: a plain axis.
   */
  @property({ attribute: 'axis-breaks' }) axisBreaks?: string;

  /** Most lanes when grouping by actor; the least active actors share the last one. */
  @property({ type: Number, attribute: 'max-lanes' }) maxLanes = 8;

  /** Hides the chronology's title above the chart (for pages that have their own heading); the controls stay. */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;

  /**
   * `chart`, `list` (the events as an ordered list of days), or `auto`: the
   * list when the element is narrower than `list-breakpoint`, the chart
   * otherwise. The reader can switch with the Chart/List toggle. Reflected.
   */
  @property({ reflect: true }) view: 'chart' | 'list' | 'auto' = 'auto';

  /**
   * Keeps `#event=<id>` in the page URL in step with the selection, and
   * opens that event when the page loads with it (deep links to an event).
   */
  @property({ type: Boolean, attribute: 'link-selection' }) linkSelection = false;

  /**
   * Keeps the reader's view in the page URL's fragment: the selected event,
   * the visible range, the display zone, the topic filter, the grouping and
   * the search (`#event=…&from=…&to=…&topics=…&q=…`), and restores all of it
   * when the page opens with such a link. Two timelines on one page keep
   * their own state under their element `id` (`#june.event=…&july.q=…`).
   * Deliberate changes (selection, filter, grouping, zone, search) are new
   * history entries, so Back and Forward step between them; zoom and pan
   * update the current entry.
   */
  @property({ type: Boolean, attribute: 'link-state' }) linkState = false;

  /** Width of the element, in CSS px, below which `view="auto"` shows the list. */
  @property({ type: Number, attribute: 'list-breakpoint' }) listBreakpoint = 520;

  /**
   * Below `list-breakpoint`, `view="auto"` shows a compact phone chronology
   * rather than the full list: the keys and a "Filters" button (the topic
   * and status filters open below it) on top, then each event's
   * mark, time and title on a date rail, its summary, actors and sources
   * opening on demand, and after the first events a "Show all 80 events
   * (60 hidden)" button. This is how many events it shows before that
   * button; by default about two screens (two viewport heights, 5 to 30
   * events). `0` shows the full list instead. `view="list"`, printing and
   * server-rendered or script-less pages always show the full list.
   */
  @property({ type: Number, attribute: 'phone-events' }) phoneEvents?: number;

  /**
   * Width, in CSS px, to lay out at until the element is measured: set by
   * server rendering (`chronoline/ssr.js`) so that the browser's first render
   * matches the server's and hydrates. Label widths are estimated until then.
   */
  @property({ type: Number, attribute: 'ssr-width' }) ssrWidth = 0;

  /**
   * Height of the element in CSS px (like a CSS `height`, which also works):
   * the box is that tall before the data arrives, and the chart fits it with
   * fewer and thinner rows and fewer labels, the rest in "+N" clusters (still
   * reachable by zooming, the keys and the list). Without either, the chart's
   * box is `min(80vh, 40rem)` (640 px in an 800 px or taller window): its height is
   * known before the data arrives, so the page does not shift. CSS
   * `height: auto` lets the chart grow with its data instead. The list view
   * grows with its content (180vh tall while it loads: about the phone
   * chronology's first two screens).
   */
  @property({ type: Number }) height?: number;

  /**
   * What the mouse wheel does over the chart. `ctrl` (the default): the wheel
   * scrolls the page, Ctrl/⌘ + wheel and a trackpad pinch zoom, and a plain
   * wheel shows a brief "Ctrl + scroll to zoom" hint. `always`: every wheel
   * zooms (for full-page applications, where there is no page to scroll).
   */
  @property({ attribute: 'wheel-zoom' }) wheelZoom: 'ctrl' | 'always' = 'ctrl';

  /**
   * Adds a "Download image" button to the chart's controls (it saves the
   * current view as `<chronology id>.png`, see `exportPNG()`) and a
   * "Download data" menu: the events of the current view as CSV, JSON or
   * iCalendar (see `exportCSV()`, `exportJSON()`, `exportICS()`).
   */
  @property({ type: Boolean, attribute: 'export' }) exportable = false;

  /**
   * The URL that relative links in `data` or inline JSON are resolved
   * against (default: the page's). Server rendering (`chronoline/ssr.js`)
   * writes the base it used, so that the browser reads the links as the
   * server did; empty: relative links are left out, with a warning.
   */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /**
   * Shows only events with these verification statuses, separated by spaces
   * or commas: `confirmed`, `reported`, `claimed`, `disputed`, `denied`, and
   * `none` for events without a status (`status-filter="confirmed"`:
   * confirmed events only). Empty: every event. The reader changes it with the
   * status filter bar (which fires `filter-change` with `statuses`).
   */
  @property({ attribute: 'status-filter' }) statusFilter?: string;

  /**
   * Live stories: re-fetches `src` every this many seconds (at least 2).
   * New and changed events are merged by id, keeping the reader's zoom,
   * selection, filters and focus; new events carry a "new" marker until
   * they are opened, and each batch is announced once, politely ("3 new
   * events, latest 14:05"). `0` or absent: no refresh.
   */
  @property({ type: Number }) refresh = 0;

  /**
   * Marks the events added since the reader's last visit as new. The visit
   * (a time and the event ids seen) is kept on the reader's device only
   * (`localStorage`), never sent anywhere. Off by default.
   */
  @property({ type: Boolean, attribute: 'remember-visit' }) rememberVisit = false;
}
