/** CSV in the TimelineJS Google Sheets layout: each row read as a TimelineJS slide. */
import { quote, type ImportProblem, type ImportResult } from './common.js';
import { convertSlides, type FieldPath, type SlideAt } from './timelinejs.js';
import { mapHeader, rowPath, tlKey, type CsvOptions, type Row } from './csv-common.js';

/** TimelineJS sheet column → the slide field it fills. */
const TL_COLUMNS: Record<string, string> = {
  year: 'start_date.year',
  month: 'start_date.month',
  day: 'start_date.day',
  time: 'start_date.time',
  'end year': 'end_date.year',
  'end month': 'end_date.month',
  'end day': 'end_date.day',
  'end time': 'end_date.time',
  'display date': 'display_date',
  headline: 'text.headline',
  text: 'text.text',
  media: 'media.url',
  'media credit': 'media.credit',
  'media caption': 'media.caption',
  'media thumbnail': 'media.thumbnail',
  'media alt': 'media.alt',
  'media title': 'media.title',
  type: 'type',
  group: 'group',
  background: 'background',
};

const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:\.(\d{1,3}))?\s*([ap])?\.?\s*(?:m\.?)?$/i;

/** `13:05`, `1:05 PM`, `13:05:30.250` → clock fields, or null. */
export function parseClock(text: string): { hour: number; minute?: number; second?: number; millisecond?: number } | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  let hour = +m[1]!;
  const ampm = m[5]?.toLowerCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  }
  const out: { hour: number; minute?: number; second?: number; millisecond?: number } = { hour };
  if (m[2] !== undefined) out.minute = +m[2];
  if (m[3] !== undefined) out.second = +m[3];
  if (m[4] !== undefined) out.millisecond = Math.round(+`0.${m[4]}` * 1000);
  return out;
}

/** The TimelineJS slide a sheet row stands for (what its JSON would have been). */
function rowToSlide(
  cells: Record<string, string>,
  n: number,
  columnOf: (field: string) => string | undefined,
  problems: ImportProblem[],
  role: 'event' | 'other',
): Record<string, unknown> | null {
  const date = (prefix: 'start_date' | 'end_date') => {
    const d: Record<string, unknown> = {};
    for (const f of ['year', 'month', 'day']) if (cells[`${prefix}.${f}`]) d[f] = cells[`${prefix}.${f}`];
    const time = cells[`${prefix}.time`]?.trim();
    if (time) {
      const clock = parseClock(time);
      if (clock) Object.assign(d, clock);
      else {
        const isStart = prefix === 'start_date' && role === 'event';
        problems.push({
          path: rowPath(n, columnOf(`${prefix}.time`)),
          message: `${quote(time)} is not a time of day (13:05, 13:05:30 or 1:05 PM)${isStart ? ': the row is left out' : ': the time is dropped'}`,
          severity: isStart ? 'error' : 'warning',
        });
        if (isStart) return null;
      }
    }
    return Object.keys(d).length ? d : undefined;
  };
  const start = date('start_date');
  if (start === null) return null;
  const slide: Record<string, unknown> = { start_date: start, end_date: date('end_date') };
  const text: Record<string, string> = {};
  const media: Record<string, string> = {};
  for (const [field, value] of Object.entries(cells)) {
    if (!value || field.startsWith('start_date.') || field.startsWith('end_date.')) continue;
    if (field.startsWith('text.')) text[field.slice(5)] = value;
    else if (field.startsWith('media.')) media[field.slice(6)] = value;
    else slide[field] = value;
  }
  slide.text = text;
  slide.media = media;
  return slide;
}

export function fromTimelineSheet(headers: string[], rows: Row[], options: CsvOptions): ImportResult {
  const problems: ImportProblem[] = [];
  const fields = mapHeader(headers, rows, (h) => TL_COLUMNS[tlKey(h)], problems, 'TimelineJS sheet');
  const headerOf = new Map<string, string>();
  fields.forEach((f, i) => f && headerOf.set(f, headers[i]!.trim()));
  /** The column a slide field came from: `start_date.hour` → `Time`. */
  const columnOf = (field: string): string | undefined => {
    const [group, sub] = field.split('.') as [string, string | undefined];
    if ((group === 'start_date' || group === 'end_date') && sub && ['hour', 'minute', 'second', 'millisecond', 'time'].includes(sub)) {
      return headerOf.get(`${group}.time`);
    }
    if (group === 'start_date' || group === 'end_date') return headerOf.get(`${group}.${sub ?? 'year'}`);
    if (group === 'text' || group === 'media') return headerOf.get(`${group}.${sub ?? (group === 'text' ? 'text' : 'url')}`);
    return headerOf.get(field);
  };
  const at =
    (n: number): FieldPath =>
    (field) =>
      rowPath(n, field === undefined ? undefined : columnOf(field));

  let title: SlideAt | undefined;
  let titleRow = 0;
  const events: SlideAt[] = [];
  const eras: SlideAt[] = [];
  for (const r of rows) {
    const cells: Record<string, string> = {};
    fields.forEach((f, i) => f && (cells[f] = (r.cells[i] ?? '').trim()));
    const type = (cells.type ?? '').toLowerCase();
    let role: 'title' | 'era' | 'event' = type === 'title' ? 'title' : type === 'era' ? 'era' : 'event';
    if (type && role === 'event') {
      problems.push({
        path: rowPath(r.n, columnOf('type')),
        message: `${quote(cells.type)} is not a TimelineJS type (title or era): the row is read as an event`,
        severity: 'warning',
      });
    }
    if (role === 'title' && title) {
      problems.push({
        path: rowPath(r.n, columnOf('type')),
        message: `a second title row (the first is row ${titleRow}): this one is read as an event`,
        severity: 'warning',
      });
      role = 'event';
    }
    delete cells.type;
    const slide = rowToSlide(cells, r.n, columnOf, problems, role === 'event' ? 'event' : 'other');
    const item = { slide, at: at(r.n) };
    if (role === 'title') [title, titleRow] = [item, r.n];
    else if (role === 'era') eras.push(item);
    else events.push(item);
  }
  // Rows refused while reading (a bad Time) are still events that came in.
  const refused = events.filter((e) => e.slide === null).length;
  const titlePath = `column ${headerOf.get('type') ?? 'Type'} (no row has the type title)`;
  const result = convertSlides({ title, titlePath, events: events.filter((e) => e.slide !== null), eras }, options, 'csv-import');
  return { ...result, problems: [...problems, ...result.problems], eventsIn: result.eventsIn + refused };
}
