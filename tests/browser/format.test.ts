// Issue 7: `<event-timeline format="…">` reads TimelineJS JSON and Sheets
// CSV through the importers (loaded on first use), from `src` and `data`,
// and lists what could not be carried over with the data's problems.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DataLoadEvent, EventTimeline } from '../../src/index.js';
import { importChronology } from '../../src/import/index.js';
import { marks, mountTimeline, sr } from './helpers.js';

/** Mounts a timeline and returns it with its `data-load` detail. */
async function load(template: ReturnType<typeof html>) {
  let detail: DataLoadEvent['detail'] | undefined;
  const on = (e: Event) => (detail = (e as DataLoadEvent).detail);
  document.addEventListener('data-load', on);
  try {
    const el = await mountTimeline(template);
    return { el, detail: detail! };
  } finally {
    document.removeEventListener('data-load', on);
  }
}

const fixture = (name: string) => `/__test/fixture/${name}`;
const ids = (el: EventTimeline) => new Set(el.chronology!.events.map((e) => e.id));

describe('format', () => {
  for (const [name, format] of [
    ['eras.json', 'timelinejs'],
    ['eras.json', 'auto'],
    ['women-in-computing.csv', 'csv'],
    ['women-in-computing.csv', 'auto'],
    ['sheets-template.csv', 'auto'],
  ] as const) {
    it(`${name} with format="${format}": the same events as importChronology, all accounted for`, async () => {
      const text = await (await fetch(fixture(name))).text();
      const expected = importChronology(name.endsWith('.csv') ? text : JSON.parse(text), name.endsWith('.csv') ? 'csv' : 'timelinejs');
      expect(expected.chronology, 'the importer reads it').to.exist;
      const { el, detail } = await load(
        html`<event-timeline format=${format} src=${fixture(name)} style="width: 1000px" view="chart"></event-timeline>`,
      );
      expect([...ids(el)].sort()).to.deep.equal(expected.chronology!.events.map((e) => e.id).sort());
      // Nothing lost: every event in the file is drawn or reported.
      expect(detail.eventsIn).to.equal(expected.eventsIn);
      const leftOut = detail.problemList.filter((p) => p.severity === 'error').length;
      expect(detail.events + leftOut).to.be.at.least(detail.eventsIn);
      // What the importer reported is listed, prefixed with the format.
      for (const p of expected.problems)
        expect(
          detail.problemList.some((q) => q.path.endsWith(p.path) && q.message === p.message),
          p.path,
        ).to.be.true;
      expect(marks(el).length).to.be.greaterThan(0);
    });
  }

  it('TimelineJS text is plain text and its links become sources (data property, format detected)', async () => {
    const tl = {
      title: { text: { headline: 'Test', text: '<p>Intro</p>' } },
      events: [
        {
          start_date: { year: '2025', month: '6', day: '23' },
          text: { headline: 'Araghchi <b>meets</b> Putin', text: '<p>In <a href="https://example.org/moscow">Moscow</a>.</p>' },
        },
      ],
    };
    const { el } = await load(html`<event-timeline .data=${tl} style="width: 1000px" view="list"></event-timeline>`);
    const e = el.chronology!.events[0]!;
    expect(e.title).to.equal('Araghchi meets Putin');
    expect(e.sources.map((s) => s.url)).to.deep.equal(['https://example.org/moscow']);
    expect(sr(el).querySelector('.list b')).to.equal(null);
  });

  it('a CSV that neither layout knows is an error that says so, with no events drawn', async () => {
    const csv = 'foo,bar\n1,2\n';
    const failed = new Promise<CustomEvent>((r) => document.addEventListener('data-error', (e) => r(e as CustomEvent), { once: true }));
    await mountTimeline(
      html`<event-timeline format="auto" src=${`data:text/csv,${encodeURIComponent(csv)}`} style="width: 1000px"></event-timeline>`,
    );
    const { detail } = await failed;
    expect(detail.kind).to.equal('data');
    expect(detail.message).to.match(/could not be recognised/);
  });

  it('format="json" reads only our own JSON: TimelineJS input gets the schema’s errors, not the importer', async () => {
    const text = await (await fetch(fixture('eras.json'))).text();
    const problems: { path: string; message: string }[][] = [];
    const on = (e: Event) => problems.push((e as CustomEvent).detail.problemList ?? (e as CustomEvent).detail.problems);
    document.addEventListener('data-load', on);
    document.addEventListener('data-error', on);
    try {
      const el = await mountTimeline(html`<event-timeline format="json" .data=${text} style="width: 1000px"></event-timeline>`);
      expect(el.chronology?.events.length ?? 0).to.equal(0);
      const all = problems.flat();
      expect(
        all.some((p) => /^(timelinejs|csv): /.test(p.path)),
        'no importer problems',
      ).to.be.false;
      expect(all.some((p) => p.path === 'schemaVersion' || /schemaVersion/.test(p.message))).to.be.true;
    } finally {
      document.removeEventListener('data-load', on);
      document.removeEventListener('data-error', on);
    }
  });
});
