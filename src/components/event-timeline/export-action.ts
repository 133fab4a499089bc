/**
 * Image export of `<event-timeline>`'s chart (the export module loads on
 * first use): the current view as SVG text, or a PNG the `export` button
 * downloads.
 */
import type { Messages } from '../../i18n/messages.js';
import type { PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';
import type { Chronology } from '../../schema/parse.js';

type Host = HTMLElement & { readonly updateComplete: Promise<boolean> };

/** Loads the export module and draws the view, after the pending update (it throws, saying why, when there is no chart). */
export async function exportChart(
  host: Host,
  model: { layout: TimelineLayout | null; prepared: PreparedTimeline | null },
  i18n: { lang: string; m: Messages },
  /** The chronology shown (null when none is ready) and the view shown. */
  shown: () => Chronology | null,
  view: () => 'chart' | 'list',
) {
  const m = await import('../../export/export-image.js');
  await host.updateComplete;
  return [m, m.chartSvg(host, shown(), model.layout, model.prepared, view(), i18n.lang, i18n.m)] as const;
}

/** Saves the view as `<chronology id>.png`; a failure is reported to `fail`, not thrown. */
export async function downloadChart(exported: () => ReturnType<typeof exportChart>, name: () => string, fail: (message: string) => void) {
  try {
    const [m, svg] = await exported();
    m.download(await m.svgToPng(svg), `${name()}.png`);
  } catch (e) {
    fail(String((e as Error)?.message ?? e));
  }
}
