// dom/on-first-use.ts: what the CDN entry registers <actor-card> and
// <topic-badge> with: `load` runs once, when the document first has the tag.
import { expect, fixture, html } from '@open-wc/testing';
import { onFirstUse } from '../../src/dom/on-first-use.js';

/** Lets the MutationObserver's callback run (it comes in a microtask after the change). */
const settle = () => new Promise((r) => setTimeout(r));

describe('onFirstUse', () => {
  it('runs at once when the document has the tag already, and only then', async () => {
    await fixture(html`<div><x-present-tag></x-present-tag></div>`);
    let calls = 0;
    onFirstUse(['x-present-tag'], () => calls++);
    expect(calls).to.equal(1);
    document.body.append(document.createElement('x-present-tag'));
    await settle();
    expect(calls).to.equal(1);
  });

  it('runs once when the tag is added later (nested in other elements), not for other elements', async () => {
    let calls = 0;
    onFirstUse(['x-later-tag'], () => calls++);
    const root = await fixture<HTMLElement>(html`<div><p>nothing yet</p></div>`);
    await settle();
    expect(calls).to.equal(0);
    const wrap = document.createElement('section');
    wrap.innerHTML = '<div><x-later-tag></x-later-tag></div>';
    root.append(wrap);
    await settle();
    expect(calls).to.equal(1);
    root.append(document.createElement('x-later-tag'));
    await settle();
    expect(calls).to.equal(1);
  });

  it('several tags: each loads once, when it first appears, whichever comes first', async () => {
    const root = await fixture<HTMLElement>(html`<div><x-first-tag></x-first-tag></div>`);
    const calls: string[] = [];
    onFirstUse(['x-first-tag', 'x-second-tag'], (t) => calls.push(t));
    expect(calls).to.deep.equal(['x-first-tag']);
    root.append(document.createElement('x-first-tag'));
    await settle();
    expect(calls, 'nothing more for a tag already loaded').to.deep.equal(['x-first-tag']);
    const b = document.createElement('x-second-tag');
    root.append(b);
    await settle();
    expect(calls).to.deep.equal(['x-first-tag', 'x-second-tag']);
    b.remove();
    root.append(document.createElement('x-second-tag'));
    await settle();
    expect(calls).to.deep.equal(['x-first-tag', 'x-second-tag']);
  });
});
