/**
 * Image export of `<event-timeline>`: the chart's current view as a
 * standalone SVG document (every used colour and font written into
 * presentation attributes, a background, the title above and the sources
 * below), and that SVG drawn into a PNG.
 *
 * Plain DOM code (no Lit), loaded by the component with a dynamic `import()`
 * on first use, so it is not in the initial bundle.
 *
 * Safety: every piece of data goes in as a text node (`textContent`), never
 * as markup; the output has no scripts, event handlers, external references
 * or `<foreignObject>`, so drawing it on a canvas does not taint the canvas.
 */
import { messages as en, type Messages } from '../i18n/messages.js';
import { truncateToWidth } from '../layout/stack.js';
import type { PreparedTimeline, SpannedEvent, TimelineLayout } from '../layout/timeline-layout.js';
import type { Chronology, TimelineEvent } from '../schema/parse.js';
import { pickText } from '../schema/text.js';
import { formatter } from '../time/intl.js';
import { offsetName } from '../time/zone.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Space around the chart, px. */
const PAD = 16;
const TITLE_SIZE = 18;
const SUB_SIZE = 12;
const FOOT_SIZE = 11;
const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'path', 'polyline', 'polygon']);
const TEXTS = new Set(['text', 'tspan', 'textPath']);

export interface ExportSvgOptions {
  /** The layout now drawn (which marks and clusters are in view, the visible domain). */
  layout: TimelineLayout;
  /** The prepared (filtered, time-ordered) events: those in the visible domain name the sources. */
  items: readonly SpannedEvent[];
  /** The chronology's title, in the display language. */
  title: string;
  /** Display language (date range, counts). */
  lang: string;
  /** Display zone of the axis. */
  zone: string;
  /** Interface strings in the display language (default: English). */
  messages?: Pick<Messages, 'sourceLine' | 'inDisplayZone'>;
}

/** Stroke properties written on shapes and text, with the value that need not be written. */
const STROKE: [string, string][] = [
  ['stroke-width', '1'],
  ['stroke-dasharray', 'none'],
];
/** Type properties written on text, with the value that need not be written. */
const TYPE: [string, string | null][] = [
  ['font-size', null],
  ['font-weight', '400'],
  ['font-style', 'normal'],
  ['text-anchor', 'start'],
  ['dominant-baseline', 'auto'],
  ['text-decoration-line', 'none'],
];

/** `12px` → `12`, `2.5px, 2px` → `2.5 2` (unitless user units read everywhere). */
const unitless = (v: string) => v.replace(/px\b/g, '').replace(/,\s*/g, ' ');

/** `rgba(r, g, b, a)` → [`rgb(r, g, b)`, a] (SVG 1.1 readers know no alpha in colours). */
function splitAlpha(color: string): [string, number] {
  const m = /^rgba\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)\s*\)$/.exec(color);
  return m ? [`rgb(${m[1]}, ${m[2]}, ${m[3]})`, +m[4]!] : [color, 1];
}

/** Sets or removes (when it is the value that need not be written) a presentation attribute. */
function put(el: Element, name: string, value: string, skip: string | null) {
  if (value === '' || value === skip) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Writes the used style of `live` onto its copy; returns false when the element is not rendered. */
function inline(live: Element, copy: Element, rootFont: string): boolean {
  const cs = getComputedStyle(live);
  if (cs.display === 'none') return false;
  for (const a of [...copy.attributes]) {
    const n = a.name.toLowerCase();
    if (/^(class|part|style|tabindex|role|focusable|aria-.*|data-.*|on.*)$/.test(n)) copy.removeAttribute(a.name);
  }
  const tag = live.localName;
  const opacity = cs.opacity === '1' ? '' : cs.opacity;
  put(copy, 'opacity', opacity, null);
  const isText = TEXTS.has(tag);
  // Shapes in a clip path give only their geometry.
  if ((!SHAPES.has(tag) && !isText) || live.closest('clipPath')) return true;
  for (const prop of tag === 'line' ? ['stroke'] : ['fill', 'stroke']) {
    // Colours with alpha become a colour and an opacity (SVG 1.1 readers know no rgba()).
    const [rgb, alpha] = splitAlpha(cs.getPropertyValue(prop));
    const op = +((parseFloat(cs.getPropertyValue(`${prop}-opacity`)) || 0) * alpha).toFixed(4);
    const none = alpha === 0 || rgb === 'none';
    put(copy, prop, none ? 'none' : rgb, prop === 'stroke' ? 'none' : null);
    put(copy, `${prop}-opacity`, none ? '' : String(op), '1');
  }
  const stroked = copy.hasAttribute('stroke');
  for (const [prop, skip] of STROKE) put(copy, prop, stroked ? unitless(cs.getPropertyValue(prop)) : '', skip);
  put(copy, 'shape-rendering', cs.getPropertyValue('shape-rendering'), 'auto');
  if (cs.visibility !== 'visible') copy.setAttribute('visibility', cs.visibility);
  if (isText) {
    for (const [prop, skip] of TYPE) {
      const value = unitless(cs.getPropertyValue(prop));
      put(copy, prop === 'text-decoration-line' ? 'text-decoration' : prop, value, skip);
    }
    put(copy, 'font-family', cs.fontFamily, rootFont);
  }
  return true;
}

/** Walks the live chart and its copy together: inlines styles, drops what the image must not have. */
function walk(live: Element, copy: Element, drop: (live: Element) => boolean, rootFont: string) {
  const liveKids = [...live.children];
  const copyKids = [...copy.children];
  liveKids.forEach((l, i) => {
    const c = copyKids[i]!;
    if (drop(l) || !inline(l, c, rootFont)) c.remove();
    else walk(l, c, drop, rootFont);
  });
}

/** A resolved colour of the element's theme: `token` is a CSS colour expression (custom properties and `light-dark()` allowed). */
function resolve(host: Element, token: string, prop: 'color' | 'backgroundColor' = 'color'): string {
  const root = host.shadowRoot ?? host;
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style[prop] = token;
  root.append(probe);
  const value = getComputedStyle(probe)[prop];
  probe.remove();
  return value;
}

const rgbaOf = (c: string): [number, number, number, number] | null => {
  const m = /^rgba?\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\s*\)$/.exec(c);
  return m ? [+m[1]!, +m[2]!, +m[3]!, m[4] === undefined ? 1 : +m[4]] : null;
};

/**
 * The colour the chart is seen on: the first opaque background of the
 * element or its ancestors (across shadow roots), with translucent ones
 * over it; the element's own background token when the page sets none.
 */
function pageBackground(host: Element): string {
  const layers: [number, number, number, number][] = [];
  let opaque: [number, number, number, number] | null = null;
  for (let node: Element | null = host; node && !opaque; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = rgbaOf(getComputedStyle(node).backgroundColor);
    if (bg && bg[3] >= 1) opaque = bg;
    else if (bg && bg[3] > 0) layers.push(bg);
  }
  let out = opaque ?? rgbaOf(resolve(host, 'var(--_bg, Canvas)', 'backgroundColor')) ?? [255, 255, 255, 1];
  for (const [r, g, b, a] of layers.reverse()) out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a), 1];
  return rgbString(out);
}

const rgbString = ([r, g, b]: number[]) => `rgb(${Math.round(r!)}, ${Math.round(g!)}, ${Math.round(b!)})`;

let ctx: CanvasRenderingContext2D | null | undefined;
/** Text width in px for a CSS `font`. */
function measurer(font: string) {
  ctx ??= document.createElement('canvas').getContext('2d');
  return (text: string) => {
    if (!ctx) return text.length * 0.6 * parseFloat(font.replace(/^\D*/, ''));
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** Word-wraps `text` into at most `lines` lines of `width`; the last one shortened with "…" when the text does not fit. */
export function wrap(text: string, width: number, measure: (t: string) => number, lines: number): string[] {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  let i = 0;
  while (i < words.length && out.length < lines - 1) {
    let line = words[i]!;
    if (measure(line) > width) break; // one word longer than a line: shortened below
    while (i + 1 < words.length && measure(`${line} ${words[i + 1]}`) <= width) line += ` ${words[++i]}`;
    out.push(line);
    i++;
  }
  if (i < words.length) out.push(truncateToWidth(words.slice(i).join(' '), width, measure, 1) ?? '…');
  return out;
}

/** Publishers of the events, de-duplicated (case and spacing aside), most frequent first. */
export function publishersOf(events: readonly TimelineEvent[]): string[] {
  const seen = new Map<string, { name: string; count: number; first: number }>();
  let i = 0;
  for (const e of events) {
    // One event citing a publisher twice counts once.
    for (const name of new Set(e.sources.map((s) => s.publisher.trim().replace(/\s+/g, ' ')))) {
      if (!name) continue;
      const key = name.toLocaleLowerCase();
      const p = seen.get(key);
      if (p) p.count++;
      else seen.set(key, { name, count: 1, first: i++ });
    }
  }
  return [...seen.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((p) => p.name);
}

/**
 * The source line, fitted to `lines` lines of `width`: as many publishers as
 * fit (most cited first), then "+N" for the rest. Publishers are separated
 * by commas (Arabic-script ones in Arabic-script languages), or by
 * semicolons when a name has a comma.
 */
function sourceLines(publishers: string[], line: (p: string) => string, lang: string, width: number, measure: (t: string) => number, lines: number): string[] {
  const count = new Intl.NumberFormat(lang);
  const sep = publishers.some((p) => /[,،]/.test(p)) ? '; ' : /^(ar|fa|ur|ps|ckb)\b/i.test(lang) ? '، ' : ', ';
  const list = (ps: string[]) => ps.join(sep);
  const fit = (k: number) => {
    const rest = publishers.length - k;
    return wrap(line(list(publishers.slice(0, k)) + (rest ? `${sep}+${count.format(rest)}` : '')), width, measure, lines);
  };
  const fits = (out: string[]) => !out[out.length - 1]!.endsWith('…');
  // The most publishers that fit, by bisection (the text grows with k); at least one.
  let [lo, hi] = [1, Math.min(publishers.length, 200)];
  if (fits(fit(hi))) return fit(hi);
  while (lo < hi - 1) {
    const mid = (lo + hi) >> 1;
    if (fits(fit(mid))) lo = mid;
    else hi = mid;
  }
  return fit(lo);
}

function textEl(doc: Document, x: number, y: number, content: string, attrs: Record<string, string | number>): SVGTextElement {
  const t = doc.createElementNS(SVG_NS, 'text') as SVGTextElement;
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, String(v));
  t.textContent = content;
  return t;
}

/**
 * The chart's current view as a standalone SVG document (serialized with
 * XMLSerializer): a copy of `svgEl` (the live chart in `host`'s shadow root)
 * with the used colours, opacities, strokes and fonts written into
 * presentation attributes (so custom properties and `light-dark()` are
 * resolved), without interactive parts (hit areas, tooltips, focus order,
 * ARIA, classes, parts, data attributes), without the marks, clusters and
 * links outside the visible domain, on the page's background, with the
 * title and the visible dates above and "Sources: …" (the publishers of the
 * events in view) below.
 *
 * Fonts: the family names are written, not the font files: a viewer without
 * the page's web font uses a fallback.
 */
export function buildSvg(host: HTMLElement, svgEl: SVGSVGElement, options: ExportSvgOptions): string {
  const { layout: l, items, lang, zone, messages = en } = options;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const chartStyle = getComputedStyle(svgEl);
  const font = chartStyle.fontFamily;
  const text = resolve(host, 'var(--_text, CanvasText)');
  const muted = resolve(host, 'var(--_muted, GrayText)');
  const background = pageBackground(host);

  // Which marks are in view: those the layout says are, and those that show
  // through the plot's clip at its edges (the DOM also holds marks in a
  // margin on each side, clipped away).
  const [d0, d1] = l.domain;
  const inViewIds = new Set(l.marks.filter((m) => m.inView).map((m) => m.id));
  const inViewClusters = new Set(l.clusters.filter((k) => k.inView).map((k) => k.key));
  const clip = svgEl.querySelector<SVGRectElement>('clipPath rect');
  const [c0, c1] = clip ? [clip.x.baseVal.value, clip.x.baseVal.value + clip.width.baseVal.value] : [l.plotLeft, l.plotRight];
  const shows = (el: Element) => {
    const parts = el.children.length ? [...el.children].filter((c) => !/^(text|title|desc)$/.test(c.localName) && !c.classList.contains('hit')) : [el];
    return parts.some((c) => {
      const m = (c as SVGGraphicsElement).getCTM?.();
      if (!m) return false;
      const b = (c as SVGGraphicsElement).getBBox();
      const [x0, x1] = [m.a * b.x + m.e, m.a * (b.x + b.width) + m.e].sort((p, q) => p - q);
      return x0! < c1 && x1! > c0;
    });
  };
  const drawn = new Set<string>();
  const drop = (el: Element) => {
    const cl = el.classList;
    if (el.localName === 'title' || el.localName === 'desc' || cl.contains('hit')) return true;
    if (cl.contains('mark')) {
      const id = el.getAttribute('data-id') ?? '';
      if (!inViewIds.has(id) && !shows(el)) return true;
      drawn.add(id);
    }
    if (cl.contains('cluster')) return !inViewClusters.has(el.getAttribute('data-key') ?? '') && !shows(el);
    if (cl.contains('link')) return !inViewIds.has(el.getAttribute('data-event') ?? '') && !shows(el);
    return false;
  };

  // The chart: a nested <svg> keeps its coordinates and clips to its box.
  const chart = doc.importNode(svgEl, true) as SVGSVGElement;
  walk(svgEl, chart, drop, font);
  for (const a of [...chart.attributes]) chart.removeAttribute(a.name);
  // Lit's comment markers and the template's indentation are of no use in a file.
  const nodes = doc.createTreeWalker(chart, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const dead: Node[] = [];
  while (nodes.nextNode()) {
    const n = nodes.currentNode;
    if (n.nodeType === Node.COMMENT_NODE || (!n.textContent!.trim() && !TEXTS.has(n.parentElement?.localName ?? ''))) dead.push(n);
  }
  for (const n of dead) n.parentNode?.removeChild(n);

  const width = l.width + 2 * PAD;
  const inner = width - 2 * PAD;
  const titleFont = `700 ${TITLE_SIZE}px ${font}`;
  const titleLines = options.title ? wrap(options.title, inner, measurer(titleFont), 2) : [];
  const f = formatter(lang, { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' });
  const sub = `${f.formatRange(d0, Math.max(d0, d1 - 1))} · ${messages.inDisplayZone} ${zone.replace(/_/g, ' ')} (${offsetName(d0, zone, lang)})`;

  // Events in view: in the visible domain (clustered ones too), or drawn at its edge.
  const events = items.filter((it) => (it.end >= d0 && it.start <= d1) || drawn.has(it.event.id)).map((it) => it.event);
  const footFont = `${FOOT_SIZE}px ${font}`;
  const publishers = publishersOf(events);
  const foot = publishers.length ? sourceLines(publishers, messages.sourceLine, lang, inner, measurer(footFont), 2) : [];

  // Right to left: the title and source line start at the right (`direction` makes x their start).
  const [tx, dir] = l.rtl ? [width - PAD, { direction: 'rtl' }] : [PAD, {}];
  let y = PAD;
  const head: SVGTextElement[] = [];
  for (const line of titleLines) {
    y += TITLE_SIZE * 1.25;
    head.push(textEl(doc, tx, y - TITLE_SIZE * 0.25, line, { ...dir, fill: text, 'font-size': TITLE_SIZE, 'font-weight': 700 }));
  }
  y += SUB_SIZE * 1.5;
  head.push(textEl(doc, tx, y - SUB_SIZE * 0.3, sub, { ...dir, fill: muted, 'font-size': SUB_SIZE }));
  y += 8;
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(l.width));
  chart.setAttribute('height', String(l.height));
  chart.setAttribute('viewBox', `0 0 ${l.width} ${l.height}`);
  y += l.height + 4;
  const tail: SVGTextElement[] = [];
  for (const line of foot) {
    y += FOOT_SIZE * 1.4;
    tail.push(textEl(doc, tx, y - FOOT_SIZE * 0.3, line, { ...dir, fill: muted, 'font-size': FOOT_SIZE }));
  }
  const height = Math.ceil(y + PAD);

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', font);
  if (lang) root.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', lang);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  root.append(title, bg, ...head, chart, ...tail);
  return new XMLSerializer().serializeToString(doc);
}

/**
 * `buildSvg` for an `<event-timeline>`'s state, or an Error saying why there
 * is no chart to export (nothing loaded, no events, the list view, no width).
 */
export function chartSvg(
  host: HTMLElement,
  chronology: Chronology | null,
  layout: TimelineLayout | null,
  prepared: PreparedTimeline | null,
  view: 'chart' | 'list',
  lang: string,
  messages?: ExportSvgOptions['messages'],
): string {
  const svg = host.shadowRoot?.querySelector<SVGSVGElement>('svg.chart');
  if (!chronology || !layout || !prepared || !svg) {
    const why = !chronology
      ? 'no chronology is loaded'
      : !chronology.events.length
        ? 'it has no events'
        : view === 'list'
          ? 'the list view is shown (set view="chart")'
          : 'the chart is not drawn (the element has no width)';
    throw new Error(`<event-timeline>: no chart to export: ${why}`);
  }
  return buildSvg(host, svg, { layout, items: prepared.items, title: pickText(chronology.title, lang), lang, zone: prepared.timeZone, messages });
}

/** Width and height of a serialized SVG's root, px (read from the text: DOMParser is a Trusted Types sink). */
function sizeOf(svg: string): [number, number] {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string, fallback: number) => parseFloat(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? '') || fallback;
  return [attr('width', 300), attr('height', 150)];
}

/**
 * Draws a standalone SVG (as `buildSvg` makes it) on a canvas `scale` times
 * its size and returns the PNG. The SVG is loaded from a Blob URL; it has no
 * external resources, so the canvas stays untainted.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`exportPNG: scale must be a positive number, not ${scale}`);
  const [w, h] = sizeOf(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    try {
      await img.decode();
    } catch {
      throw new Error(`exportPNG: the browser could not load the SVG as an image (a Content-Security-Policy whose img-src does not allow blob: blocks it)`);
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('exportPNG: no 2D canvas in this browser');
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('exportPNG: the canvas gave no image'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a Blob as a file through a temporary `<a download>` (the object URL is revoked afterwards). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download has started from the click; revoke once it has read the URL.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
