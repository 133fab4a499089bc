/**
 * Lets `@lit-labs/ssr` render bindings inside SVG `<title>` elements, which
 * the marks and clusters use for their accessible names and tooltips.
 *
 * Lit SSR parses every template as an HTML fragment, where `<title>` is raw
 * text, so a `${binding}` inside it is lost ("Unexpected final partIndex",
 * lit/lit#4405). This module wraps lit-html's template preparation on the
 * server so that such a `<title>` is parsed as an ordinary element (under a
 * stand-in tag name, with the binding as a child part); `restoreTitles`
 * turns the stand-in back into `<title>` in the rendered HTML. The output is
 * what the browser hydrates: `<title><!--lit-part-->text<!--/lit-part--></title>`
 * inside the `<svg>`.
 *
 * It must run before `@lit-labs/ssr` is first evaluated (that module reads
 * the function once): `src/ssr/index.ts` imports it first.
 */
import { _$LH } from 'lit-html/private-ssr-support.js';

const STAND_IN = 'chronolinessrtitle';
const { marker } = _$LH;
const original = _$LH.getTemplateHtml;

_$LH.getTemplateHtml = (strings, type) => {
  const [html, attrNames] = original(strings, type);
  const text = String(html);
  if (!text.includes('<title>')) return [html, attrNames];
  const fixed = text.replace(/<title>([^<]*)<\/title>/g, (all, inner: string) =>
    inner.includes(marker) ? `<${STAND_IN}>${inner.split(marker).join(`<?${marker}>`)}</${STAND_IN}>` : all,
  );
  return [fixed as unknown as typeof html, attrNames];
};

/** The rendered HTML with the stand-in tags back as `<title>`. */
export const restoreTitles = (html: string): string => html.replaceAll(`<${STAND_IN}>`, '<title>').replaceAll(`</${STAND_IN}>`, '</title>');
