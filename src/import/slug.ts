// Its own module: the progressive-enhancement reader uses it too, and it
// should not pull the importers' shared code into the component's bundle.

/**
 * A slug for an id: ASCII letters and digits joined by `-`, accents removed,
 * at most `max` characters (cut at a `-`). Empty when nothing is left (a
 * title in Persian script, say).
 */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '') // it's → its, not it-s
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return dash > max / 2 ? cut.slice(0, dash) : cut;
}
