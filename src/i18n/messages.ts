/**
 * Interface strings. English is built in (`en`); the other catalogs live in
 * src/locales/ and load on demand (see ./i18n.ts). `Messages` is the
 * contract every catalog fills: the same keys, the same function signatures.
 * Counts go through `num()` (Persian digits in `fa`) and plurals through
 * `plural()` (Intl.PluralRules), never hand-written rules.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A count written the locale's way: `num('fa', 12)` → "۱۲". */
export function num(lang: string, n: number): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(lang)));
  return f.format(n);
}

/**
 * Picks the plural form of a count by `Intl.PluralRules`:
 * `plural('ru', 3, {one: 'событие', few: 'события', many: 'событий', other: 'события'})` → "события".
 */
export function plural(lang: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let r = pluralRules.get(lang);
  if (!r) pluralRules.set(lang, (r = new Intl.PluralRules(lang)));
  return forms[r.select(n)] ?? forms.other;
}

const n = (x: number) => num('en', x);
const events = (x: number) => `${n(x)} ${x === 1 ? 'event' : 'events'}`;

export const en = {
  loading: 'Loading the chronology…',
  loadFailed: 'The chronology could not be loaded',
  retry: 'Retry',
  empty: 'No events to show.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  /** The hint after a plain wheel over the chart (the wheel scrolls the page): `mac` names ⌘, else Ctrl. */
  zoomHint: (mac: boolean) => `${mac ? '⌘' : 'Ctrl'} + scroll to zoom`,
  close: 'Close details',
  others: 'Others',
  sources: 'Sources',
  /** Link cards of an event's media (chronoline embeds nothing). */
  mediaVideo: 'Video',
  mediaAudio: 'Audio',
  mediaMap: 'Map',
  mediaPost: 'Post',
  mediaLink: 'Link',
  /** The exported picture's note when events in view have media (the export draws none). */
  mediaLeftOut: 'Images and media links are left out',
  who: 'Who',
  topics: 'Topics',
  filterTopics: 'Filter by topic',
  legendPoint: 'instant or day',
  legendInstant: 'instant',
  legendDay: 'day',
  legendRange: 'period',
  legendApprox: 'approximate',
  correction: 'Correction',
  inDisplayZone: 'Shown in',
  about: 'about',
  allDay: 'All day',
  view: 'View',
  viewChart: 'Chart',
  viewList: 'List',
  showMore: 'Show more',
  /** The phone chronology's button: every event, and how many are not shown yet. */
  showAll: (total: number, hidden: number) => `Show all ${events(total)} (${n(hidden)} hidden)`,
  skipToList: 'Show the events as a list',
  showing: (shown: number, total: number) => `Showing ${n(shown)} of ${events(total)}`,
  cluster: (count: number, range: string, lane: string) => `${events(count)}, ${range}${lane ? ', ' + lane : ''}. Press Enter to zoom in.`,
  chartHelp: 'Arrow keys move between events, Enter opens one, plus and minus zoom.',
  events,
  notShown: (count: number) => `${events(count)} could not be shown`,
  problemsIn: (count: number) => `${n(count)} ${count === 1 ? 'problem' : 'problems'} in the data`,
  chartLabel: (title: string, count: number) => `${title ? title + ': ' : ''}timeline of ${events(count)}`,
  kinds: { person: 'Person', state: 'State', organization: 'Organization' } as Record<string, string>,
  otherProblems: (count: number) => `${n(count)} other ${count === 1 ? 'problem' : 'problems'}`,
  moreProblems: (count: number) => `…and ${n(count)} more`,
  moreTopics: (count: number) => `+${n(count)} more`,
  warning: 'warning',
  loadBadUrl: (url: string) => `'${url}' is not an http(s) URL`,
  loadHttp: (url: string, status: number, statusText: string) =>
    `the server answered ${status}${statusText ? ' ' + statusText : ''} for ${url}`,
  loadEmpty: (url: string) => `${url} is not JSON: the response is empty`,
  loadNotJson: (url: string, detail: string) => `${url} is not JSON (${detail})`,
  loadHtml: (url: string, title: string) =>
    `${url} is not JSON: it looks like an HTML page${title ? ` ("${title}")` : ''}, perhaps an error or login page`,
  loadNetwork: (url: string) => `could not reach ${url}: the network request failed (offline, or the connection was refused or closed)`,
  loadCors: (url: string) =>
    `could not read ${url}: the server could not be reached, or it does not allow this page to read it (no CORS header for this origin)`,
  loadOffline: (url: string) => `could not load ${url}: the browser is offline`,
  loadTimeout: (url: string, ms: number) =>
    `${url} did not answer within ${ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`} (timed out)`,
  loadAborted: (url: string) => `the request for ${url} was cancelled`,
  loadNotSheet: (url: string) => `${url} is not a published Google Sheet: publish the sheet to the web, then paste its link`,
  /** Label of the display-zone switcher. */
  timeZone: 'Time zone',
  /** Switcher option: every event in its own zone. */
  zoneEvent: "Each event's own",
  /** Switcher option: the reader's zone, named: "Yours (Europe/Paris)". */
  zoneLocal: (zone: string) => `Yours (${zone})`,
  /** Details panel: the event's own local time, when it differs from the display zone's. */
  localTime: 'Local time',
  /** Export button and the image's source line. */
  download: 'Download image',
  /** The search box's label; the matches said politely ("12 of 80 events"); the data download menu. */
  search: 'Search events',
  searchCount: (count: number, total: number) => `${n(count)} of ${events(total)}`,
  downloadData: 'Download data',
  sourceLine: (publishers: string) => `Sources: ${publishers}`,
  /** Date of an event that has only an end: "until 24 June 2025". */
  until: (date: string) => `until ${date}`,
  /** Verification status: the word in the details, the list, the legend and the filter. */
  filterStatus: 'Filter by status',
  /** The chart's filter button (topics and statuses in a panel): with the count of filters on. */
  filterMenu: (active: number) => (active ? `Filters (${n(active)})` : 'Filters'),
  statusConfirmed: 'Confirmed',
  statusReported: 'Reported',
  /** "Claimed by Iran"; "Claimed" when no one is named. */
  statusClaimed: (actors: string) => (actors ? `Claimed by ${actors}` : 'Claimed'),
  statusDisputed: 'Disputed',
  /** "Denied by Iran"; "Denied" when no one is named. */
  statusDenied: (actors: string) => (actors ? `Denied by ${actors}` : 'Denied'),
  /** Legend and filter entry for events that carry no status. */
  statusNone: 'No status given',
  /** Heading of an event's conflicting reports. */
  disputes: 'Reports differ',
  /** Heading of an event's statements. */
  whoSaidWhat: 'Who said what',
  /** A dated correction note: "Corrected 23 June 2025: the time was wrong." */
  corrected: (date: string, text: string) => (date ? `Corrected ${date}: ${text}` : `Corrected: ${text}`),
  /** Heading of the list view's corrections section. */
  corrections: 'Corrections',
  /** The live region after a refresh: "3 new events, latest 14:05". */
  newEvents: (count: number, time: string) => `${n(count)} new ${count === 1 ? 'event' : 'events'}, latest ${time}`,
  /** The live region after a refresh that corrected events: "2 events updated" (after the new ones, if any). */
  eventsUpdated: (count: number) => `${events(count)} updated`,
  /** The marker on an event not yet seen. */
  newMark: 'new',
  /** The summary in words: "80 events, June 4 – 29, 2025; busiest day June 22 with 11; most often involved: …; 2 disputed." */
  summaryEvents: (count: number, range: string) => `${events(count)}, ${range}`,
  summaryBusiest: (day: string, count: number) => `busiest day ${day} with ${n(count)}`,
  summaryActors: (names: string) => `most often involved: ${names}`,
  summaryDisputed: (count: number) => `${n(count)} disputed`,
  summarySeparator: '; ',
  summaryEnd: '.',
};

export type Messages = typeof en;

/** The English catalog, for code that has no element (and so no language) at hand. */
export const messages: Messages = en;
