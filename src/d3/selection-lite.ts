/**
 * The part of d3-selection that d3-zoom and d3-drag use, for the CDN bundle
 * only (see rollup.config.mjs; the npm build uses d3-selection itself).
 *
 * d3-selection's `Selection` carries some forty methods on one prototype,
 * which no bundler can trim: about 4 KB gzipped, a tenth of the budget, for
 * the eight methods the zoom gesture calls on single-node selections. This
 * module implements those with d3's semantics: `select`, `pointer`, and a
 * selection with `on` (typenames with `.name`, several separated by spaces,
 * listener `(event, datum)`, removal with `null`, getter form), `property`,
 * `style`, `filter`, `each`, `datum`, `call` and `node`.
 * tests/browser/d3-subsets.test.ts holds it to d3-selection.
 */

type Listener = (this: Element, event: Event, d: unknown) => void;
interface On {
  type: string;
  name: string;
  value: Listener;
  listener: EventListener;
  options?: boolean | AddEventListenerOptions;
}
type Node_ = (Element | Window) & { __on?: On[]; __data__?: unknown; [k: string]: unknown };

const parseTypenames = (typenames: string) =>
  typenames
    .trim()
    .split(/^|\s+/)
    .map((t) => {
      const i = t.indexOf('.');
      return { type: i >= 0 ? t.slice(0, i) : t, name: i >= 0 ? t.slice(i + 1) : '' };
    });

export class Selection {
  constructor(readonly _nodes: Node_[]) {}

  node(): Node_ | null {
    return this._nodes[0] ?? null;
  }

  each(fn: (this: Node_, d: unknown, i: number, nodes: Node_[]) => void): this {
    this._nodes.forEach((n, i) => fn.call(n, n.__data__, i, this._nodes));
    return this;
  }

  call(fn: (s: this, ...args: unknown[]) => void, ...args: unknown[]): this {
    fn(this, ...args);
    return this;
  }

  filter(test: (this: Node_, d: unknown, i: number) => boolean): Selection {
    return new Selection(this._nodes.filter((n, i) => test.call(n, n.__data__, i)));
  }

  datum(): unknown {
    return this.node()?.__data__;
  }

  property(name: string, value: unknown): this {
    return this.each(function () {
      this[name] = typeof value === 'function' ? value.apply(this, arguments) : value;
    });
  }

  style(name: string, value: string): this {
    return this.each(function () {
      (this as unknown as HTMLElement).style?.setProperty(name, value);
    });
  }

  on(typenames: string): Listener | undefined;
  on(typenames: string, value: Listener | null, options?: boolean | AddEventListenerOptions): this;
  on(typenames: string, value?: Listener | null, options?: boolean | AddEventListenerOptions): this | Listener | undefined {
    const types = parseTypenames(typenames);
    if (value === undefined) {
      const { type, name } = types[0]!;
      return this.node()?.__on?.find((o) => o.type === type && o.name === name)?.value;
    }
    return this.each(function () {
      let on = (this.__on ??= []);
      for (const { type, name } of types) {
        on = on.filter((o) => {
          const match = (!type || o.type === type) && o.name === name;
          if (match) this.removeEventListener(o.type, o.listener, o.options);
          return !match;
        });
        if (value && type) {
          const node = this;
          const listener = (event: Event) => value.call(node as Element, event, node.__data__);
          this.addEventListener(type, listener, options);
          on.push({ type, name, value, listener, options });
        }
      }
      this.__on = on;
    });
  }
}

/** The selection's prototype, for modules that extend it (the transition stub). */
export const selection = Object.assign(() => new Selection([document.documentElement as unknown as Node_]), {
  prototype: Selection.prototype,
});

export function select(node: Element | Window | string): Selection {
  return new Selection([(typeof node === 'string' ? document.querySelector(node) : node) as Node_].filter(Boolean));
}

/** d3's `pointer`: the event's position in `target`'s coordinates (SVG user units, or the element's box). */
export function pointer(event: any, target?: any): [number, number] {
  while (event.sourceEvent) event = event.sourceEvent;
  target ??= event.currentTarget;
  if (target) {
    const svg = target.ownerSVGElement || target;
    if (svg.createSVGPoint) {
      let point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      point = point.matrixTransform(target.getScreenCTM().inverse());
      return [point.x, point.y];
    }
    if (target.getBoundingClientRect) {
      const rect = target.getBoundingClientRect();
      return [event.clientX - rect.left - target.clientLeft, event.clientY - rect.top - target.clientTop];
    }
  }
  return [event.pageX, event.pageY];
}
