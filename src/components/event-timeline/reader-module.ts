/**
 * The reader's tools of `<event-timeline>` (reader-tools.ts: the search box,
 * search, the "Download data" menu and the data exports) and `link-state`
 * (link-state-controller.ts), each a module loaded on demand: the tools
 * right after the first render with data, or as soon as they are asked
 * for; `link-state`'s when the attribute is set.
 */
import type { ReactiveController } from 'lit';
import type * as Tools from './reader-tools.js';

export class ReaderModule implements ReactiveController {
  tools?: Tools.ReaderTools;
  private _loading?: Promise<Tools.ReaderTools>;
  private _link?: Promise<unknown>;
  private _linked = false;

  constructor(
    private host: Tools.ToolsHost,
    private deps: () => Tools.ToolsDeps,
  ) {
    host.addController(this);
  }

  /** What `updateComplete` waits for: the modules being loaded, and the search's. */
  get waiting(): Promise<unknown> | undefined {
    return (this.tools ? this.tools.search.pending : this._loading) ?? (this._linked ? undefined : this._link);
  }

  /** The tools, once loaded. */
  load = (): Promise<Tools.ReaderTools> =>
    (this._loading ??= import('./reader-tools.js').then((m) => {
      this.tools = m.createTools(this.host, this.deps());
      this.host.requestUpdate();
      return this.tools;
    }));

  hostUpdated(): void {
    const h = this.host;
    if (this.deps().data.chronology || h.search) void this.load();
    if (h.linkState)
      this._link ??= import('./link-state-controller.js').then((m) => {
        new m.LinkStateController(h, this.deps());
        this._linked = true;
      });
  }
}
