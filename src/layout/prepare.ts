/**
 * Step 1 of the layout, once per dataset, grouping, zone and filter: every
 * event's span on the display zone's calendar, sorted by start for window
 * queries, and the lanes (the per-lane index the frames query is built on
 * first use: `laneIndex`). Written as steps (`prepareSteps`), so that a large
 * chronology can be prepared with a pause between them (prepare-slices.ts);
 * `prepareTimeline` runs them at once.
 */
import type { Chronology } from '../schema/parse.js';
import { buildLaneIndex, type LaneIndex } from './lane-index.js';
import { computeEventSpan } from './event-span.js';
import { computeLanes, withLanesByEvent } from './lanes.js';
import type { PreparedTimeline, PrepareOptions, SpannedEvent } from './layout-types.js';

const DAY = 86_400_000;

/** Prepares a chronology for layout: `prepareSteps` run to the end at once. */
export const prepareTimeline = (chronology: Chronology, options?: PrepareOptions): PreparedTimeline =>
  [...prepareSteps(chronology, options)].pop()!;

/**
 * `prepareTimeline` as steps: it yields `undefined` after the events' spans
 * and order (where a caller may pause), then the prepared timeline.
 */
export function* prepareSteps(chronology: Chronology, options: PrepareOptions = {}): Generator<PreparedTimeline | undefined, void, void> {
  const {
    groupBy = 'actor',
    timeZone = chronology.timeZone ?? 'UTC',
    activeTopics,
    activeStatuses: st,
    maxLanes,
    lang,
    othersLabel,
  } = options;
  const all = chronology.events.map((event): SpannedEvent => {
    // (Not a spread: this runs once per event, and an object spread is a slow copy.)
    const { start, end, anchor, kind } = computeEventSpan(event, timeZone);
    return { event, start, end, anchor, kind };
  });
  const filtering = !!activeTopics?.size;
  const items = all.filter(
    (it) => (!filtering || it.event.topics.some((t) => activeTopics.has(t))) && (!st?.length || st.includes(it.event.status ?? 'none')),
  );
  items.sort((a, b) => a.start - b.start || a.event.inputIndex - b.event.inputIndex);
  let maxSpan = 0;
  for (const it of items) maxSpan = Math.max(maxSpan, it.end - it.start);
  let lo = Infinity,
    hi = -Infinity;
  for (const it of all) {
    lo = Math.min(lo, it.start);
    hi = Math.max(hi, it.end);
  }
  if (!Number.isFinite(lo)) {
    // No events: show a week around now's day, so the axis is not empty.
    const now = Math.floor(Date.now() / DAY) * DAY;
    lo = now - 3 * DAY;
    hi = now + 4 * DAY;
  }
  const pad = Math.max((hi - lo) * 0.03, 3_600_000);
  const events = items.map((i) => i.event);
  yield;
  const { lanes, laneIndices } = computeLanes(chronology, events, groupBy, { maxLanes, lang, othersLabel });
  const topicColors = new Map<string, string>();
  for (const t of chronology.topics) if (t.color) topicColors.set(t.id, t.color);
  // The per-lane index is built on the first layout (`laneIndex`): the list and the phone chronology never need it.
  yield withLanesByEvent(
    { items, maxSpan, lanes, laneIndices, extent: [lo - pad, hi + pad] as [number, number], timeZone, topicColors },
    events,
    lanes,
    laneIndices,
  );
}

const indexes = new WeakMap<PreparedTimeline, LaneIndex[]>();

/** The per-lane index of a prepared timeline (built on first use, O(n log n)). */
export function laneIndex(prepared: PreparedTimeline): LaneIndex[] {
  let ix = indexes.get(prepared);
  if (!ix) indexes.set(prepared, (ix = buildLaneIndex(prepared.items, prepared.lanes, prepared.laneIndices)));
  return ix;
}
