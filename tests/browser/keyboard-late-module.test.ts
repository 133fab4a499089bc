// The chart's key handling is a module loaded when the chart first gets
// focus (keyboard-controller.ts). Focus that leaves the chart before that
// module arrives stays where it went: the module, once here, must not pull it
// back into the chart (a race a busy machine hit in a11y-keyboard.test.ts's
// one-Tab-stop test). A file of its own: the module must not be loaded yet.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { deepActiveElement, frames, mountTimeline, smallChronology, sr } from './helpers.js';

describe('keyboard: the key handling module arriving late', () => {
  it('does not pull focus back into the chart when it left before the module arrived', async () => {
    const el = await mountTimeline(html`<div>
      <div style="width: 800px"><event-timeline view="chart" style="height: auto" .data=${smallChronology()}></event-timeline></div>
      <button id="after">after</button>
    </div>`);
    const mark = sr(el).querySelector<SVGElement>('.mark[tabindex="0"]')!;
    expect(mark, 'the chart has a Tab stop').to.exist;
    const after = document.getElementById('after')!;
    let updated = false;
    el.addController({ hostUpdated: () => (updated = true) });
    mark.focus(); // starts loading the key handling; the update it asks for runs with the mark focused
    // That update (microtasks away), not the module (a request to the server, at least a task away).
    for (let i = 0; i < 20 && !updated; i++) await Promise.resolve();
    expect(updated, 'an update ran with the mark focused').to.be.true;
    expect(deepActiveElement() === mark, 'the mark has focus after its update').to.be.true;
    after.focus(); // the reader moves on (Tab) before the module is here
    await el.updateComplete; // the module has arrived
    await frames(2);
    expect(document.activeElement === after, `focus stays where the reader moved it (on ${deepActiveElement()?.localName})`).to.be.true;
  });
});
