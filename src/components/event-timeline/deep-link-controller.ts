/**
 * Deep links, with `link-selection`: `#event=<id>` in the page URL follows
 * the selection (replaced, not pushed: the back button leaves the page, not
 * the last selection), and a page opened or navigated to with it selects
 * that event.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { readFragment } from '../../load/fragment.js';

export interface LinkedSelection extends ReactiveControllerHost {
  linkSelection: boolean;
  selected: string | null;
  selectEvent(id: string | null): void;
}

export class DeepLinkController implements ReactiveController {
  /** The selection the URL was last brought in step with (`undefined`: not yet). */
  private _written: string | null | undefined;

  constructor(
    private host: LinkedSelection,
    /** The chronology shown, once it is ready. */
    private shown: () => { events: readonly { id: string }[] } | null,
  ) {
    host.addController(this);
  }

  /** Selects the event the URL names, if any (on `hashchange`, and when data loads). */
  open = (): void => {
    if (isServer) return;
    // A link is untrusted input: a malformed one (`#event=%`) is ignored, never thrown.
    const { event: id, problem } = readFragment(location.hash);
    if (problem && globalThis.CHRONOLINE_DEV) console.warn(`chronoline: ${problem}`);
    if (this.host.linkSelection && id && id !== this.host.selected && this.shown()?.events.some((e) => e.id === id))
      this.host.selectEvent(id);
  };

  hostConnected(): void {
    window.addEventListener('hashchange', this.open);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.open);
  }

  /** After an update that changed the selection: the URL follows. */
  hostUpdated(): void {
    const { selected, linkSelection } = this.host;
    if (selected === this._written) return;
    this._written = selected;
    if (!linkSelection || !this.shown()) return;
    const hash = selected ? `#event=${encodeURIComponent(selected)}` : '';
    if (location.hash !== hash && (hash || location.hash.startsWith('#event=')))
      history.replaceState(history.state, '', hash || location.pathname + location.search);
  }
}
