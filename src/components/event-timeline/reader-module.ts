/**
 * The reader's tools of `<event-timeline>` (reader-tools.ts: the search box,
 * search, the "Download data" menu and the data exports, `pivot`, and the
 * URL links of `link-state` and `link-selection`), in a module loaded while
 * the data loads or right after the first render with data, or as soon as a
 * search or an export asks for it.
 */
import type { ReactiveController } from 'lit';
import type * as Tools from './reader-tools.js';

export class ReaderModule implements ReactiveController {
  tools?: Tools.ReaderTools;
  private _loading?: Promise<Tools.ReaderTools>;

  constructor(
    private host: Tools.ToolsHost,
    private deps: () => Tools.ToolsDeps,
  ) {
    host.addController(this);
  }

  /** What `updateComplete` waits for: the module, then what it loads. */
  get waiting(): Promise<unknown> | undefined {
    return this.tools ? this.tools.pending() : this._loading;
  }

  /** The tools, once loaded. */
  load = (): Promise<Tools.ReaderTools> =>
    (this._loading ??= import('./reader-tools.js').then((m) => {
      this.tools = m.createTools(this.host, this.deps());
      this.host.requestUpdate();
      return this.tools;
    }));

  /** New data was shown (`link-selection` opens the event the URL names). */
  shown(): void {
    this.tools?.shown();
  }

  hostUpdated(): void {
    // While the data is on its way too: the first render with the data has the search box (the head does not shift).
    const data = this.deps().data;
    if (data.chronology || data.status === 'loading' || this.host.search) void this.load();
  }
}
