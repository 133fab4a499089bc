import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { fromTimelineJS, htmlToText, htmlToTextDom, htmlToTextFallback } from '../../src/import/index.js';
import { parseChronology } from '../../src/schema/index.js';
import { renderTimeline, sr } from './helpers.js';

declare global {
  interface Window {
    __chronolineXss?: string;
  }
}

/** Waits long enough for an image error, a load event or a timer to have fired. */
const settle = () => new Promise((r) => setTimeout(r, 400)).then(() => new Promise((r) => requestAnimationFrame(r)));

/** Markup that runs script, or loads something, wherever it is inserted into a live document. */
const PAYLOADS = [
  `<img src="/__chronoline-probe-img.png" onerror="window.__chronolineXss = 'img'">`,
  `<img src=x onerror=window.__chronolineXss='img2'>`,
  `<svg><image href="/__chronoline-probe-svg.png" onerror="window.__chronolineXss = 'svg'"/></svg>`,
  `<svg onload="window.__chronolineXss = 'svg-onload'"></svg>`,
  `<script>window.__chronolineXss = 'script'</script>`,
  `<iframe srcdoc="<script>parent.__chronolineXss = 'iframe'</script>"></iframe>`,
  `<details open ontoggle="window.__chronolineXss = 'details'">d</details>`,
  `<video><source src="/__chronoline-probe.mp4" onerror="window.__chronolineXss = 'video'"></video>`,
  `<input autofocus onfocus="window.__chronolineXss = 'input'">`,
  `<style>@import url(/__chronoline-probe.css);</style>`,
  `<a href="javascript:window.__chronolineXss = 'a'">a link</a>`,
];

describe('importers in the browser (DOMParser)', () => {
  afterEach(() => {
    delete window.__chronolineXss;
  });

  it('htmlToText uses DOMParser here: every HTML5 entity is decoded, not only the fallback’s', () => {
    expect(typeof DOMParser).to.equal('function');
    const entity = 'x &CounterClockwiseContourIntegral; &hearts; y';
    expect(htmlToText(entity).text).to.equal('x ∳ ♥ y');
    expect(htmlToTextFallback(entity).text).to.equal(entity);
  });

  it('the DOMParser path and the fallback give the same text and links on TimelineJS-style HTML', () => {
    const corpus = [
      '<p class="lead">In this sample timeline, we&#39;ll walk you through&hellip;</p>',
      `<p>Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>: Daughter of Lord Byron</p><span class="tl-note">This slide demonstrates a simple "image" media type.</span>`,
      'This is an example of a blockquote. <br/>&lt;blockquote&gt;&ldquo;Just use html blockquotes in the media field.&rdquo;&lt;/blockquote&gt;',
      `Use the <a href='#make'>generator form</a> to make your first timeline now.`,
      '<blockquote>There is no demand for women engineers. <cite>Edith Clarke</cite></blockquote>',
      '<div><ul><li>one</li><li>two <b>bold <i>both</i></b></li></ul>after<br>line</div>',
      '<table><tr><td>a</td><td>b</td></tr></table>x<script>no()</script>y<style>p{}</style>z',
      '1 < 2 &amp;&amp; 3 > 2 &copy; &#8220;q&#x201d; &#150;',
      '<a href="java&#x09;script:x()">tab</a> <A HREF=/rel>rel</A>',
      ...PAYLOADS,
    ];
    for (const h of corpus) {
      const dom = htmlToTextDom(h);
      const fallback = htmlToTextFallback(h);
      expect(fallback.text, h).to.equal(dom.text);
      expect(fallback.links, h).to.deep.equal(dom.links);
    }
  });

  // Issue 21, finding 3: markup a browser's parser (or a naive builder) takes quadratic time on.
  it("reads '<div>' × 100,000 (by the tokenizer: too deep for DOMParser) and '<p>x</p>' × 100,000 (by DOMParser)", () => {
    const divs = fromTimelineJS({
      events: [{ start_date: { year: 2025 }, text: { headline: 'Divs', text: '<div>'.repeat(1e5) + 'end' } }],
    });
    expect(divs.chronology!.events[0]!.summary).to.equal('end');
    const ps = htmlToText('<p>x</p>'.repeat(1e5));
    expect(ps.text).to.equal(Array(1e5).fill('x').join('\n\n'));
  });

  it('control: the <img onerror> payload does fire when parsed as live HTML (so the next test can fail)', async () => {
    window.__chronolineXss = undefined;
    const div = document.createElement('div');
    div.innerHTML = PAYLOADS[1]!; // the unsafe way, on purpose: a detached element of the live document
    await settle();
    expect(window.__chronolineXss).to.equal('img2');
  });

  it('an <img onerror> (and every other payload) in TimelineJS text never executes or loads', async () => {
    window.__chronolineXss = undefined;
    const all = PAYLOADS.join(' ');
    const result = fromTimelineJS({
      title: { text: { headline: `Title ${PAYLOADS[0]}`, text: all } },
      events: [
        {
          start_date: { year: 2025, month: 6, day: 22 },
          text: { headline: `Headline ${PAYLOADS[1]}`, text: `Before ${all} after` },
          media: { url: `<blockquote>${all}</blockquote>`, caption: all, credit: PAYLOADS[0] },
          display_date: PAYLOADS[0],
          group: PAYLOADS[1],
        },
      ],
      eras: [{ start_date: { year: 2025 }, end_date: { year: 2026 }, text: { headline: all, text: all } }],
    });
    await settle();
    expect(window.__chronolineXss).to.equal(undefined);
    const probes = performance.getEntriesByType('resource').filter((r) => r.name.includes('__chronoline-probe'));
    expect(probes.map((p) => p.name)).to.deep.equal([]);

    // What came out is text, every dropped element and link is reported, and the result is valid.
    const event = result.chronology!.events[0]!;
    expect(event.title).to.equal('Headline');
    // Only the text of the payloads is left: <details> is a block, the link keeps its words.
    expect(event.summary).to.equal('Before\n\nd\n\na link after\n\n“d\n\na link”');
    expect(JSON.stringify(result.chronology)).not.to.match(/onerror|<img|<script|javascript:/i);
    const summaryProblems = result.problems.filter((p) => p.path === 'events[0].text.text').map((p) => p.message);
    expect(summaryProblems).to.include("<img> (src '/__chronoline-probe-img.png') is not text: it was removed");
    expect(summaryProblems).to.include('<script> is not text: it was removed');
    expect(
      summaryProblems.some(
        (m) =>
          m.startsWith("the link 'javascript:window.__chronolineXss = 'a''") && m.includes('is a javascript: URL, which is never kept'),
      ),
    ).to.equal(true);
    const parsed = parseChronology(result.chronology);
    expect(parsed.problems).to.deep.equal([]);
  });

  it('escaped markup in TimelineJS text stays text all the way to <event-timeline>’s details', async () => {
    window.__chronolineXss = undefined;
    const payload = `&lt;img src=x onerror="window.__chronolineXss='rendered'"&gt;`;
    const { chronology } = fromTimelineJS({
      title: { text: { headline: 'Escaped' } },
      events: [
        {
          unique_id: 'e',
          start_date: { year: 2025, month: 6, day: 22 },
          text: { headline: 'Escaped markup', text: `<p>shown as ${payload}</p>` },
        },
      ],
    });
    expect(chronology!.events[0]!.summary).to.equal(`shown as <img src=x onerror="window.__chronolineXss='rendered'">`);
    const el = await renderTimeline(html`<div style="width: 800px"><event-timeline .data=${chronology}></event-timeline></div>`);
    el.selectEvent('e');
    await el.updateComplete;
    await settle();
    const details = sr(el).querySelector<HTMLElement>('[part=details]')!;
    expect(details.textContent).to.contain(`shown as <img src=x onerror="window.__chronolineXss='rendered'">`);
    expect(details.querySelector('img')).to.equal(null);
    expect(window.__chronolineXss).to.equal(undefined);
  });

  it('a full TimelineJS document converts through DOMParser to valid input with links as sources', () => {
    const result = fromTimelineJS(
      {
        title: { text: { headline: 'Women in <i>Computing</i>', text: '<p class="lead">In this sample timeline&hellip;</p>' } },
        events: [
          {
            start_date: { year: '1815', month: '12', day: '10' },
            end_date: { year: '1852', month: '11', day: '27' },
            text: { headline: 'Ada Lovelace', text: '<p>Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>.</p>' },
            media: { url: 'https://upload.wikimedia.org/a.jpg', credit: 'Wikimedia Commons', caption: 'Portrait' },
          },
          { start_date: { year: '1943', hour: '9' }, text: { headline: 'ENIAC' } },
        ],
      },
      { timeZone: 'America/New_York' },
    );
    const parsed = parseChronology(result.chronology);
    expect(parsed.problems).to.deep.equal([]);
    expect(result.chronology!.title).to.equal('Women in Computing');
    expect(result.chronology!.description).to.equal('In this sample timeline…');
    const [ada, eniac] = result.chronology!.events;
    expect(ada!.sources).to.deep.equal([
      { publisher: 'en.wikipedia.org', title: 'Ada Lovelace', url: 'https://en.wikipedia.org/wiki/Ada_Lovelace' },
    ]);
    expect(ada!.media).to.deep.equal({
      url: 'https://upload.wikimedia.org/a.jpg',
      alt: 'Portrait',
      credit: 'Wikimedia Commons',
      caption: 'Portrait',
    });
    // New York kept daylight time all year in 1942–45 (Eastern War Time): the offset is that of the date.
    expect(eniac).to.include({ start: '1943-01-01T09:00-04:00', precision: 'hour' });
    expect(result.problems.map((p) => p.path)).to.deep.equal(['events[1].start_date.month', 'events[1].start_date.day']);
  });
});
