/**
 * The importers' share of `LIMITS` (schema/limits.ts): how deep a JSON
 * value nests (`MAX_DEPTH`: the parser reads only the fields it knows, so
 * depth never reaches it) and texts cut to `MAX_TEXT_LENGTH` (long texts
 * come from imported HTML and CSV cells). Here, not in schema/, so that the
 * component's bundle does not carry them.
 */
import { MAX_DEPTH, MAX_TEXT_LENGTH } from '../schema/limits.js';

/**
 * True when `value` nests objects and arrays more than `max` levels deep
 * (a string or number is level 0, `[]` level 1). Iterative, and it stops as
 * soon as it knows: it never overflows the stack and looks at each object
 * once (an object met again through another path, as in a cycle, is not
 * followed again).
 */
export function nestsDeeper(value: unknown, max: number = MAX_DEPTH): boolean {
  if (value === null || typeof value !== 'object') return false;
  const stack: [object, number][] = [[value, 1]];
  const seen = new Set<object>([value]);
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) {
      if (child === null || typeof child !== 'object' || seen.has(child)) continue;
      seen.add(child);
      stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** `text` cut to `max` characters, ending in "…" (not splitting a surrogate pair). */
export function cutText(text: string, max: number = MAX_TEXT_LENGTH): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}
