/**
 * Registers a custom element unless the name is taken. Two copies of the
 * bundle on one page (or two versions) must not throw: the first definition
 * wins. A name already taken by another copy of this same version (a
 * framework's server that loads the package twice, once per bundle layer, as
 * Next.js does) is what was meant: nothing to say. Another version, or
 * another library, under the name gets one warning per copy.
 */
let warned = false;

/** The package's version (tests/unit/define.test.ts holds it to package.json's). */
export const VERSION = '0.1.0';
/** A global symbol, so that every copy of the library reads the same mark. */
const BRAND = Symbol.for('chronoline.version');

type Branded = CustomElementConstructor & { [BRAND]?: string };

export function define(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  (ctor as Branded)[BRAND] ??= VERSION;
  const existing = customElements.get(name) as Branded | undefined;
  if (!existing) customElements.define(name, ctor);
  else if (existing !== ctor && existing[BRAND] !== VERSION && !warned) {
    // One warning per copy of the library, not one per element it defines.
    warned = true;
    console.warn(`chronoline: <${name}> is already defined by another copy of the library; keeping the first definitions.`);
  }
}
