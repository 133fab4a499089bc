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
  /** Lane ids per event id, in lane order; never empty. (Events in the same lanes share one array.) */
  lanesByEvent: Map<string, readonly string[]>;
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
  const lanesByEvent = new Map<string, readonly string[]>();
  const othersOnly = ['others'];
  if (groupBy === 'none') {
    const all = ['all'];
    for (const e of events) lanesByEvent.set(e.id, all);
    return { lanes: [{ id: 'all', label: '', kind: 'all' }], lanesByEvent };
  }
  const lanes: LaneSpec[] = [];
  let others = false;
  if (groupBy === 'actor') {
    const counts = new Map<string, number>();
    for (const { actors } of events) {
      // Count each actor once per event.
      for (let i = 0; i < actors.length; i++) {
        const id = actors[i]!.id;
        let seen = false;
        for (let j = 0; j < i && !seen; j++) seen = actors[j]!.id === id;
        if (!seen) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    const ranked = [...counts.keys()].sort(
      (a, b) =>
        counts.get(b)! - counts.get(a)! ||
        collator(lang).compare(pickText(chronology.actorsById.get(a)?.name, lang), pickText(chronology.actorsById.get(b)?.name, lang)),
    );
    const own = ranked.length <= maxLanes ? ranked : ranked.slice(0, Math.max(1, maxLanes - 1));
    for (const id of own) {
      const actor = chronology.actorsById.get(id);
      lanes.push({ id: `actor:${id}`, label: pickText(actor?.shortName ?? actor?.name, lang) || id, kind: 'actor', refId: id });
    }
    // Lane order = rank; an event's lanes are its lane actors, by rank.
    const rank = new Map(own.map((id, r) => [id, r]));
    const laneIds = own.map((id) => `actor:${id}`);
    const single = laneIds.map((id) => [id]);
    const ranks: number[] = [];
    for (const e of events) {
      ranks.length = 0;
      for (const a of e.actors) {
        const r = rank.get(a.id);
        if (r !== undefined && !ranks.includes(r)) ranks.push(r);
      }
      if (!ranks.length) {
        others = true;
        lanesByEvent.set(e.id, othersOnly);
      } else if (ranks.length === 1) {
        lanesByEvent.set(e.id, single[ranks[0]!]!);
      } else {
        ranks.sort((a, b) => a - b);
        lanesByEvent.set(e.id, ranks.map((r) => laneIds[r]!));
      }
    }
  } else {
    const used = new Set(events.map((e) => e.topics[0]).filter((t): t is string => !!t));
    for (const t of chronology.topics) {
      if (used.has(t.id)) lanes.push({ id: `topic:${t.id}`, label: pickText(t.label, lang), kind: 'topic', refId: t.id });
    }
    const single = new Map(lanes.map((l) => [l.refId!, [l.id]]));
    for (const e of events) {
      const t = e.topics[0];
      if (!t) others = true;
      lanesByEvent.set(e.id, t ? (single.get(t) ?? [`topic:${t}`]) : othersOnly);
    }
  }
  if (others) lanes.push({ id: 'others', label: othersLabel, kind: 'others' });
  return { lanes, lanesByEvent };
}
