/**
 * Runs `load` once, when the document first has a `<tag>` element: at once
 * if it has one now, else when one is added (a MutationObserver on the
 * document, looking only at the added nodes, disconnected after). The CDN
 * entry registers `<actor-card>` this way: its class loads only on a page
 * that uses the tag.
 *
 * Elements inside other shadow roots are not seen: a component that draws
 * the tag in its own shadow DOM loads it itself (as the timeline does for
 * its details panel).
 */
export function onFirstUse(tag: string, load: () => unknown): void {
  if (typeof document === 'undefined') return;
  if (document.querySelector(tag)) {
    load();
    return;
  }
  const has = (n: Node) => n instanceof Element && (n.localName === tag || !!n.querySelector(tag));
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => [...r.addedNodes].some(has))) return;
    observer.disconnect();
    load();
  });
  observer.observe(document, { childList: true, subtree: true });
}
