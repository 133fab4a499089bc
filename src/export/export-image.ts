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
import type { PreparedTimeline, SpannedEvent, TimelineLayout } from '../layout/timeline-layout.js';
import type { Chronology } from '../schema/parse.js';
import { pickText } from '../schema/text.js';
import { formatter } from '../time/intl.js';
import { offsetName } from '../time/zone.js';
import { TEXTS, pageBackground, resolve, walk } from './svg-style.js';
import { measurer, publishersOf, sourceLines, wrap } from './source-line.js';
import { stripNonXml } from './xml-chars.js';

export { wrap, publishersOf } from './source-line.js';
export { svgToPng, download } from './png.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Space around the chart, px. */
const PAD = 16;
const TITLE_SIZE = 18;
const SUB_SIZE = 12;
const FOOT_SIZE = 11;

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
  messages?: Pick<Messages, 'sourceLine' | 'inDisplayZone' | 'mediaLeftOut'>;
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
 * events in view) below, and a note that images and media links are left out
 * when an event in view has media (the picture draws none).
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
    const parts = el.children.length
      ? [...el.children].filter((c) => !/^(text|title|desc)$/.test(c.localName) && !c.classList.contains('hit'))
      : [el];
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
  // Media are not drawn: the picture says so when an event in view has any.
  if (events.some((e) => e.media)) foot.push(...wrap(messages.mediaLeftOut, inner, measurer(footFont), 1));

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
  // Data can hold characters XML forbids (a `\u001b` in a title): they are left out, not written.
  return stripNonXml(new XMLSerializer().serializeToString(doc));
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
  return buildSvg(host, svg, {
    layout,
    items: prepared.items,
    title: pickText(chronology.title, lang),
    lang,
    zone: prepared.timeZone,
    messages,
  });
}
