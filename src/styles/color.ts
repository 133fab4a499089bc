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

/** The text colour (near-black or white) with the higher contrast on `background`. */
export function textColorOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#1a1a1a') ? '#ffffff' : '#1a1a1a';
}

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** `a` moved toward `b` by `t` (0 … 1), in sRGB. */
function mix(a: string, b: string, t: number): string {
  const [x, y] = [parseInt(a.slice(1), 16), parseInt(b.slice(1), 16)];
  return '#' + [16, 8, 0].map((s) => hex2(((x >> s) & 255) * (1 - t) + ((y >> s) & 255) * t)).join('');
}

/** The default light and dark backgrounds a mark can sit on (page and lane band). */
const LIGHT_BACKGROUNDS = ['#ffffff', '#f4f4f1'];
const DARK_BACKGROUNDS = ['#121212', '#1a1a1a'];

/** `color`, darkened or lightened just enough to reach 3:1 against every one of `backgrounds`. */
function reach3(color: string, backgrounds: string[], toward: string): string {
  for (let t = 0; t <= 1; t += 0.05) {
    const c = mix(color, toward, t);
    if (backgrounds.every((bg) => contrastRatio(c, bg) >= 3)) return c;
  }
  return toward;
}

const themed = new Map<string, string>();

/**
 * A topic colour for marks, as a `light-dark()` pair that keeps 3:1
 * non-text contrast on the default light and dark backgrounds (WCAG 1.4.11):
 * dark colours are lightened for dark pages, pale ones darkened for light
 * pages. Authors' colours are kept when they already pass.
 */
export function markColor(hex: string): string {
  let c = themed.get(hex);
  if (!c) {
    const h = hex.slice(1);
    const full = '#' + (h.length <= 4 ? [...h.slice(0, 3)].map((d) => d + d).join('') : h.slice(0, 6));
    const light = reach3(full, LIGHT_BACKGROUNDS, '#000000');
    const dark = reach3(full, DARK_BACKGROUNDS, '#ffffff');
    themed.set(hex, (c = light === dark ? light : `light-dark(${light}, ${dark})`));
  }
  return c;
}
