/**
 * Which lanes a timeline has and which lanes each event appears in.
 */
import type { Chronology, TimelineEvent } from '../schema/parse.js';
import { pickText } from '../schema/text.js';

/** How events are grouped into lanes. */
export const GROUP_BY = ['actor', 'topic', 'none'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export interface LaneSpec {
  /** `actor:<id>`, `topic:<id>`, `others` or `all`. */
  id: string;
  /** The lane label (an actor's short name, a topic label, "Others"). */
  label: string;
  kind: 'actor' | 'topic' | 'others' | 'all';
  /** The actor or topic id behind the lane. */
  refId?: string;
}

export interface LaneAssignment {
  lanes: LaneSpec[];
  /**
   * The lanes of each event, as indices into `lanes`, in lane order, aligned
   * with the `events` given; never empty. (Events in the same lanes share
   * one array.)
   */
  laneIndices: (readonly number[])[];
  /** Lane ids per event id, in lane order; never empty. (Built on first use.) */
  readonly lanesByEvent: ReadonlyMap<string, readonly string[]>;
}

/**
 * `lanesByEvent` from `laneIndices`, built on first use: drawing needs only
 * the indices; the ids serve keyboard navigation and the like.
 */
export function withLanesByEvent<T extends object>(
  target: T,
  events: readonly { id: string }[],
  lanes: readonly LaneSpec[],
  laneIndices: readonly (readonly number[])[],
): T & { readonly lanesByEvent: ReadonlyMap<string, readonly string[]> } {
  let map: Map<string, readonly string[]> | undefined;
  return Object.defineProperty(target, 'lanesByEvent', {
    enumerable: true,
    get() {
      if (!map) {
        map = new Map();
        const ids = new Map<readonly number[], readonly string[]>();
        for (let i = 0; i < events.length; i++) {
          const ks = laneIndices[i]!;
          let list = ids.get(ks);
          if (!list) ids.set(ks, (list = ks.map((k) => lanes[k]!.id)));
          map.set(events[i]!.id, list);
        }
      }
      return map;
    },
  }) as T & { readonly lanesByEvent: ReadonlyMap<string, readonly string[]> };
}

export interface LaneOptions {
  /** Most lanes to draw, the shared "Others" lane included. Default 8. */
  maxLanes?: number;
  /** Language for labels. */
  lang?: string;
  /** Label of the shared lane. */
  othersLabel?: string;
}

/**
 * Assigns events to lanes.
 *
 * - `actor`: the most active actors (by number of events, then by name) get a
 *   lane each; an event appears in the lane of every such actor it has, so a
 *   meeting of two leaders is in both lanes. Events with none of them share
 *   the last lane, "Others".
 * - `topic`: a lane per topic, in the chronology's topic order; an event goes
 *   in the lane of its first (primary) topic.
 * - `none`: one lane.
 */
const collators = new Map<string, Intl.Collator>();
/** One collator per language: `localeCompare` builds a new one on every call. */
function collator(lang: string): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    try {
      c = new Intl.Collator(lang);
    } catch {
      c = new Intl.Collator('en');
    }
    collators.set(lang, c);
  }
  return c;
}

export function computeLanes(
  chronology: Chronology,
  events: readonly TimelineEvent[],
  groupBy: GroupBy,
  options: LaneOptions = {},
): LaneAssignment {
  const { maxLanes = 8, lang = 'en', othersLabel = 'Others' } = options;
  const laneIndices = new Array<readonly number[]>(events.length);
  if (groupBy === 'none') {
    laneIndices.fill([0]);
    const lanes: LaneSpec[] = [{ id: 'all', label: '', kind: 'all' }];
    return withLanesByEvent({ lanes, laneIndices }, events, lanes, laneIndices);
  }
  const lanes: LaneSpec[] = [];
  /** Events that go to "Others", the last lane (added at the end when used). */
  const toOthers: number[] = [];
  if (groupBy === 'actor') {
    const counts = new Map<string, number>();
    for (let i = 0; i < events.length; i++) {
      const actors = events[i]!.actors;
      // Count each actor once per event.
      for (let j = 0; j < actors.length; j++) {
        const id = actors[j]!.id;
        let seen = false;
        for (let x = 0; x < j && !seen; x++) seen = actors[x]!.id === id;
        if (!seen) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    // Each actor's name picked once (not once per comparison: the sort compares O(n log n) times).
    const names = new Map<string, string>();
    const nameOf = (id: string) => {
      let n = names.get(id);
      if (n === undefined) names.set(id, (n = pickText(chronology.actorsById.get(id)?.name, lang)));
      return n;
    };
    const ranked = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || collator(lang).compare(nameOf(a), nameOf(b)));
    const own = ranked.length <= maxLanes ? ranked : ranked.slice(0, Math.max(1, maxLanes - 1));
    for (const id of own) {
      const actor = chronology.actorsById.get(id);
      lanes.push({ id: `actor:${id}`, label: pickText(actor?.shortName ?? actor?.name, lang) || id, kind: 'actor', refId: id });
    }
    // Lane order = rank; an event's lanes are its lane actors, by rank.
    const rank = new Map(own.map((id, r) => [id, r]));
    const single = own.map((_, r) => [r]);
    /** The lane lists of events in several lanes, shared, by their ranks ("0,3"). */
    const several = new Map<string, number[]>();
    for (let i = 0; i < events.length; i++) {
      const ranks: number[] = [];
      for (const a of events[i]!.actors) {
        const r = rank.get(a.id);
        if (r !== undefined && !ranks.includes(r)) ranks.push(r);
      }
      if (!ranks.length) toOthers.push(i);
      else if (ranks.length === 1) laneIndices[i] = single[ranks[0]!]!;
      else {
        const key = ranks.sort((a, b) => a - b).join();
        laneIndices[i] = several.get(key) ?? several.set(key, ranks).get(key)!;
      }
    }
  } else {
    const used = new Set(events.map((e) => e.topics[0]).filter((t): t is string => !!t));
    for (const t of chronology.topics) {
      if (used.has(t.id)) lanes.push({ id: `topic:${t.id}`, label: pickText(t.label, lang), kind: 'topic', refId: t.id });
    }
    const single = new Map(lanes.map((l, k) => [l.refId!, [k]]));
    for (let i = 0; i < events.length; i++) {
      const t = events[i]!.topics[0];
      const ks = t ? single.get(t) : undefined;
      // (Every topic an event names is in the chronology: the parser checks.)
      if (ks) laneIndices[i] = ks;
      else toOthers.push(i);
    }
  }
  if (toOthers.length) {
    const others = [lanes.length];
    lanes.push({ id: 'others', label: othersLabel, kind: 'others' });
    for (const i of toOthers) laneIndices[i] = others;
  }
  return withLanesByEvent({ lanes, laneIndices }, events, lanes, laneIndices);
}
