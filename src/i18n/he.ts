// Hebrew interface strings (see src/internal/messages.ts for the contract).
import { num, plural, type Messages } from './messages.js';

const lang = 'he';
const n = (x: number) => num(lang, x);
const events = (x: number) => plural(lang, x, { one: 'אירוע אחד', two: 'שני אירועים', other: `${n(x)} אירועים` });
const problems = (x: number) => plural(lang, x, { one: 'בעיה אחת', two: 'שתי בעיות', other: `${n(x)} בעיות` });
const seconds = (ms: number) => (ms >= 1000 ? `${n(+(ms / 1000).toFixed(1))} שניות` : `${n(ms)} אלפיות שנייה`);

const messages: Messages = {
  loading: 'הכרונולוגיה נטענת…',
  loadFailed: 'לא ניתן היה לטעון את הכרונולוגיה',
  retry: 'ניסיון חוזר',
  empty: 'אין אירועים להצגה.',
  zoomIn: 'הגדלה',
  zoomOut: 'הקטנה',
  resetZoom: 'איפוס הזום',
  close: 'סגירת הפרטים',
  others: 'אחרים',
  sources: 'מקורות',
  who: 'מעורבים',
  topics: 'נושאים',
  filterTopics: 'סינון לפי נושא',
  legendPoint: 'רגע או יום',
  legendRange: 'פרק זמן',
  legendApprox: 'משוער',
  correction: 'תיקון',
  inDisplayZone: 'לפי שעון',
  about: 'בסביבות',
  allDay: 'כל היום',
  view: 'תצוגה',
  viewChart: 'תרשים',
  viewList: 'רשימה',
  showMore: 'הצגת עוד',
  skipToList: 'הצגת האירועים כרשימה',
  showing: (shown: number, total: number) =>
    `${plural(lang, shown, { one: 'מוצג', other: 'מוצגים' })} ${n(shown)} מתוך ${events(total)}`,
  cluster: (count: number, range: string, lane: string) => `${events(count)}, ${range}${lane ? ', ' + lane : ''}. להגדלה יש להקיש Enter.`,
  chartHelp: 'מקשי החצים עוברים בין האירועים, Enter פותח אירוע, ופלוס ומינוס משנים את הזום.',
  events,
  notShown: (count: number) => `לא ניתן היה להציג ${events(count)}`,
  problemsIn: (count: number) => `${problems(count)} בנתונים`,
  chartLabel: (title: string, count: number) => `${title ? title + ': ' : ''}ציר זמן של ${events(count)}`,
  kinds: { person: 'אדם', state: 'מדינה', organization: 'ארגון' },
  otherProblems: (count: number) => `עוד ${problems(count)}`,
  moreProblems: (count: number) => `…ועוד ${n(count)}`,
  warning: 'אזהרה',
  loadBadUrl: (url: string) => `"${url}" אינה כתובת http(s)`,
  loadHttp: (url: string, status: number, statusText: string) =>
    `השרת השיב ${n(status)}${statusText ? ' ' + statusText : ''} לבקשה אל ${url}`,
  loadEmpty: (url: string) => `${url} אינו JSON: התגובה ריקה`,
  loadNotJson: (url: string, detail: string) => `${url} אינו JSON (${detail})`,
  loadHtml: (url: string, title: string) =>
    `${url} אינו JSON: נראה שזה דף HTML${title ? ` ("${title}")` : ''}, אולי דף שגיאה או דף התחברות`,
  loadNetwork: (url: string) => `לא ניתן היה להגיע אל ${url}: בקשת הרשת נכשלה (אין חיבור, או שהחיבור נדחה או נסגר)`,
  loadCors: (url: string) =>
    `לא ניתן היה לקרוא את ${url}: השרת אינו זמין, או שהוא אינו מתיר לדף זה לקרוא אותו (אין כותרת CORS למקור זה)`,
  loadOffline: (url: string) => `לא ניתן היה לטעון את ${url}: הדפדפן אינו מחובר לרשת`,
  loadTimeout: (url: string, ms: number) => `${url} לא הגיב בתוך ${seconds(ms)} (תם הזמן הקצוב)`,
  loadAborted: (url: string) => `הבקשה אל ${url} בוטלה`,
  timeZone: 'אזור זמן',
  zoneEvent: 'השעון המקומי של כל אירוע',
  zoneLocal: (zone: string) => `השעון שלך (${zone})`,
  localTime: 'שעון מקומי',
  download: 'הורדת התמונה',
  sourceLine: (publishers: string) => `מקורות: ${publishers}`,
  until: (date: string) => `עד ${date}`,
  filterStatus: 'סינון לפי סטטוס',
  statusConfirmed: 'מאומת',
  statusReported: 'דווח',
  statusClaimed: (actors: string) => (actors ? `לטענת ${actors}` : 'נטען'),
  statusDisputed: 'שנוי במחלוקת',
  statusDenied: (actors: string) => (actors ? `הוכחש על ידי ${actors}` : 'הוכחש'),
  statusNone: 'ללא סטטוס',
  disputes: 'הדיווחים סותרים',
  whoSaidWhat: 'מי אמר מה',
  corrected: (date: string, text: string) => (date ? `תוקן ב־${date}: ${text}` : `תוקן: ${text}`),
  corrections: 'תיקונים',
  newEvents: (count: number, time: string) =>
    plural(lang, count, { one: `אירוע חדש אחד, ב־${time}`, two: `שני אירועים חדשים, האחרון ב־${time}`, other: `${n(count)} אירועים חדשים, האחרון ב־${time}` }),
  newMark: 'חדש',
  summaryEvents: (count: number, range: string) => `${events(count)}, ${range}`,
  summaryBusiest: (day: string, count: number) => `היום העמוס ביותר: ${day}, עם ${n(count)}`,
  summaryActors: (names: string) => `המעורבים העיקריים: ${names}`,
  summaryDisputed: (count: number) => `שנויים במחלוקת: ${n(count)}`,
  summarySeparator: '; ',
  summaryEnd: '.',
};

export default messages;
