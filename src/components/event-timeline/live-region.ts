/**
 * The polite live region of `<event-timeline>`: selection, range and list
 * changes are said once, even when the same words repeat.
 */
import { html, type ReactiveControllerHost } from 'lit';

export class LiveRegion {
  private _text = '';

  constructor(private host: ReactiveControllerHost) {}

  /** Says `text` (a trailing no-break space toggles so that the same words are announced again). */
  say = (text: string): void => {
    if (!text) return;
    this._text = this._text === text ? text + '\u00a0' : text;
    this.host.requestUpdate();
  };

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._text}</div>`;
  }
}
