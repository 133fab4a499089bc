/**
 * Registers a custom element unless the name is taken. Two copies of the
 * bundle on one page (or two versions) must not throw: the first definition
 * wins and the later copy warns once (for all its elements).
 */
let warned = false;

export function define(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, ctor);
  else if (existing !== ctor && !warned) {
    // One warning per copy of the library, not one per element it defines.
    warned = true;
    console.warn(`chronoline: <${name}> is already defined by another copy of the library; keeping the first definitions.`);
  }
}
