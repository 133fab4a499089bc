/**
 * A large chronology prepared for `<event-timeline>` in slices
 * (layout/prepare-slices.ts), loaded on demand by timeline-model.ts (only
 * large chronologies need it): the model shows the result and the element
 * renders it, unless the model began another preparation meanwhile or the
 * element was removed (either stops this one).
 */
import type { PrepareOptions } from '../../layout/layout-types.js';
import { prepareInSlices } from '../../layout/prepare-slices.js';
import type { Chronology } from '../../schema/parse.js';
import type { TimelineModel } from './timeline-model.js';

/** Prepares `c` with `options` in slices for `model`, whose `prepareInputs` were `inputs` when it began. */
export async function prepareLater(model: TimelineModel, c: Chronology, options: PrepareOptions, inputs: unknown[]): Promise<void> {
  const stop = () => inputs !== model.prepareInputs || !model.host.isConnected;
  // The chart's per-lane index too, when the chart is shown (the list and the phone chronology never need it).
  const p = await prepareInSlices(c, options, stop, model.shown() === 'chart');
  if (p) {
    model.show(p);
    model.host.requestUpdate();
  }
}
