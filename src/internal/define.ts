/**
 * Registers a custom element unless the name is taken. Two copies of the
 * bundle on one page (or two versions) must not throw: the first definition
 * wins and the later one warns once.
 */
export function define(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, ctor);
  else if (existing !== ctor) console.warn(`chronoline: <${name}> is already defined by another copy of the library; keeping the first definition.`);
}
