/**
 * Printing shows the list view (every event, as text), not a clipped chart:
 * `printing` is true between `beforeprint` and `afterprint`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;

  constructor(
    private host: ReactiveControllerHost,
    /** Called on `beforeprint` (to load the list view's module). */
    private onPrint: () => void,
  ) {
    host.addController(this);
  }

  private _onPrint = (e: Event) => {
    this.printing = e.type === 'beforeprint';
    if (this.printing) this.onPrint();
    this.host.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this._onPrint);
    window.addEventListener('afterprint', this._onPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this._onPrint);
    window.removeEventListener('afterprint', this._onPrint);
  }
}
