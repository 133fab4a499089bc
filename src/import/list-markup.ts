/**
 * Progressive enhancement: a chronology written as plain HTML inside
 * `<event-timeline>`, readable before (or without) JavaScript, and used as
 * the data when the component upgrades.
 *
 * ```html
 * <event-timeline>
 *   <ol aria-label="Iran–Russia talks" data-time-zone="Europe/Moscow">
 *     <li id="kremlin-meeting" data-topics="Diplomacy" data-actors="Abbas Araghchi; Vladimir Putin">
 *       <time datetime="2025-06-23T16:00+03:00">23 June, 16:00</time>
 *       <strong>Putin receives Araghchi in the Kremlin</strong>
 *       <p>They discuss the US strikes.</p>
 *       <a href="https://example.com/story">Example News</a>
 *     </li>
 *   </ol>
 * </event-timeline>
 * ```
 *
 * Per item: the first `<time datetime>` is the start and a second one the
 * end; the title is the first `[data-title]`, heading, `<strong>` or `<b>`
 * (else the item's text without its times); `<p>`s are the summary; links
 * are sources (`data-publisher` or the link text names the publisher).
 * Actors and topics come from `data-actors` / `data-topics` (names
 * separated by `;` or `,`) or from nested `[data-actor="id"]` /
 * `[data-topic="id"]` elements whose text is the name. Nothing here is
 * trusted: the result goes through the same validation as JSON, and only
 * text is read (never markup).
 */
import { slugify } from './slug.js';
import type { ChronologyInput } from '../schema/chronology-schema.js';

/** An id from a name: the importers' slug, or the code points for names in other scripts. */
const slug = (s: string) =>
  slugify(s) ||
  'n' +
    [...s]
      .map((c) => c.codePointAt(0)!.toString(36))
      .join('')
      .slice(0, 40);

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (list: string | null) =>
  (list ?? '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** HTML's `datetime` allows a space for the `T`. */
const isoOf = (t: Element | undefined) => t?.getAttribute('datetime')?.trim().replace(' ', 'T');

export function chronologyFromMarkup(host: Element): ChronologyInput | undefined {
  const list = host.querySelector(':scope > ol');
  if (!list) return undefined;
  const actors = new Map<string, { id: string; name: string; kind: 'person' }>();
  const topics = new Map<string, { id: string; label: string }>();
  const addActor = (id: string, name: string) => (actors.has(id) ? id : (actors.set(id, { id, name, kind: 'person' }), id));
  const addTopic = (id: string, label: string) => (topics.has(id) ? id : (topics.set(id, { id, label }), id));

  const events = [...list.querySelectorAll(':scope > li')].map((li, i) => {
    const times = [...li.querySelectorAll('time[datetime]')];
    const titleEl = li.querySelector('[data-title], h2, h3, h4, h5, h6, strong, b');
    let title = text(titleEl);
    if (!title) {
      const copy = li.cloneNode(true) as Element;
      copy.querySelectorAll('time, p, a, [data-actor], [data-topic]').forEach((n) => n.remove());
      title = text(copy);
    }
    const summary = [...li.querySelectorAll('p')]
      .filter((p) => !p.contains(titleEl) && !times.some((t) => p.contains(t)))
      .map(text)
      .filter(Boolean)
      .join('\n\n');
    const eventActors = [
      ...names(li.getAttribute('data-actors')).map((n) => addActor(slug(n), n)),
      ...[...li.querySelectorAll('[data-actor]')].map((el) =>
        addActor(el.getAttribute('data-actor')! || slug(text(el)), text(el) || el.getAttribute('data-actor')!),
      ),
    ];
    const eventTopics = [
      ...names(li.getAttribute('data-topics')).map((n) => addTopic(slug(n), n)),
      ...[...li.querySelectorAll('[data-topic]')].map((el) =>
        addTopic(el.getAttribute('data-topic')! || slug(text(el)), text(el) || el.getAttribute('data-topic')!),
      ),
    ];
    const sources = [...li.querySelectorAll('a[href]')].map((a) => ({
      publisher: a.getAttribute('data-publisher') || text(a) || (a as HTMLAnchorElement).hostname,
      // The resolved URL (relative links are fine); validation keeps only http(s).
      url: (a as HTMLAnchorElement).href || a.getAttribute('href')!,
    }));
    const start = isoOf(times[0]) ?? '';
    const end = isoOf(times[1]);
    return {
      id: slug(li.id || li.getAttribute('data-id') || `item-${i + 1}`),
      title,
      ...(summary ? { summary } : {}),
      start: li.hasAttribute('data-approximate') && !start.endsWith('~') ? start + '~' : start,
      ...(end ? { end } : {}),
      actors: [...new Set(eventActors)].map((id) => ({ id })),
      topics: [...new Set(eventTopics)],
      sources,
    };
  });

  return {
    schemaVersion: 1,
    id: slug(host.id || 'chronology'),
    title: list.getAttribute('aria-label') || text(document.getElementById(list.getAttribute('aria-labelledby') ?? '')) || 'Chronology',
    ...(list.getAttribute('data-time-zone') ? { timeZone: list.getAttribute('data-time-zone')! } : {}),
    actors: [...actors.values()],
    topics: [...topics.values()],
    events,
  } as ChronologyInput;
}
