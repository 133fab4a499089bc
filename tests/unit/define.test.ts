// define(): a tag already registered by another copy of this same version
// (Next.js loads a package once per bundle layer, each copy registering its
// classes in one shared registry) is silent; another version or another
// library under the name warns once.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

class Registry {
  map = new Map<string, CustomElementConstructor>();
  get = (n: string) => this.map.get(n);
  define = (n: string, c: CustomElementConstructor) => {
    if (this.map.has(n)) throw new Error(`${n} already defined`);
    this.map.set(n, c);
  };
}

/** A fresh copy of src/dom/define.ts, as a second bundle layer would load it. */
const copy = async () => {
  vi.resetModules();
  return import('../../src/dom/define.js');
};

describe('define', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.stubGlobal('customElements', new Registry());
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    warn.mockRestore();
  });

  test('VERSION is the package version', async () => {
    expect((await copy()).VERSION).toBe(pkg.version);
  });

  test('two copies of this version: the first definition stays, no warning', async () => {
    const first = class A {} as unknown as CustomElementConstructor;
    const second = class B {} as unknown as CustomElementConstructor;
    (await copy()).define('event-timeline', first);
    (await copy()).define('event-timeline', second);
    expect(customElements.get('event-timeline')).toBe(first);
    expect(warn).not.toHaveBeenCalled();
  });

  test('a name taken by another library (or version) warns once per copy', async () => {
    const foreign = class F {} as unknown as CustomElementConstructor;
    customElements.define('event-timeline', foreign);
    customElements.define('actor-card', class G {} as unknown as CustomElementConstructor);
    const { define } = await copy();
    define('event-timeline', class B {} as unknown as CustomElementConstructor);
    define('actor-card', class C {} as unknown as CustomElementConstructor);
    expect(customElements.get('event-timeline')).toBe(foreign);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/<event-timeline> is already defined by another copy/);
  });
});
