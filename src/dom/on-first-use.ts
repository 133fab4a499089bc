/**
 * Runs `load(tag)` once per tag of `tags`, when the document first has an
 * element of it: at once for a tag it has now, else when one is added (one
 * MutationObserver on the document for all the tags still awaited, looking
 * only at the added nodes, disconnected once none is left). The CDN entry
 * registers `<actor-card>` and `<topic-badge>` this way: a class loads only
 * on a page that uses its tag.
 *
 * Elements inside other shadow roots are not seen: a component that draws
 * the tag in its own shadow DOM loads it itself (as the timeline does for
 * its details panel).
 */
export function onFirstUse<T extends string>(tags: readonly T[], load: (tag: T) => unknown): void {
  if (typeof document === 'undefined') return;
  /** The tags still awaited after loading those `root` has. */
  const seen = (left: readonly T[], root: ParentNode & Node): T[] =>
    left.filter((t) => {
      const has = (root as Element).localName === t || !!root.querySelector(t);
      if (has) load(t);
      return !has;
    });
  let left = seen(tags, document);
  if (!left.length) return;
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) left = seen(left, n);
    if (!left.length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
