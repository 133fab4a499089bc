/**
 * Language and direction of `<event-timeline>`: the global `lang` attribute
 * (the element's, else the nearest ancestor's, else the page's) picks the
 * interface strings (loaded on first use; English meanwhile), the `Intl`
 * locale (with the `calendar` property) and localized fields; `dir` (here or
 * on an ancestor), or a right-to-left language with no `dir`, mirrors the
 * chart. Read again at the start of every update (`sync`, from the
 * element's `willUpdate`, before the layout), since ancestors' attributes
 * are not observed.
 */
import { isServer, type ReactiveControllerHost } from 'lit';
import { catalog, isRtlLang } from '../../i18n/catalogs.js';
import { safeLang } from '../../i18n/lang.js';
import { en, type Messages } from '../../i18n/messages.js';
import { withCalendar } from '../../time/intl.js';

export class LangController {
  lang = 'en';
  /** Right to left: the chart is mirrored. */
  rtl = false;
  /** The locale for dates: the language, with the calendar when one is set (`fa-u-ca-gregory`). */
  locale = 'en';
  /** The interface strings, in the element's language (English until its catalog loads). */
  m: Messages = en;
  /** Set while a catalog loads (`updateComplete` waits for it). */
  pending?: Promise<unknown>;
  private _catalogLang = 'en';

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private calendar: () => string | undefined,
  ) {}

  /** Reads the language, direction and calendar again (at the start of each update). */
  sync(): void {
    const el = this.host;
    // A page's `lang` is untrusted (`en_US`, `x`, `constructor`): the nearest valid tag, never a throw.
    const lang = (this.lang = safeLang(
      el.lang || (isServer ? el.getAttribute('lang') : el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang),
    ));
    const dir = isServer ? el.getAttribute('dir') : el.closest('[dir]')?.getAttribute('dir');
    this.rtl = dir === 'rtl' || (dir !== 'ltr' && isRtlLang(lang));
    const calendar = this.calendar();
    this.locale = calendar ? withCalendar(lang, calendar) : lang;
    this._loadCatalog(lang);
  }

  /** Switches to the catalog of `lang`, loading it first when needed (English meanwhile). */
  private _loadCatalog(lang: string) {
    const key = lang.toLowerCase();
    if (key === this._catalogLang) return;
    this._catalogLang = key;
    const m = catalog(lang);
    if (m instanceof Promise) {
      const loading = (this.pending = m.then((loaded) => {
        if (this.pending === loading) {
          this.pending = undefined;
          this.m = loaded;
          this.host.requestUpdate();
        }
      }));
    } else {
      this.pending = undefined;
      this.m = m;
    }
  }
}
