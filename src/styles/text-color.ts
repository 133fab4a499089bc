/**
 * Text on a colour: the topic badges' fills and their text (in the badge's
 * module, not the timeline's first-paint bundle).
 */
import { contrastRatio, reach } from './color.js';

/** The text colour (near-black or white) with the higher contrast on `background`. */
export function textColorOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#1a1a1a') ? '#ffffff' : '#1a1a1a';
}

/**
 * A fill for text: `color` as it is when white or near-black text on it
 * reaches 4.5:1, else darkened just enough for white text to (the mid-tone
 * marks of `TOPIC_PALETTE` as a filled badge).
 */
export function fillForText(color: string): string {
  const h = color.slice(1);
  const full = '#' + (h.length <= 4 ? [...h.slice(0, 3)].map((d) => d + d).join('') : h.slice(0, 6));
  return contrastRatio(full, textColorOn(full)) >= 4.5 ? full : reach(full, ['#ffffff'], '#000000', 4.5);
}
