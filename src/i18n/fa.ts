// Persian interface strings (see src/internal/messages.ts for the contract). Nouns stay singular after a number.
import { num, type Messages } from './messages.js';

const lang = 'fa';
const n = (x: number) => num(lang, x);
const events = (x: number) => `${n(x)} رویداد`;
const seconds = (ms: number) => (ms >= 1000 ? `${n(+(ms / 1000).toFixed(1))} ثانیه` : `${n(ms)} میلی‌ثانیه`);

const messages: Messages = {
  loading: 'در حال بارگذاری روزشمار…',
  loadFailed: 'بارگذاری روزشمار ممکن نشد',
  retry: 'تلاش دوباره',
  empty: 'رویدادی برای نمایش نیست.',
  zoomIn: 'بزرگ‌نمایی',
  zoomOut: 'کوچک‌نمایی',
  resetZoom: 'بازنشانی بزرگ‌نمایی',
  close: 'بستن جزئیات',
  others: 'سایر',
  sources: 'منابع',
  who: 'نقش‌آفرینان',
  topics: 'موضوع‌ها',
  filterTopics: 'فیلتر بر اساس موضوع',
  legendPoint: 'لحظه یا روز',
  legendRange: 'بازه',
  legendApprox: 'تقریبی',
  correction: 'اصلاحیه',
  inDisplayZone: 'به وقت',
  about: 'حدود',
  allDay: 'تمام روز',
  view: 'نما',
  viewChart: 'نمودار',
  viewList: 'فهرست',
  showMore: 'نمایش بیشتر',
  skipToList: 'نمایش رویدادها به‌صورت فهرست',
  showing: (shown: number, total: number) => `نمایش ${n(shown)} از ${events(total)}`,
  cluster: (count: number, range: string, lane: string) => `${events(count)}، ${range}${lane ? '، ' + lane : ''}. برای بزرگ‌نمایی Enter را بزنید.`,
  chartHelp: 'با کلیدهای جهت‌نما میان رویدادها جابه‌جا شوید، با Enter رویداد را باز کنید و با + و − بزرگ‌نمایی یا کوچک‌نمایی کنید.',
  events,
  notShown: (count: number) => `${events(count)} قابل نمایش نبود`,
  problemsIn: (count: number) => `${n(count)} مشکل در داده‌ها`,
  chartLabel: (title: string, count: number) => `${title ? title + ': ' : ''}خط زمانی ${events(count)}`,
  kinds: { person: 'شخص', state: 'کشور', organization: 'سازمان' },
  otherProblems: (count: number) => `${n(count)} مشکل دیگر`,
  moreProblems: (count: number) => `…و ${n(count)} مورد دیگر`,
  warning: 'هشدار',
  loadBadUrl: (url: string) => `«${url}» نشانی http(s) نیست`,
  loadHttp: (url: string, status: number, statusText: string) =>
    `سرور برای ${url} پاسخ ${n(status)}${statusText ? ' ' + statusText : ''} داد`,
  loadEmpty: (url: string) => `${url} فایل JSON نیست: پاسخ خالی است`,
  loadNotJson: (url: string, detail: string) => `${url} فایل JSON نیست (${detail})`,
  loadHtml: (url: string, title: string) =>
    `${url} فایل JSON نیست: به نظر می‌رسد صفحه‌ای HTML باشد${title ? ` («${title}»)` : ''}، شاید صفحهٔ خطا یا ورود`,
  loadNetwork: (url: string) => `دسترسی به ${url} ممکن نشد: درخواست شبکه ناموفق بود (اتصال برقرار نیست، یا اتصال رد یا بسته شد)`,
  loadCors: (url: string) =>
    `خواندن ${url} ممکن نشد: یا سرور در دسترس نیست، یا به این صفحه اجازهٔ خواندن آن را نمی‌دهد (سرآیند CORS برای این مبدأ وجود ندارد)`,
  loadOffline: (url: string) => `بارگذاری ${url} ممکن نشد: مرورگر آفلاین است`,
  loadTimeout: (url: string, ms: number) => `${url} در ${seconds(ms)} پاسخ نداد (مهلت به پایان رسید)`,
  loadAborted: (url: string) => `درخواست ${url} لغو شد`,
  timeZone: 'منطقهٔ زمانی',
  zoneEvent: 'وقت محلی هر رویداد',
  zoneLocal: (zone: string) => `وقت شما (${zone})`,
  localTime: 'وقت محلی',
  download: 'دریافت تصویر',
  sourceLine: (publishers: string) => `منابع: ${publishers}`,
  until: (date: string) => `تا ${date}`,
};

export default messages;
