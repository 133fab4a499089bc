/**
 * The used style of the live chart written onto its copy as presentation
 * attributes (custom properties and `light-dark()` resolved), and the
 * colours the image is drawn on.
 */

const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'path', 'polyline', 'polygon']);
export const TEXTS = new Set(['text', 'tspan', 'textPath']);

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
export function walk(live: Element, copy: Element, drop: (live: Element) => boolean, rootFont: string) {
  const liveKids = [...live.children];
  const copyKids = [...copy.children];
  liveKids.forEach((l, i) => {
    const c = copyKids[i]!;
    if (drop(l) || !inline(l, c, rootFont)) c.remove();
    else walk(l, c, drop, rootFont);
  });
}

/** A resolved colour of the element's theme: `token` is a CSS colour expression (custom properties and `light-dark()` allowed). */
export function resolve(host: Element, token: string, prop: 'color' | 'backgroundColor' = 'color'): string {
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
export function pageBackground(host: Element): string {
  const layers: [number, number, number, number][] = [];
  let opaque: [number, number, number, number] | null = null;
  for (let node: Element | null = host; node && !opaque; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const bg = rgbaOf(getComputedStyle(node).backgroundColor);
    if (bg && bg[3] >= 1) opaque = bg;
    else if (bg && bg[3] > 0) layers.push(bg);
  }
  let out = opaque ?? rgbaOf(resolve(host, 'var(--_bg, Canvas)', 'backgroundColor')) ?? [255, 255, 255, 1];
  for (const [r, g, b, a] of layers.reverse()) out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a), 1];
  return rgbString(out);
}

const rgbString = ([r, g, b]: number[]) => `rgb(${Math.round(r!)}, ${Math.round(g!)}, ${Math.round(b!)})`;
