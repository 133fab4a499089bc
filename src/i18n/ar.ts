// Arabic interface strings (see src/internal/messages.ts for the contract). `two` differs by case: nominative -ان, genitive -ين.
import { num, plural, type Messages } from './messages.js';

const lang = 'ar';
const n = (x: number) => num(lang, x);
const counted = (x: number, one: string, two: string, few: string, many: string, other = many) =>
  plural(lang, x, { zero: `${n(x)} ${other}`, one, two, few: `${n(x)} ${few}`, many: `${n(x)} ${many}`, other: `${n(x)} ${other}` });
const events = (x: number) => counted(x, 'حدث واحد', 'حدثان', 'أحداث', 'حدثًا', 'حدث');
const ofEvents = (x: number) => counted(x, 'حدث واحد', 'حدثين', 'أحداث', 'حدثًا', 'حدث');
const problems = (x: number) => counted(x, 'مشكلة واحدة', 'مشكلتان', 'مشكلات', 'مشكلة');
const seconds = (ms: number) => (ms >= 1000 ? `${n(+(ms / 1000).toFixed(1))} ثانية` : `${n(ms)} ملي ثانية`);

const messages: Messages = {
  loading: 'جارٍ تحميل التسلسل الزمني…',
  loadFailed: 'تعذّر تحميل التسلسل الزمني',
  retry: 'إعادة المحاولة',
  empty: 'لا أحداث لعرضها.',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  resetZoom: 'إعادة ضبط التكبير',
  zoomHint: (mac) => `اضغط ${mac ? '⌘' : 'Ctrl'} مع التمرير للتكبير`,
  close: 'إغلاق التفاصيل',
  others: 'جهات أخرى',
  sources: 'المصادر',
  who: 'الأطراف',
  topics: 'المواضيع',
  filterTopics: 'تصفية حسب الموضوع',
  legendPoint: 'لحظة أو يوم',
  legendInstant: 'لحظة',
  legendDay: 'يوم',
  legendRange: 'فترة',
  legendApprox: 'تقريبي',
  correction: 'تصحيح',
  inDisplayZone: 'بتوقيت',
  about: 'نحو',
  allDay: 'طوال اليوم',
  view: 'العرض',
  viewChart: 'مخطط',
  viewList: 'قائمة',
  showMore: 'عرض المزيد',
  showAll: (total: number, hidden: number) => `عرض كل الأحداث (${events(total)}، ${n(hidden)} منها مخفية)`,
  skipToList: 'عرض الأحداث في قائمة',
  showing: (shown: number, total: number) => `عرض ${n(shown)} من أصل ${ofEvents(total)}`,
  cluster: (count: number, range: string, lane: string) => `${events(count)}، ${range}${lane ? '، ' + lane : ''}. اضغط Enter للتكبير.`,
  chartHelp: 'تنقّل بين الأحداث بمفاتيح الأسهم، وافتح الحدث بمفتاح Enter، وكبّر أو صغّر بمفتاحَي + و−.',
  events,
  notShown: (count: number) => `تعذّر عرض ${ofEvents(count)}`,
  problemsIn: (count: number) => `${problems(count)} في البيانات`,
  chartLabel: (title: string, count: number) => `${title ? title + ': ' : ''}خط زمني من ${ofEvents(count)}`,
  kinds: { person: 'شخص', state: 'دولة', organization: 'منظمة' },
  otherProblems: (count: number) => counted(count, 'مشكلة أخرى', 'مشكلتان أخريان', 'مشكلات أخرى', 'مشكلة أخرى'),
  moreProblems: (count: number) => `…و${n(count)} أخرى`,
  warning: 'تحذير',
  loadBadUrl: (url: string) => `«${url}» ليس عنوان http(s)`,
  loadHttp: (url: string, status: number, statusText: string) =>
    `ردّ الخادم على ${url} بالرمز ${n(status)}${statusText ? ' ' + statusText : ''}`,
  loadEmpty: (url: string) => `${url} ليس ملف JSON: الاستجابة فارغة`,
  loadNotJson: (url: string, detail: string) => `${url} ليس ملف JSON (${detail})`,
  loadHtml: (url: string, title: string) =>
    `${url} ليس ملف JSON: يبدو أنه صفحة HTML${title ? ` («${title}»)` : ''}، ربما صفحة خطأ أو تسجيل دخول`,
  loadNetwork: (url: string) => `تعذّر الوصول إلى ${url}: فشل طلب الشبكة (لا يوجد اتصال، أو رُفض الاتصال أو أُغلق)`,
  loadCors: (url: string) =>
    `تعذّرت قراءة ${url}: لم يمكن الوصول إلى الخادم، أو أنه لا يسمح لهذه الصفحة بقراءته (لا توجد ترويسة CORS لهذا المصدر)`,
  loadOffline: (url: string) => `تعذّر تحميل ${url}: المتصفح غير متصل بالإنترنت`,
  loadTimeout: (url: string, ms: number) => `لم يستجب ${url} خلال ${seconds(ms)} (انتهت المهلة)`,
  loadAborted: (url: string) => `أُلغي طلب ${url}`,
  timeZone: 'المنطقة الزمنية',
  zoneEvent: 'توقيت كل حدث',
  zoneLocal: (zone: string) => `توقيتك (${zone})`,
  localTime: 'التوقيت المحلي',
  download: 'تنزيل الصورة',
  search: 'البحث في الأحداث',
  searchCount: (count: number, total: number) => `${n(count)} من أصل ${ofEvents(total)}`,
  downloadData: 'تنزيل البيانات',
  sourceLine: (publishers: string) => `المصادر: ${publishers}`,
  until: (date: string) => `حتى ${date}`,
  filterStatus: 'التصفية حسب الحالة',
  statusConfirmed: 'مؤكَّد',
  statusReported: 'وارد في التقارير',
  statusClaimed: (actors: string) => (actors ? `بحسب ادعاء ${actors}` : 'ادعاء'),
  statusDisputed: 'موضع خلاف',
  statusDenied: (actors: string) => (actors ? `نفاه ${actors}` : 'منفيّ'),
  statusNone: 'دون حالة',
  disputes: 'روايات متضاربة',
  whoSaidWhat: 'من قال ماذا',
  corrected: (date: string, text: string) => (date ? `صُحّح في ${date}: ${text}` : `صُحّح: ${text}`),
  corrections: 'التصحيحات',
  newEvents: (count: number, time: string) => `جديد: ${events(count)}، آخرها في ${time}`,
  newMark: 'جديد',
  summaryEvents: (count: number, range: string) => `${events(count)}، ${range}`,
  summaryBusiest: (day: string, count: number) => `أكثر الأيام أحداثًا ${day} (${n(count)})`,
  summaryActors: (names: string) => `الأكثر حضورًا: ${names}`,
  summaryDisputed: (count: number) => `موضع خلاف: ${n(count)}`,
  summarySeparator: '؛ ',
  summaryEnd: '.',
};

export default messages;
