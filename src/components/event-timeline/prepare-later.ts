/**
 * A large chronology prepared for `<event-timeline>` in slices
 * (layout/prepare-slices.ts), loaded on demand by timeline-model.ts (only
 * large chronologies need it): the model gets the result, and the element
 * renders it, unless a newer preparation began meanwhile (which stops this
 * one).
 */
import type { PrepareOptions } from '../../layout/layout-types.js';
import { prepareInSlices } from '../../layout/prepare-slices.js';
import type { Chronology } from '../../schema/parse.js';
import type { TimelineModel } from './timeline-model.js';

export async function prepareLater(model: TimelineModel, c: Chronology, options: PrepareOptions, run: number): Promise<void> {
  const p = await prepareInSlices(c, options, () => run !== model.prepares);
  if (p) {
    model.prepared_(p);
    model.host.requestUpdate();
  }
}
