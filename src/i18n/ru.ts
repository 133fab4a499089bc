// Russian interface strings (see src/internal/messages.ts for the contract).
import { num, plural, type Messages } from './messages.js';

const lang = 'ru';
const n = (x: number) => num(lang, x);
const events = (x: number) => `${n(x)} ${plural(lang, x, { one: 'событие', few: 'события', many: 'событий', other: 'события' })}`;
const ofEvents = (x: number) => `${n(x)} ${plural(lang, x, { one: 'события', few: 'событий', many: 'событий', other: 'события' })}`;
const problems = (x: number) => `${n(x)} ${plural(lang, x, { one: 'проблема', few: 'проблемы', many: 'проблем', other: 'проблемы' })}`;
const seconds = (ms: number) => (ms >= 1000 ? `${n(+(ms / 1000).toFixed(1))}\u00a0с` : `${n(ms)}\u00a0мс`);

const messages: Messages = {
  loading: 'Загрузка хроники…',
  loadFailed: 'Не удалось загрузить хронику',
  retry: 'Повторить',
  empty: 'Нет событий для показа.',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  resetZoom: 'Сбросить масштаб',
  zoomHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + прокрутка — масштаб`,
  close: 'Закрыть подробности',
  others: 'Прочие',
  sources: 'Источники',
  who: 'Участники',
  topics: 'Темы',
  filterTopics: 'Фильтр по темам',
  legendPoint: 'момент или день',
  legendInstant: 'момент',
  legendDay: 'день',
  legendRange: 'период',
  legendApprox: 'приблизительно',
  correction: 'Поправка',
  inDisplayZone: 'По времени',
  about: 'около',
  allDay: 'Весь день',
  view: 'Вид',
  viewChart: 'Диаграмма',
  viewList: 'Список',
  showMore: 'Показать ещё',
  showAll: (total: number, hidden: number) => `Показать все ${events(total)} (ещё ${n(hidden)})`,
  skipToList: 'Показать события списком',
  showing: (shown: number, total: number) => `Показано ${n(shown)} из ${ofEvents(total)}`,
  cluster: (count: number, range: string, lane: string) =>
    `${events(count)}, ${range}${lane ? ', ' + lane : ''}. Нажмите Enter, чтобы приблизить.`,
  chartHelp: 'Стрелки — переход между событиями, Enter — открыть событие, плюс и минус — масштаб.',
  events,
  notShown: (count: number) => `Не удалось показать ${events(count)}`,
  problemsIn: (count: number) => `${problems(count)} в данных`,
  chartLabel: (title: string, count: number) => `${title ? title + ': ' : ''}хроника из ${ofEvents(count)}`,
  kinds: { person: 'Персона', state: 'Государство', organization: 'Организация' },
  otherProblems: (count: number) => `ещё ${problems(count)}`,
  moreProblems: (count: number) => `…и ещё ${n(count)}`,
  moreTopics: (count: number) => `ещё ${n(count)}`,
  warning: 'предупреждение',
  loadBadUrl: (url: string) => `«${url}» — не адрес http(s)`,
  loadHttp: (url: string, status: number, statusText: string) =>
    `сервер ответил ${n(status)}${statusText ? ' ' + statusText : ''} на запрос ${url}`,
  loadEmpty: (url: string) => `${url} — не JSON: ответ пуст`,
  loadNotJson: (url: string, detail: string) => `${url} — не JSON (${detail})`,
  loadHtml: (url: string, title: string) =>
    `${url} — не JSON: похоже на HTML-страницу${title ? ` («${title}»)` : ''}, возможно, на страницу ошибки или входа`,
  loadNetwork: (url: string) =>
    `не удалось связаться с ${url}: сетевой запрос не выполнен (нет подключения, либо соединение отклонено или закрыто)`,
  loadCors: (url: string) =>
    `не удалось прочитать ${url}: сервер недоступен или не разрешает этой странице читать ответ (нет заголовка CORS для этого источника)`,
  loadOffline: (url: string) => `не удалось загрузить ${url}: браузер не в сети`,
  loadTimeout: (url: string, ms: number) => `${url} не ответил за ${seconds(ms)} (время ожидания истекло)`,
  loadAborted: (url: string) => `запрос к ${url} отменён`,
  loadNotSheet: (url: string) => `${url} — не опубликованная Google Таблица: опубликуйте таблицу в интернете, затем вставьте её ссылку`,
  timeZone: 'Часовой пояс',
  zoneEvent: 'Свой у каждого события',
  zoneLocal: (zone: string) => `Ваш (${zone})`,
  localTime: 'Местное время',
  download: 'Скачать изображение',
  search: 'Поиск событий',
  searchCount: (count: number, total: number) => `${n(count)} из ${ofEvents(total)}`,
  downloadData: 'Скачать данные',
  sourceLine: (publishers: string) => `Источники: ${publishers}`,
  until: (date: string) => `до ${date}`,
  filterStatus: 'Фильтр по статусу',
  statusConfirmed: 'Подтверждено',
  statusReported: 'Сообщается',
  statusClaimed: (actors: string) => (actors ? `Заявлено: ${actors}` : 'Заявлено'),
  statusDisputed: 'Оспаривается',
  statusDenied: (actors: string) => (actors ? `Опровергнуто: ${actors}` : 'Опровергнуто'),
  statusNone: 'Без статуса',
  disputes: 'Сведения расходятся',
  whoSaidWhat: 'Кто что сказал',
  corrected: (date: string, text: string) => (date ? `Исправлено ${date}: ${text}` : `Исправлено: ${text}`),
  corrections: 'Исправления',
  newEvents: (count: number, time: string) =>
    `${n(count)} ${plural(lang, count, { one: 'новое событие', few: 'новых события', many: 'новых событий', other: 'нового события' })}, последнее в ${time}`,
  newMark: 'новое',
  summaryEvents: (count: number, range: string) => `${events(count)}, ${range}`,
  summaryBusiest: (day: string, count: number) => `больше всего событий ${day}: ${n(count)}`,
  summaryActors: (names: string) => `чаще всего участвуют: ${names}`,
  summaryDisputed: (count: number) => `оспаривается: ${n(count)}`,
  summarySeparator: '; ',
  summaryEnd: '.',
};

export default messages;
