/**
 * Step 1 of the layout, once per dataset, grouping, zone and filter: every
 * event's span on the display zone's calendar, sorted by start for window
 * queries, the lanes, and the per-lane index the frames query.
 */
import type { Chronology } from '../schema/parse.js';
import { buildLaneIndex, buildLaneIndexSteps, type LaneIndex } from './lane-index.js';
import { computeEventSpan } from './event-span.js';
import { computeLanes, withLanesByEvent } from './lanes.js';
import type { PreparedTimeline, PrepareOptions, SpannedEvent } from './layout-types.js';

const DAY = 86_400_000;

export function prepareTimeline(chronology: Chronology, options: PrepareOptions = {}): PreparedTimeline {
  const steps = prepareSteps(chronology, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Events from which `<event-timeline>` prepares in slices (prepare-slices.ts; the same threshold as the parser's). */
export const PREPARE_SLICED_FROM = 5000;

/** Events whose spans are computed between two pauses of `prepareSteps`. */
export const PREPARE_SLICE = 20_000;

/**
 * `prepareTimeline` as steps: it yields after every `PREPARE_SLICE` spans,
 * after sorting, after the lanes and after each lane's index, where
 * prepare-slices.ts pauses for a large chronology (each step is linear or
 * n·log n in its part).
 */
export function* prepareSteps(chronology: Chronology, options: PrepareOptions = {}): Generator<void, PreparedTimeline> {
  const {
    groupBy = 'actor',
    timeZone = chronology.timeZone ?? 'UTC',
    activeTopics,
    activeStatuses: st,
    maxLanes,
    lang,
    othersLabel,
  } = options;
  const input = chronology.events;
  const all = new Array<SpannedEvent>(input.length);
  for (let i = 0; i < input.length; i++) {
    if (i && i % PREPARE_SLICE === 0) yield;
    const event = input[i]!;
    // (Not a spread: this runs once per event, and an object spread is a slow copy.)
    const { start, end, anchor, kind } = computeEventSpan(event, timeZone);
    all[i] = { event, start, end, anchor, kind };
  }
  const filtering = !!activeTopics?.size;
  const items = all.filter(
    (it) => (!filtering || it.event.topics.some((t) => activeTopics.has(t))) && (!st?.length || st.includes(it.event.status ?? 'none')),
  );
  items.sort((a, b) => a.start - b.start || a.event.inputIndex - b.event.inputIndex);
  yield;
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
  const { lanes, laneIndices } = computeLanes(chronology, events, groupBy, { maxLanes, lang, othersLabel });
  yield;
  const topicColors = new Map<string, string>();
  for (const t of chronology.topics) if (t.color) topicColors.set(t.id, t.color);
  const prepared: PreparedTimeline = withLanesByEvent(
    { items, maxSpan, lanes, laneIndices, extent: [lo - pad, hi + pad], timeZone, topicColors },
    events,
    lanes,
    laneIndices,
  );
  // The per-lane index, built here, once per dataset, rather than on the first frame.
  indexes.set(prepared, yield* buildLaneIndexSteps(prepared.items, prepared.lanes, prepared.laneIndices));
  return prepared;
}

const indexes = new WeakMap<PreparedTimeline, LaneIndex[]>();

/** The per-lane index of a prepared timeline (built on first use, O(n log n)). */
export function laneIndex(prepared: PreparedTimeline): LaneIndex[] {
  let ix = indexes.get(prepared);
  if (!ix) indexes.set(prepared, (ix = buildLaneIndex(prepared.items, prepared.lanes, prepared.laneIndices)));
  return ix;
}
