/**
 * The reader's tools of `<event-timeline>`, loaded after the first render
 * (see reader-module.ts): the search box and its matches
 * (search-controller.ts), the "Download data" menu, and the data of the
 * current view as CSV, JSON or iCalendar (the export modules load on first
 * use). Their styles are adopted into the element's shadow root.
 */
import { css, html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { GroupBy } from '../../layout/lanes.js';
import type { LayoutOptions, PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';
import type { Chronology, TimelineEvent } from '../../schema/parse.js';
import { ReaderExtras } from './reader-extras.js';
import { SearchController, type SearchHost } from './search-controller.js';

/** What the tools read and call on the element. */
export interface ToolsHost extends SearchHost {
  exportable: boolean;
  linkState: boolean;
  linkSelection: boolean;
  groupBy: GroupBy;
  timeZone?: string;
  pivot?: string;
  axisBreaks?: string;
  readonly updateComplete: Promise<boolean>;
}

/** The element's parts the tools use. */
export interface ToolsDeps {
  data: { readonly chronology: Chronology | null; readonly status: string };
  model: {
    readonly prepared: PreparedTimeline | null;
    view: [number, number] | null;
    layout: TimelineLayout | null;
    layoutWith?: (p: PreparedTimeline, options: LayoutOptions) => TimelineLayout;
    /** Lays out again what changed. */
    update(): void;
  };
  i18n: { readonly lang: string; readonly m: Messages };
  topics: { active: ReadonlySet<string>; set(next: ReadonlySet<string>): void };
  zoom: { setView(v: [number, number] | null): void; readonly range: { start: Date; end: Date } | null };
  say: (text: string) => void;
}

export type DataFormat = 'csv' | 'json' | 'ics';

const FILES: Record<DataFormat, [string, string]> = {
  csv: ['csv', 'text/csv;charset=utf-8'],
  json: ['json', 'application/json'],
  ics: ['ics', 'text/calendar;charset=utf-8'],
};

const styles = css`
  .search,
  .data-menu summary {
    min-height: 32px;
    box-sizing: border-box;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 0.875rem;
  }
  .search {
    width: 12rem;
    max-width: 100%;
    padding: 0 0.4rem;
  }
  .data-menu {
    position: relative;
  }
  .data-menu summary {
    display: flex;
    align-items: center;
    padding: 0.25rem 0.6rem;
    cursor: pointer;
    list-style: none;
  }
  .data-menu summary::-webkit-details-marker {
    display: none;
  }
  .data-menu summary::after {
    content: '▾';
    margin-inline-start: 0.3em;
  }
  .data-menu .menu {
    position: absolute;
    z-index: 2;
    inset-inline-end: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-top: 0.25rem;
    padding: 0.25rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .search:focus-visible,
  .data-menu summary:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .searching .mark:not(.match),
  .searching .cluster {
    opacity: 0.3;
  }
  .mark.match .shape {
    stroke: var(--_text);
    stroke-width: 2;
  }
`;

export interface ReaderTools {
  search: SearchController;
  /** The search box and (with `export`) the "Download data" menu, for the controls. */
  render(m: Messages): unknown;
  /** The current view's events (topic filter and search applied, in time order) as text in `format`. */
  exportData(format: DataFormat): Promise<string>;
  /** Saves `exportData(format)` as `<chronology id>.<ext>`. */
  download(format: DataFormat): Promise<void>;
  /** New data was shown. */
  shown(): void;
  /** What `updateComplete` waits for: the search's module or a link's, while they load. */
  pending(): Promise<unknown> | undefined;
}

export function createTools(host: ToolsHost, deps: ToolsDeps): ReaderTools {
  const root = host.renderRoot as ShadowRoot;
  if (styles.styleSheet && root.adoptedStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  const search = new SearchController(host, deps.data, deps.model, deps.i18n, deps.say, (v) => deps.zoom.setView(v));
  const extras = new ReaderExtras(host, deps);

  /** The events of the view: what the topic filter shows, of them what the search matches. */
  const viewEvents = (): TimelineEvent[] => {
    const items = deps.model.prepared?.items ?? [];
    const m = search.matches;
    return items.filter((it) => !m || m.has(it.event.id)).map((it) => it.event);
  };

  const exportData = async (format: DataFormat): Promise<string> => {
    await host.updateComplete;
    const c = deps.data.status === 'ready' ? deps.data.chronology : null;
    if (!c) throw new Error('chronoline: no chronology is shown');
    const events = viewEvents();
    const lang = deps.i18n.lang;
    if (format === 'csv') return (await import('../../export/csv.js')).toCSV(c, events, { lang });
    if (format === 'json') return (await import('../../export/json.js')).toJSON(c, events);
    return (await import('../../export/ics.js')).toICS(c, events, { lang });
  };

  const download = async (format: DataFormat) => {
    try {
      const text = await exportData(format);
      const [ext, type] = FILES[format];
      const { download: save } = await import('../../export/png.js');
      // A byte order mark, so that spreadsheets read Persian or Russian text as UTF-8.
      save(new Blob([format === 'csv' ? `\uFEFF${text}` : text], { type }), `${deps.data.chronology!.id}.${ext}`);
    } catch (e) {
      deps.say(String((e as Error)?.message ?? e));
    }
  };

  const onMenuClick = (e: Event) => {
    const b = (e.target as Element).closest('button');
    const format = b?.getAttribute('data-format') as DataFormat | null;
    if (!format) return;
    (b!.closest('details') as HTMLDetailsElement).open = false;
    void download(format);
  };

  /** Escape in the open menu closes it and returns to its button. */
  const onMenuKey = (e: KeyboardEvent) => {
    const menu = e.currentTarget as HTMLDetailsElement;
    if (e.key !== 'Escape' || !menu.open) return;
    e.stopPropagation();
    menu.open = false;
    menu.querySelector('summary')!.focus();
  };

  const render = (m: Messages) =>
    html`${search.render(m)}${
      host.exportable
        ? html`<details part="download-data" class="data-menu" @click=${onMenuClick} @keydown=${onMenuKey}>
            <summary>${m.downloadData}</summary>
            <div class="menu">
              <button type="button" data-format="csv">CSV</button>
              <button type="button" data-format="json">JSON</button>
              <button type="button" data-format="ics">iCalendar</button>
            </div>
          </details>`
        : nothing
    }`;

  return {
    search,
    render,
    exportData,
    download,
    shown: () => extras.shown(),
    pending: () => search.pending ?? extras.pending,
  };
}
