import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import type { Chronology, Topic } from '../src/index.js';
import { june2025, june2025Parsed } from './_data.js';

interface TopicBadgeArgs {
  topic?: Topic;
  'topic-id'?: string;
  chronology?: Chronology | null;
  for?: string;
  pressed: boolean;
  lang?: string;
}

const topic = (id: string): Topic => {
  const t = june2025Parsed().topicsById.get(id);
  if (!t) throw new Error(`no topic ${id} in the sample`);
  return t;
};

const renderBadge = (args: TopicBadgeArgs) => html`<topic-badge
  .topic=${args.topic}
  .chronology=${args.chronology}
  topic-id=${ifDefined(args['topic-id'] || undefined)}
  for=${ifDefined(args.for || undefined)}
  ?pressed=${args.pressed}
  lang=${ifDefined(args.lang || undefined)}
></topic-badge>`;

const meta: Meta<TopicBadgeArgs> = {
  title: 'Components/topic-badge',
  component: 'topic-badge',
  tags: ['autodocs'],
  render: renderBadge,
  args: { pressed: false },
  // Descriptions, types and defaults come from dist/custom-elements.json (the
  // component's JSDoc); here only the controls.
  argTypes: {
    topic: { control: 'object' },
    'topic-id': { control: 'text' },
    chronology: { control: false },
    for: { control: 'text' },
    pressed: { control: 'boolean' },
    lang: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<TopicBadgeArgs>;

/** Standalone: a plain label in the topic's colour. */
export const Default: Story = {
  args: { topic: topic('nuclear') },
};

/** Every topic of the June 2025 chronology. */
export const AllTopics: Story = {
  render: (args) => html`<div style="display: flex; flex-wrap: wrap; gap: 6px">
    ${june2025Parsed().topics.map((t) => renderBadge({ ...args, topic: t }))}
  </div>`,
};

/** Badges outside a timeline, linked to it with `for`: pressing one filters the timeline. */
export const LinkedToTimeline: Story = {
  render: (args) => html`<div>
    <event-timeline id="linked-timeline" hide-title .data=${june2025}></event-timeline>
    <div style="display: flex; flex-wrap: wrap; gap: 6px; margin-top: 12px" role="group" aria-label="Filter the chronology by topic">
      ${['diplomacy', 'nuclear', 'military', 'ceasefire'].map((id) => renderBadge({ ...args, topic: topic(id), for: 'linked-timeline' }))}
    </div>
  </div>`,
};

/** A linked badge whose topic filter is on (the timeline shows only its events). */
export const Pressed: Story = {
  render: (args) => html`<div>
    <event-timeline id="pressed-timeline" hide-title .data=${june2025} .activeTopics=${['nuclear']}></event-timeline>
    <div style="display: flex; flex-wrap: wrap; gap: 6px; margin-top: 12px">
      ${renderBadge({ ...args, topic: topic('nuclear'), for: 'pressed-timeline', pressed: true })}
      ${renderBadge({ ...args, topic: topic('military'), for: 'pressed-timeline', pressed: false })}
    </div>
  </div>`,
};
