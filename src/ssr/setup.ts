/**
 * What `<event-timeline>` loads on demand in the browser, ready at once on
 * the server, where an element renders once, synchronously: the list view's
 * module (and its styles, in the server-rendered `<style>`) and every
 * interface language. Imported by `chronoline` in Node (src/server.ts, the
 * `node` export condition) and by chronoline/ssr.js; browsers never load it.
 */
import type { CSSResult } from 'lit';
import { EventTimeline } from '../components/event-timeline/event-timeline.component.js';
import { ListModule } from '../components/event-timeline/list-module.js';
import * as listView from '../components/event-timeline/list-view.js';
import { provideCatalog } from '../i18n/catalogs.js';
import ar from '../i18n/ar.js';
import de from '../i18n/de.js';
import es from '../i18n/es.js';
import fa from '../i18n/fa.js';
import fr from '../i18n/fr.js';
import he from '../i18n/he.js';
import ru from '../i18n/ru.js';

ListModule.preloaded = listView;

const ctor = EventTimeline as unknown as { finalize(): void; elementStyles: CSSResult[] };
ctor.finalize();
if (!ctor.elementStyles.includes(listView.listStyles)) ctor.elementStyles.push(listView.listStyles);

for (const [lang, messages] of Object.entries({ ar, de, es, fa, fr, he, ru })) provideCatalog(lang, messages);
