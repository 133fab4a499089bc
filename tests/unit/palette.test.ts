// One colour-blind-safe topic palette (issue 16): the June chronology's topic
// colours come from TOPIC_PALETTE; its colours stay apart for readers with
// protanopia, deuteranopia and tritanopia (simulated with Machado et al.
// 2009, severity 1) in light and dark, and keep 3.6:1 (light) and 4.5:1
// (dark) as marks.
import { describe, expect, test } from 'vitest';
import { contrastRatio, markColor, TOPIC_PALETTE } from '../../src/styles/color.js';
import { fillForText, textColorOn } from '../../src/styles/text-color.js';
import { june } from './fixtures.js';

const CVD = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });

/** CIE L*a*b* (D65) of a linear RGB triple. */
function lab([r, g, b]: number[]): [number, number, number] {
  const [x, y, z] = [
    (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047,
    0.2126 * r! + 0.7152 * g! + 0.0722 * b!,
    (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883,
  ];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** How a colour looks (L*a*b*) with full normal vision or a full deficiency. */
function seen(hex: string, kind?: keyof typeof CVD): [number, number, number] {
  const v = linear(hex);
  if (!kind) return lab(v);
  return lab(CVD[kind].map((row) => Math.min(1, Math.max(0, row[0] * v[0]! + row[1] * v[1]! + row[2] * v[2]!))));
}

const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** The light and dark colours `markColor` draws a topic colour with. */
function themes(hex: string): { light: string; dark: string } {
  const c = markColor(hex);
  const m = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(c);
  return m ? { light: m[1]!, dark: m[2]! } : { light: c, dark: c };
}

describe('the topic palette', () => {
  test('the June chronology colours every topic from TOPIC_PALETTE, and uses each of its six colours', () => {
    const used = new Set(june.topics.map((t) => t.color));
    for (const t of june.topics) expect(TOPIC_PALETTE as readonly string[], t.id).toContain(t.color);
    expect(used.size).toBe(TOPIC_PALETTE.length);
  });

  test('as marks: light colours kept as they are and ≥ 3.6:1 on white and the lane band; dark ones ≥ 4.5:1', () => {
    for (const hex of TOPIC_PALETTE) {
      const { light, dark } = themes(hex);
      expect(light).toBe(hex);
      for (const bg of ['#ffffff', '#f4f4f1']) expect(contrastRatio(light, bg)).toBeGreaterThanOrEqual(3.6);
      for (const bg of ['#121212', '#1a1a1a']) expect(contrastRatio(dark, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test.each(['normal', 'protan', 'deutan', 'tritan'] as const)(
    'any two colours stay apart (ΔE*ab ≥ 5) in light and dark, seen with %s vision',
    (vision) => {
      const kind = vision === 'normal' ? undefined : vision;
      for (const theme of ['light', 'dark'] as const) {
        const colours = TOPIC_PALETTE.map((hex) => seen(themes(hex)[theme], kind));
        for (let i = 0; i < colours.length; i++)
          for (let j = i + 1; j < colours.length; j++)
            expect(deltaE(colours[i]!, colours[j]!), `${TOPIC_PALETTE[i]} vs ${TOPIC_PALETTE[j]} (${theme})`).toBeGreaterThanOrEqual(5);
      }
    },
  );

  test('the strikes (military) and the truce (ceasefire) never look alike: ΔE*ab ≥ 10 with any vision', () => {
    const colour = (id: string) => june.topics.find((t) => t.id === id)!.color!;
    for (const kind of [undefined, 'protan', 'deutan', 'tritan'] as const)
      for (const theme of ['light', 'dark'] as const)
        expect(
          deltaE(seen(themes(colour('military'))[theme], kind), seen(themes(colour('ceasefire'))[theme], kind)),
        ).toBeGreaterThanOrEqual(10);
  });

  test('fillForText: a badge filled with a palette colour carries text at 4.5:1 (darkened only when needed)', () => {
    for (const hex of TOPIC_PALETTE) {
      const fill = fillForText(hex);
      expect(contrastRatio(fill, textColorOn(fill)), hex).toBeGreaterThanOrEqual(4.5);
    }
    expect(fillForText('#0072b2')).toBe('#0072b2');
    expect(fillForText('#ca5900')).not.toBe('#ca5900');
    expect(fillForText('#fff')).toBe('#ffffff');
  });
});
