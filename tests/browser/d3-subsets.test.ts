// The CDN bundle's selection-lite (src/d3/selection-lite.ts) stands in for
// d3-selection under d3-zoom: held here to d3-selection itself, call for call,
// on what the zoom gesture uses.
import { expect } from '@open-wc/testing';
import * as real from 'd3-selection';
import * as lite from '../../src/d3/selection-lite.js';

type Lib = { select: (n: Element) => any; pointer: (e: any, t?: any) => [number, number] };

function exercise({ select, pointer }: Lib) {
  const host = document.createElement('div');
  host.innerHTML =
    '<svg width="200" height="100" viewBox="0 0 100 50" style="position:fixed;left:10px;top:20px"><rect width="10" height="10"></rect></svg>';
  document.body.append(host);
  const svg = host.firstElementChild as SVGSVGElement;
  const log: string[] = [];
  try {
    const s = select(svg);
    s.property('__data__', 'd1');
    s.on('click.a', function (this: Element, e: Event, d: unknown) {
      log.push(`a ${e.type} ${String(d)} ${this.localName}`);
    });
    s.on('click.b mousedown.b', (e: Event) => log.push(`b ${e.type}`));
    svg.dispatchEvent(new MouseEvent('click'));
    svg.dispatchEvent(new MouseEvent('mousedown'));
    log.push(`getter ${typeof s.on('click.a')} ${typeof s.on('click.none')}`);
    s.on('.b', null);
    svg.dispatchEvent(new MouseEvent('click'));
    svg.dispatchEvent(new MouseEvent('mousedown'));
    s.on('click.a', null);
    svg.dispatchEvent(new MouseEvent('click'));
    s.style('touch-action', 'none').property('__zoom', 7);
    log.push(`style ${svg.style.getPropertyValue('touch-action')} property ${(svg as any).__zoom} datum ${String(s.datum())}`);
    log.push(
      `node ${s.node() === svg} filter ${s.filter(() => false).node()} call ${s.call((x: unknown, a: unknown) => log.push(`called ${x === s} ${String(a)}`), 5) === s}`,
    );
    s.each(function (this: Element, d: unknown, i: number) {
      log.push(`each ${this.localName} ${String(d)} ${i}`);
    });
    const [x, y] = pointer(new MouseEvent('mousemove', { clientX: 60, clientY: 70 }), svg);
    log.push(`pointer ${Math.round(x)} ${Math.round(y)}`);
  } finally {
    host.remove();
  }
  return log;
}

describe('selection-lite (CDN bundle) and d3-selection', () => {
  it('do the same for on (names, several types, getter, removal), property, style, datum, node, filter, call, each and pointer', () => {
    const expected = exercise(real as unknown as Lib);
    expect(expected).to.include('pointer 25 25');
    expect(exercise(lite as unknown as Lib)).to.deep.equal(expected);
  });
});
