// Spanish interface strings (see src/internal/messages.ts for the contract).
import { num, plural, type Messages } from './messages.js';

const lang = 'es';
const n = (x: number) => num(lang, x);
const events = (x: number) => `${n(x)} ${plural(lang, x, { one: 'acontecimiento', many: 'de acontecimientos', other: 'acontecimientos' })}`;
const seconds = (ms: number) => (ms >= 1000 ? `${n(+(ms / 1000).toFixed(1))}\u00a0s` : `${n(ms)}\u00a0ms`);

const messages: Messages = {
  loading: 'Cargando la cronología…',
  loadFailed: 'No se pudo cargar la cronología',
  retry: 'Reintentar',
  empty: 'No hay acontecimientos que mostrar.',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  resetZoom: 'Restablecer el zoom',
  zoomHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + desplazar para hacer zoom`,
  close: 'Cerrar los detalles',
  others: 'Otros',
  sources: 'Fuentes',
  mediaVideo: 'Vídeo',
  mediaAudio: 'Audio',
  mediaMap: 'Mapa',
  mediaPost: 'Publicación',
  mediaLink: 'Enlace',
  mediaLeftOut: 'Las imágenes y los enlaces multimedia no se incluyen en esta imagen',
  who: 'Protagonistas',
  topics: 'Temas',
  filterTopics: 'Filtrar por tema',
  legendPoint: 'momento o día',
  legendInstant: 'momento',
  legendDay: 'día',
  legendRange: 'periodo',
  legendApprox: 'aproximado',
  correction: 'Corrección',
  inDisplayZone: 'Hora de',
  about: 'aprox.',
  allDay: 'Todo el día',
  view: 'Vista',
  viewChart: 'Gráfico',
  viewList: 'Lista',
  showMore: 'Mostrar más',
  showAll: (total: number, hidden: number) =>
    `Mostrar los ${events(total)} (${n(hidden)} ${plural(lang, hidden, { one: 'oculto', many: 'de ocultos', other: 'ocultos' })})`,
  skipToList: 'Ver los acontecimientos en una lista',
  showing: (shown: number, total: number) =>
    `${plural(lang, shown, { one: 'Se muestra', other: 'Se muestran' })} ${n(shown)} de ${events(total)}`,
  cluster: (count: number, range: string, lane: string) =>
    `${events(count)}, ${range}${lane ? ', ' + lane : ''}. Pulse Intro para acercar.`,
  chartHelp: 'Las flechas pasan de un acontecimiento a otro, Intro abre uno, y más y menos cambian el zoom.',
  events,
  notShown: (count: number) => `No se ${plural(lang, count, { one: 'pudo', other: 'pudieron' })} mostrar ${events(count)}`,
  problemsIn: (count: number) =>
    `${n(count)} ${plural(lang, count, { one: 'problema', many: 'de problemas', other: 'problemas' })} en los datos`,
  chartLabel: (title: string, count: number) => `${title ? title + ': ' : ''}cronología de ${events(count)}`,
  kinds: { person: 'Persona', state: 'Estado', organization: 'Organización' },
  otherProblems: (count: number) => `${n(count)} ${plural(lang, count, { one: 'problema más', other: 'problemas más' })}`,
  moreProblems: (count: number) => `…y ${n(count)} más`,
  moreTopics: (count: number) => `+${n(count)} más`,
  warning: 'advertencia',
  loadBadUrl: (url: string) => `«${url}» no es una URL http(s)`,
  loadHttp: (url: string, status: number, statusText: string) =>
    `el servidor respondió ${n(status)}${statusText ? ' ' + statusText : ''} para ${url}`,
  loadEmpty: (url: string) => `${url} no es JSON: la respuesta está vacía`,
  loadNotJson: (url: string, detail: string) => `${url} no es JSON (${detail})`,
  loadHtml: (url: string, title: string) =>
    `${url} no es JSON: parece una página HTML${title ? ` («${title}»)` : ''}, quizá una página de error o de inicio de sesión`,
  loadNetwork: (url: string) =>
    `no se pudo acceder a ${url}: falló la solicitud de red (sin conexión, o la conexión se rechazó o se cerró)`,
  loadCors: (url: string) =>
    `no se pudo leer ${url}: no se pudo contactar con el servidor, o este no permite que esta página lo lea (no hay cabecera CORS para este origen)`,
  loadOffline: (url: string) => `no se pudo cargar ${url}: el navegador no tiene conexión`,
  loadTimeout: (url: string, ms: number) => `${url} no respondió en ${seconds(ms)} (se agotó el tiempo de espera)`,
  loadAborted: (url: string) => `se canceló la solicitud de ${url}`,
  loadNotSheet: (url: string) =>
    `${url} no es una hoja de cálculo de Google publicada: publique la hoja en la web y pegue después su enlace`,
  timeZone: 'Zona horaria',
  zoneEvent: 'La de cada acontecimiento',
  zoneLocal: (zone: string) => `La suya (${zone})`,
  localTime: 'Hora local',
  download: 'Descargar imagen',
  search: 'Buscar acontecimientos',
  searchCount: (count: number, total: number) => `${n(count)} de ${events(total)}`,
  downloadData: 'Descargar datos',
  sourceLine: (publishers: string) => `Fuentes: ${publishers}`,
  until: (date: string) => `hasta el ${date}`,
  filterStatus: 'Filtrar por estado',
  filterMenu: (active: number) => (active ? `Filtros (${n(active)})` : 'Filtros'),
  statusConfirmed: 'Confirmado',
  statusReported: 'Informado',
  statusClaimed: (actors: string) => (actors ? `Según ${actors}` : 'Afirmado'),
  statusDisputed: 'En disputa',
  statusDenied: (actors: string) => (actors ? `Desmentido por ${actors}` : 'Desmentido'),
  statusNone: 'Sin estado',
  disputes: 'Versiones contradictorias',
  whoSaidWhat: 'Quién dijo qué',
  corrected: (date: string, text: string) => (date ? `Corregido el ${date}: ${text}` : `Corregido: ${text}`),
  corrections: 'Correcciones',
  newEvents: (count: number, time: string) =>
    `${n(count)} ${plural(lang, count, { one: 'acontecimiento nuevo', other: 'acontecimientos nuevos' })}, el más reciente a las ${time}`,
  eventsUpdated: (count: number) => `${events(count)} ${plural(lang, count, { one: 'actualizado', other: 'actualizados' })}`,
  newMark: 'nuevo',
  summaryEvents: (count: number, range: string) => `${events(count)}, ${range}`,
  summaryBusiest: (day: string, count: number) => `día con más actividad: ${day}, con ${n(count)}`,
  summaryActors: (names: string) => `más presentes: ${names}`,
  summaryDisputed: (count: number) => `${n(count)} en disputa`,
  summarySeparator: '; ',
  summaryEnd: '.',
};

export default messages;
