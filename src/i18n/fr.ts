// French interface strings (see src/internal/messages.ts for the contract).
import { num, plural, type Messages } from './messages.js';

const lang = 'fr';
const n = (x: number) => num(lang, x);
const nb = '\u00a0';
const events = (x: number) => `${n(x)} ${plural(lang, x, { one: 'événement', many: 'd’événements', other: 'événements' })}`;
const seconds = (ms: number) => (ms >= 1000 ? `${n(+(ms / 1000).toFixed(1))}${nb}s` : `${n(ms)}${nb}ms`);

const messages: Messages = {
  loading: 'Chargement de la chronologie…',
  loadFailed: 'Impossible de charger la chronologie',
  retry: 'Réessayer',
  empty: 'Aucun événement à afficher.',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Réinitialiser le zoom',
  zoomHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + défilement pour zoomer`,
  close: 'Fermer les détails',
  others: 'Autres',
  sources: 'Sources',
  mediaVideo: 'Vidéo',
  mediaAudio: 'Audio',
  mediaMap: 'Carte',
  mediaPost: 'Publication',
  mediaLink: 'Lien',
  mediaLeftOut: 'Les images et liens médias ne figurent pas dans cette image',
  who: 'Acteurs',
  topics: 'Thèmes',
  filterTopics: 'Filtrer par thème',
  legendPoint: 'instant ou jour',
  legendInstant: 'instant',
  legendDay: 'jour',
  legendRange: 'période',
  legendApprox: 'approximatif',
  correction: 'Rectificatif',
  inDisplayZone: 'Selon le fuseau',
  about: 'env.',
  allDay: 'Toute la journée',
  view: 'Affichage',
  viewChart: 'Graphique',
  viewList: 'Liste',
  showMore: 'Afficher plus',
  showAll: (total: number, hidden: number) =>
    `Afficher les ${events(total)} (${n(hidden)} ${plural(lang, hidden, { one: 'masqué', many: 'de masqués', other: 'masqués' })})`,
  skipToList: 'Afficher les événements sous forme de liste',
  showing: (shown: number, total: number) => `Affichage de ${n(shown)} sur ${events(total)}`,
  cluster: (count: number, range: string, lane: string) =>
    `${events(count)}, ${range}${lane ? ', ' + lane : ''}. Appuyez sur Entrée pour zoomer.`,
  chartHelp: 'Les flèches passent d’un événement à l’autre, Entrée en ouvre un, plus et moins zooment.',
  events,
  notShown: (count: number) =>
    `${events(count)} ${plural(lang, count, { one: 'n’a pas pu être affiché', other: 'n’ont pas pu être affichés' })}`,
  problemsIn: (count: number) =>
    `${n(count)} ${plural(lang, count, { one: 'problème', many: 'de problèmes', other: 'problèmes' })} dans les données`,
  chartLabel: (title: string, count: number) => `${title ? title + `${nb}: ` : ''}frise chronologique de ${events(count)}`,
  kinds: { person: 'Personne', state: 'État', organization: 'Organisation' },
  otherProblems: (count: number) => `${n(count)} ${plural(lang, count, { one: 'autre problème', other: 'autres problèmes' })}`,
  moreProblems: (count: number) => `…et ${n(count)} ${plural(lang, count, { one: 'autre', other: 'autres' })}`,
  moreTopics: (count: number) => `+${n(count)} ${plural(lang, count, { one: 'autre', other: 'autres' })}`,
  warning: 'avertissement',
  loadBadUrl: (url: string) => `«${nb}${url}${nb}» n’est pas une URL http(s)`,
  loadHttp: (url: string, status: number, statusText: string) =>
    `le serveur a répondu ${n(status)}${statusText ? ' ' + statusText : ''} pour ${url}`,
  loadEmpty: (url: string) => `${url} n’est pas du JSON${nb}: la réponse est vide`,
  loadNotJson: (url: string, detail: string) => `${url} n’est pas du JSON (${detail})`,
  loadHtml: (url: string, title: string) =>
    `${url} n’est pas du JSON${nb}: on dirait une page HTML${title ? ` («${nb}${title}${nb}»)` : ''}, peut-être une page d’erreur ou de connexion`,
  loadNetwork: (url: string) =>
    `impossible de joindre ${url}${nb}: la requête réseau a échoué (hors ligne, ou connexion refusée ou interrompue)`,
  loadCors: (url: string) =>
    `impossible de lire ${url}${nb}: le serveur est injoignable, ou il n’autorise pas cette page à le lire (pas d’en-tête CORS pour cette origine)`,
  loadOffline: (url: string) => `impossible de charger ${url}${nb}: le navigateur est hors ligne`,
  loadTimeout: (url: string, ms: number) => `${url} n’a pas répondu en ${seconds(ms)} (délai dépassé)`,
  loadAborted: (url: string) => `la requête pour ${url} a été annulée`,
  loadNotSheet: (url: string) =>
    `${url} n’est pas une feuille Google Sheets publiée${nb}: publiez la feuille sur le Web, puis collez son lien`,
  timeZone: 'Fuseau horaire',
  zoneEvent: 'Celui de chaque événement',
  zoneLocal: (zone: string) => `Le vôtre (${zone})`,
  localTime: 'Heure locale',
  download: 'Télécharger l’image',
  search: 'Rechercher des événements',
  searchCount: (count: number, total: number) => `${n(count)} sur ${events(total)}`,
  downloadData: 'Télécharger les données',
  sourceLine: (publishers: string) => `Sources${nb}: ${publishers}`,
  until: (date: string) => `jusqu’au ${date}`,
  filterStatus: 'Filtrer par statut',
  filterMenu: (active: number) => (active ? `Filtres (${n(active)})` : 'Filtres'),
  statusConfirmed: 'Confirmé',
  statusReported: 'Signalé',
  statusClaimed: (actors: string) => (actors ? `Affirmé par ${actors}` : 'Affirmé'),
  statusDisputed: 'Contesté',
  statusDenied: (actors: string) => (actors ? `Démenti par ${actors}` : 'Démenti'),
  statusNone: 'Sans statut',
  disputes: 'Versions divergentes',
  whoSaidWhat: 'Qui a dit quoi',
  corrected: (date: string, text: string) => (date ? `Rectifié le ${date}${nb}: ${text}` : `Rectifié${nb}: ${text}`),
  corrections: 'Rectificatifs',
  newEvents: (count: number, time: string) =>
    `${n(count)} ${plural(lang, count, { one: 'nouvel événement', other: 'nouveaux événements' })}, le dernier à ${time}`,
  eventsUpdated: (count: number) => `${events(count)} mis à jour`,
  newMark: 'nouveau',
  summaryEvents: (count: number, range: string) => `${events(count)}, ${range}`,
  summaryBusiest: (day: string, count: number) => `journée la plus chargée${nb}: le ${day}, avec ${n(count)}`,
  summaryActors: (names: string) => `acteurs les plus présents${nb}: ${names}`,
  summaryDisputed: (count: number) => `${n(count)} ${plural(lang, count, { one: 'contesté', other: 'contestés' })}`,
  summarySeparator: `${nb}; `,
  summaryEnd: '.',
};

export default messages;
