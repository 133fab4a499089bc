/**
 * Colours that keep their contrast: WCAG 2 contrast, the topic palette and
 * the marks' colours. (Text on a colour, for the badges, is in text-color.ts.)
 */

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** `a` moved toward `b` by `t` (0 … 1), in sRGB. */
function mix(a: string, b: string, t: number): string {
  const [x, y] = [parseInt(a.slice(1), 16), parseInt(b.slice(1), 16)];
  return '#' + [16, 8, 0].map((s) => hex2(((x >> s) & 255) * (1 - t) + ((y >> s) & 255) * t)).join('');
}

/**
 * One colour-blind-safe palette for topics, the June chronology's: Okabe and
 * Ito's hues (blue, vermillion, bluish green, reddish purple, yellow, grey),
 * darkened just enough to keep 3.6:1 on the light backgrounds (`markColor`
 * lightens them for dark pages). Six colours stay apart for readers with
 * any of the three colour-vision deficiencies; more topics share a colour
 * (their names are in the badges and the details: colour is never the only cue).
 */
export const TOPIC_PALETTE = ['#0072b2', '#ca5900', '#008e68', '#ad678e', '#847d24', '#666666'] as const;

/** The default light and dark backgrounds a mark can sit on (page and lane band). */
const LIGHT_BACKGROUNDS = ['#ffffff', '#f4f4f1'];
const DARK_BACKGROUNDS = ['#121212', '#1a1a1a'];

/** `color`, darkened or lightened just enough to reach `min`:1 against every one of `backgrounds`. */
export function reach(color: string, backgrounds: string[], toward: string, min: number): string {
  for (let t = 0; t <= 1; t += 0.05) {
    const c = mix(color, toward, t);
    if (backgrounds.every((bg) => contrastRatio(c, bg) >= min)) return c;
  }
  return toward;
}

/**
 * Contrast marks keep against the light backgrounds: 3:1 (WCAG 1.4.11) with
 * room to spare. Against the dark ones, where colours look dimmer, 4.5:1.
 */
export const MARK_CONTRAST = 3.6;

const themed = new Map<string, string>();

/**
 * A topic colour for marks, as a `light-dark()` pair that keeps 3.6:1 on the
 * default light backgrounds and 4.5:1 on the dark ones (WCAG 1.4.11 asks 3:1):
 * dark colours are lightened for dark pages, pale ones darkened for light
 * pages. Authors' colours are kept when they already pass.
 */
export function markColor(hex: string): string {
  let c = themed.get(hex);
  if (!c) {
    const h = hex.slice(1);
    const full = '#' + (h.length <= 4 ? [...h.slice(0, 3)].map((d) => d + d).join('') : h.slice(0, 6));
    const light = reach(full, LIGHT_BACKGROUNDS, '#000000', MARK_CONTRAST);
    const dark = reach(full, DARK_BACKGROUNDS, '#ffffff', 4.5);
    themed.set(hex, (c = light === dark ? light : `light-dark(${light}, ${dark})`));
  }
  return c;
}
