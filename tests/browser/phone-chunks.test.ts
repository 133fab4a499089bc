// The phone chronology's first paint from the CDN bundle (issue 17), with its
// chunks slow to come (each after 300 ms: /__test/slow-cdn/, as on a phone's
// network): the entry requests the phone chronology's chunk and the chunks it
// imports together, at the first render (not once the first has arrived and
// named the others); and while they are on their way, the data being ready
// (or the list's module arriving) draws nothing more: the update after the
// loading state draws the phone chronology.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

const CDN = '/__test/slow-cdn/';

/** The resource timing entry of the chunk whose file name starts with `name-` (the one request of it). */
function chunkEntry(name: string): PerformanceResourceTiming {
  const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
    new RegExp(`/chunks/${name.replace(/[.]/g, '\\.')}-[\\w-]+\\.js$`).test(new URL(e.name).pathname),
  );
  expect(entries, `one request of the ${name} chunk`).to.have.length(1);
  return entries[0]!;
}

describe('the phone chronology from the CDN bundle, its chunks slow to come', () => {
  let updates: string[];
  let untilRendered: string[] = [];
  let el: HTMLElement;

  before(async function () {
    this.timeout(20_000);
    await setViewport({ width: 390, height: 844 });
    // A path on the test server; kept in a variable so esbuild leaves the import alone.
    const url = `${CDN}chronoline.min.js`;
    await import(/* @vite-ignore */ url);
    // Each update of the element, with what it has drawn once done.
    const proto = customElements.get('event-timeline')!.prototype as { update(changed: unknown): void };
    const update = proto.update;
    updates = [];
    proto.update = function (this: HTMLElement, changed: unknown) {
      update.call(this, changed);
      const root = this.shadowRoot!;
      const drawn = root.querySelector('.phone-item') ? 'phone' : root.querySelector('[part=status]') ? 'loading' : 'other';
      updates.push(`${drawn}${(this as HTMLElement & { chronology: unknown }).chronology ? ' (data read)' : ''}`);
    };
    // The updates until `rendered` (fired by the update that drew the phone chronology).
    const loaded = new Promise<void>((resolve) =>
      document.addEventListener('rendered', () => resolve(void (untilRendered = [...updates])), { once: true }),
    );
    el = await fixture<HTMLElement>(html`<event-timeline src="/__test/june?ms=50"></event-timeline>`);
    await loaded;
  });

  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('requests the chunks the phone chronology’s chunk imports with it, before it has arrived', async () => {
    const phone = chunkEntry('phone-view');
    // What the phone chronology's chunk imports (beside the entry): read from the chunk itself.
    const code = await (await fetch(phone.name)).text();
    const deps = [...code.matchAll(/from\s*"\.\/([\w.-]+?)-[\w-]+\.js"/g)].map((m) => m[1]!);
    expect(deps, 'the phone chronology’s chunk imports other chunks').not.to.be.empty;
    for (const dep of deps) expect(chunkEntry(dep).startTime, `${dep} requested before phone-view arrived`).to.be.below(phone.responseEnd);
  });

  it('draws the loading state, then the phone chronology: nothing in between while its modules are on their way', () => {
    expect(el.shadowRoot!.querySelectorAll('.phone-item').length, 'the phone chronology is drawn').to.be.greaterThan(0);
    // Before the data: the loading state (the first update, and one once the element is measured at a phone's width).
    expect(untilRendered.at(-1)).to.equal('phone (data read)');
    expect(
      untilRendered.filter((u) => u.endsWith('(data read)')),
      'updates once the data is read',
    ).to.deep.equal(['phone (data read)']);
    expect(
      untilRendered.slice(0, -1).every((u) => u === 'loading'),
      untilRendered.join('; '),
    ).to.be.true;
  });
});
