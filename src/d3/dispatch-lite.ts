/**
 * d3-dispatch for the CDN bundle only (see rollup.config.mjs): the
 * `dispatch(types…)` that d3-zoom uses for its start/zoom/end listeners:
 * `on("type.name", fn)` (getter without `fn`, removal with `null`), `call`
 * and `copy`. About half the size of the original's general registry.
 * tests/unit/d3-subsets.test.ts holds it to d3-dispatch.
 */
type Callback = (this: unknown, ...args: unknown[]) => void;

class Dispatch {
  constructor(private _: Map<string, Map<string, Callback>>) {}

  on(typename: string, callback?: Callback | null): this | Callback | undefined {
    const [type = '', name = ''] = typename.split('.');
    if (callback === undefined) return this._.get(type)?.get(name);
    if (!this._.has(type)) throw new Error('unknown type: ' + type);
    if (callback) this._.get(type)!.set(name, callback);
    else this._.get(type)!.delete(name);
    return this;
  }

  call(type: string, that: unknown, ...args: unknown[]): void {
    for (const cb of this._.get(type)?.values() ?? []) cb.apply(that, args);
  }

  copy(): Dispatch {
    return new Dispatch(new Map([...this._].map(([t, m]) => [t, new Map(m)])));
  }
}

export function dispatch(...types: string[]): Dispatch {
  return new Dispatch(new Map(types.map((t) => [t, new Map()])));
}
