// German interface strings (see src/internal/messages.ts for the contract).
import { num, plural, type Messages } from './messages.js';

const lang = 'de';
const n = (x: number) => num(lang, x);
const events = (x: number) => `${n(x)} ${plural(lang, x, { one: 'Ereignis', other: 'Ereignisse' })}`;
const eventsDative = (x: number) => `${n(x)} ${plural(lang, x, { one: 'Ereignis', other: 'Ereignissen' })}`;
const seconds = (ms: number) => (ms >= 1000 ? `${n(+(ms / 1000).toFixed(1))}\u00a0s` : `${n(ms)}\u00a0ms`);

const messages: Messages = {
  loading: 'Chronologie wird geladen …',
  loadFailed: 'Die Chronologie konnte nicht geladen werden',
  retry: 'Erneut versuchen',
  empty: 'Keine Ereignisse vorhanden.',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  resetZoom: 'Zoom zurücksetzen',
  zoomHint: (mac) => `${mac ? '⌘' : 'Strg'} + Scrollen zum Zoomen`,
  close: 'Details schließen',
  others: 'Weitere',
  sources: 'Quellen',
  who: 'Beteiligte',
  topics: 'Themen',
  filterTopics: 'Nach Thema filtern',
  legendPoint: 'Zeitpunkt oder Tag',
  legendInstant: 'Zeitpunkt',
  legendDay: 'Tag',
  legendRange: 'Zeitraum',
  legendApprox: 'ungefähr',
  correction: 'Korrektur',
  inDisplayZone: 'Angezeigt in',
  about: 'etwa',
  allDay: 'Ganztägig',
  view: 'Ansicht',
  viewChart: 'Diagramm',
  viewList: 'Liste',
  showMore: 'Mehr anzeigen',
  showAll: (total: number, hidden: number) => `Alle ${events(total)} anzeigen (${n(hidden)} ausgeblendet)`,
  skipToList: 'Ereignisse als Liste anzeigen',
  showing: (shown: number, total: number) => `${n(shown)} von ${eventsDative(total)} angezeigt`,
  cluster: (count: number, range: string, lane: string) =>
    `${events(count)}, ${range}${lane ? ', ' + lane : ''}. Zum Vergrößern die Eingabetaste drücken.`,
  chartHelp: 'Mit den Pfeiltasten von Ereignis zu Ereignis, mit der Eingabetaste öffnen, mit Plus und Minus zoomen.',
  events,
  notShown: (count: number) => `${events(count)} ${plural(lang, count, { one: 'konnte', other: 'konnten' })} nicht angezeigt werden`,
  problemsIn: (count: number) => `${n(count)} ${plural(lang, count, { one: 'Problem', other: 'Probleme' })} in den Daten`,
  chartLabel: (title: string, count: number) => `${title ? title + ': ' : ''}Zeitleiste mit ${eventsDative(count)}`,
  kinds: { person: 'Person', state: 'Staat', organization: 'Organisation' },
  otherProblems: (count: number) => `${n(count)} ${plural(lang, count, { one: 'weiteres Problem', other: 'weitere Probleme' })}`,
  moreProblems: (count: number) => `… und ${n(count)} weitere`,
  moreTopics: (count: number) => `+${n(count)} weitere`,
  warning: 'Warnung',
  loadBadUrl: (url: string) => `„${url}“ ist keine http(s)-URL`,
  loadHttp: (url: string, status: number, statusText: string) =>
    `der Server hat für ${url} mit ${n(status)}${statusText ? ' ' + statusText : ''} geantwortet`,
  loadEmpty: (url: string) => `${url} ist kein JSON: Die Antwort ist leer`,
  loadNotJson: (url: string, detail: string) => `${url} ist kein JSON (${detail})`,
  loadHtml: (url: string, title: string) =>
    `${url} ist kein JSON: Es sieht nach einer HTML-Seite aus${title ? ` („${title}“)` : ''}, vielleicht einer Fehler- oder Anmeldeseite`,
  loadNetwork: (url: string) =>
    `${url} ist nicht erreichbar: Die Netzwerkanfrage ist fehlgeschlagen (offline, oder die Verbindung wurde abgelehnt oder geschlossen)`,
  loadCors: (url: string) =>
    `${url} konnte nicht gelesen werden: Der Server ist nicht erreichbar oder erlaubt dieser Seite nicht, ihn zu lesen (kein CORS-Header für diesen Ursprung)`,
  loadOffline: (url: string) => `${url} konnte nicht geladen werden: Der Browser ist offline`,
  loadTimeout: (url: string, ms: number) => `${url} hat nicht innerhalb von ${seconds(ms)} geantwortet (Zeitüberschreitung)`,
  loadAborted: (url: string) => `die Anfrage für ${url} wurde abgebrochen`,
  loadNotSheet: (url: string) =>
    `${url} ist keine veröffentlichte Google-Tabelle: Veröffentlichen Sie die Tabelle im Web und fügen Sie dann ihren Link ein`,
  timeZone: 'Zeitzone',
  zoneEvent: 'Die des jeweiligen Ereignisses',
  zoneLocal: (zone: string) => `Ihre (${zone})`,
  localTime: 'Ortszeit',
  download: 'Bild herunterladen',
  search: 'Ereignisse durchsuchen',
  searchCount: (count: number, total: number) => `${n(count)} von ${eventsDative(total)}`,
  downloadData: 'Daten herunterladen',
  sourceLine: (publishers: string) => `Quellen: ${publishers}`,
  until: (date: string) => `bis ${date}`,
  filterStatus: 'Nach Status filtern',
  statusConfirmed: 'Bestätigt',
  statusReported: 'Berichtet',
  statusClaimed: (actors: string) => (actors ? `Behauptet von ${actors}` : 'Behauptet'),
  statusDisputed: 'Umstritten',
  statusDenied: (actors: string) => (actors ? `Dementiert von ${actors}` : 'Dementiert'),
  statusNone: 'Ohne Status',
  disputes: 'Widersprüchliche Berichte',
  whoSaidWhat: 'Wer sagte was',
  corrected: (date: string, text: string) => (date ? `Korrigiert am ${date}: ${text}` : `Korrigiert: ${text}`),
  corrections: 'Korrekturen',
  newEvents: (count: number, time: string) =>
    `${n(count)} ${plural(lang, count, { one: 'neues Ereignis', other: 'neue Ereignisse' })}, das letzte um ${time}`,
  newMark: 'neu',
  summaryEvents: (count: number, range: string) => `${events(count)}, ${range}`,
  summaryBusiest: (day: string, count: number) => `ereignisreichster Tag: ${day} mit ${n(count)}`,
  summaryActors: (names: string) => `am häufigsten beteiligt: ${names}`,
  summaryDisputed: (count: number) => `${n(count)} umstritten`,
  summarySeparator: '; ',
  summaryEnd: '.',
};

export default messages;
