// chronoline/react.js (src/react/): the React wrappers render the elements
// from props and call the typed callbacks for the DOM events. React is served
// as ES modules by tests/react-esm.mjs. No JSX: React.createElement.
import { expect } from '@open-wc/testing';
import React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ActorCard, EventTimeline, TopicBadge } from '../../src/react/index.js';
import type { EventTimeline as EventTimelineElement } from '../../src/classes.js';
import type { EventSelectEvent, FilterChangeEvent, RenderedEvent, TopicToggleEvent } from '../../src/events/index.js';
import { loadDataset, marks, smallChronology, sr } from './helpers.js';

const h = React.createElement;

describe('chronoline/react', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('registers the tags', () => {
    expect(customElements.get('event-timeline')).to.exist;
    expect(customElements.get('actor-card')).to.exist;
    expect(customElements.get('topic-badge')).to.exist;
  });

  it('<EventTimeline> renders the data prop and calls onRendered, onDataLoad and onEventSelect', async () => {
    const june = await loadDataset();
    const selected: EventSelectEvent[] = [];
    let loaded = 0;
    let rendered!: (e: RenderedEvent) => void;
    const renderedOnce = new Promise<RenderedEvent>((resolve) => (rendered = resolve));
    const ref = React.createRef<EventTimelineElement>();
    flushSync(() =>
      root.render(
        h(EventTimeline, {
          ref,
          data: june,
          groupBy: 'topic',
          onRendered: (e) => rendered(e),
          onDataLoad: (e) => (loaded = e.detail.events),
          onEventSelect: (e) => selected.push(e),
        }),
      ),
    );
    const el = ref.current!;
    expect(el).to.be.instanceOf(customElements.get('event-timeline')!);
    expect(el.groupBy).to.equal('topic');
    const e = await renderedOnce;
    expect(e.detail.events).to.equal(80);
    expect(loaded).to.equal(80);
    expect(marks(el).length).to.be.greaterThan(0);

    el.selectEvent('us-strikes-fordow-natanz-isfahan');
    expect(selected).to.have.length(1);
    expect(selected[0]!.detail).to.deep.equal({ id: 'us-strikes-fordow-natanz-isfahan' });
    expect(el.selected).to.equal('us-strikes-fordow-natanz-isfahan');
  });

  it('<ActorCard> and <TopicBadge> render from props', async () => {
    const chronology = smallChronology();
    const ref = React.createRef<HTMLElement>();
    flushSync(() =>
      root.render(
        h(
          'div',
          { ref },
          h(ActorCard, { actor: chronology.actors[0], eventCount: 3, eventRole: 'host' }),
          h(TopicBadge, { topic: chronology.topics[0] }),
        ),
      ),
    );
    const card = ref.current!.querySelector('actor-card')! as HTMLElement & { updateComplete: Promise<unknown> };
    const badge = ref.current!.querySelector('topic-badge')! as HTMLElement & { updateComplete: Promise<unknown> };
    await card.updateComplete;
    await badge.updateComplete;
    expect(sr(card).querySelector('[part=name]')!.textContent).to.contain('Alice Adams');
    expect(sr(card).querySelector('[part=meta]')!.textContent).to.contain('host');
    expect(sr(badge).querySelector('[part=badge]')!.textContent!.trim()).to.equal('Talks');
  });

  it('<TopicBadge for> filters the timeline: onTopicToggle and onFilterChange', async () => {
    const toggles: TopicToggleEvent[] = [];
    const filters: FilterChangeEvent[] = [];
    let rendered!: () => void;
    const renderedOnce = new Promise<void>((resolve) => (rendered = resolve));
    flushSync(() =>
      root.render(
        h(
          React.Fragment,
          null,
          h(EventTimeline, {
            id: 'react-tl',
            data: smallChronology(),
            onRendered: () => rendered(),
            onFilterChange: (e) => filters.push(e),
          }),
          h(TopicBadge, { for: 'react-tl', topicId: 'talks', onTopicToggle: (e) => toggles.push(e) }),
        ),
      ),
    );
    await renderedOnce;
    const badge = container.querySelector('topic-badge')! as HTMLElement & { updateComplete: Promise<unknown> };
    await badge.updateComplete;
    const button = sr(badge).querySelector<HTMLButtonElement>('button[part=badge]')!;
    expect(button, 'the badge is a filter button').to.exist;
    button.click();
    expect(toggles.map((e) => e.detail)).to.deep.equal([{ id: 'talks', active: true }]);
    expect(filters.at(-1)?.detail.topics).to.deep.equal(['talks']);
  });
});
