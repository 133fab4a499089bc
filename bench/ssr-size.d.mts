// Types for bench/ssr-size.mjs (so TypeScript tests can import it).

/** Byte counts of a server-rendered fragment (UTF-8): the whole, and its inline JSON, <style>s, comments and the rest. */
export interface SsrParts {
  total: number;
  json: number;
  styles: number;
  comments: number;
  markup: number;
}
/** The size of the June chronology's server-rendered HTML when issue 17 was filed. */
export declare const SSR_BASELINE_BYTES: number;
/** Splits a server-rendered fragment into its parts. */
export declare function ssrParts(html: string): SsrParts;
/** Renders the June chronology with the built server renderer (dist/ssr): by default, and (`full`) with `chartMarkup: true`, as every chronology was rendered when issue 17 was filed. */
export declare function ssrSize(root: string): Promise<SsrParts & { full: SsrParts; dataBytes: number; baselineBytes: number }>;
