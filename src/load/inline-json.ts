import * as v from 'valibot';

/**
 * Reads and validates the JSON in an element's
 * `<script type="application/json">` child, for plain HTML pages that cannot
 * set properties. Problems are logged, never thrown: a broken card must not
 * break the page.
 */
/** The text of an element's own `<script type="application/json">` child, if it has one. */
export const inlineJsonText = (host: Element): string | undefined =>
  host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;

export function readInlineJson<T>(host: Element, schema: v.GenericSchema<unknown, T>): T | undefined {
  const text = inlineJsonText(host);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    console.warn(`chronoline: <${host.localName}> inline JSON is not valid JSON (${(e as Error).message})`);
    return undefined;
  }
  const r = v.safeParse(schema, json);
  if (r.success) return r.output;
  for (const issue of r.issues) {
    console.warn(`chronoline: <${host.localName}> inline JSON: ${v.getDotPath(issue) ?? '$'}: ${issue.message}`);
  }
  return undefined;
}
