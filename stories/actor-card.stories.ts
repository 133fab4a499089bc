import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import type { Actor, Chronology } from '../src/index.js';
import { parseChronology } from '../src/schema/index.js';
import { june2025, june2025Parsed } from './_data.js';

interface ActorCardArgs {
  actor?: Actor;
  'actor-id'?: string;
  chronology?: Chronology | null;
  'event-count'?: number;
  'event-role'?: string;
  lang?: string;
}

const actor = (id: string): Actor => {
  const a = june2025Parsed().actorsById.get(id);
  if (!a) throw new Error(`no actor ${id} in the sample`);
  return a;
};

const meta: Meta<ActorCardArgs> = {
  title: 'Components/actor-card',
  component: 'actor-card',
  tags: ['autodocs'],
  render: (args) => html`<div style="max-width: 360px">
    <actor-card
      .actor=${args.actor}
      .chronology=${args.chronology}
      actor-id=${ifDefined(args['actor-id'] || undefined)}
      event-count=${ifDefined(args['event-count'] ?? undefined)}
      event-role=${ifDefined(args['event-role'] || undefined)}
      lang=${ifDefined(args.lang || undefined)}
    ></actor-card>
  </div>`,
  // Descriptions, types and defaults come from dist/custom-elements.json (the
  // component's JSDoc); here only the controls.
  argTypes: {
    actor: { control: 'object' },
    'actor-id': { control: 'text' },
    chronology: { control: false },
    'event-count': { control: { type: 'number', min: 0 } },
    'event-role': { control: 'text' },
    lang: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<ActorCardArgs>;

/** A person, with the name in Persian script marked `lang="fa"`. */
export const Person: Story = {
  args: {
    actor: actor('abbas-araghchi'),
    'event-count': june2025Parsed().eventCountByActor.get('abbas-araghchi'),
    'event-role': 'guest',
  },
};

export const State: Story = {
  args: { actor: actor('iran') },
};

export const Organization: Story = {
  args: { actor: actor('iaea') },
};

/** `actor-id` and `chronology`: the actor is looked up and its events counted. */
export const FromChronology: Story = {
  args: {
    'actor-id': 'vladimir-putin',
    chronology: parseChronology(june2025).chronology,
  },
};

/** A person without a native-script name. */
export const NoNativeName: Story = {
  args: { actor: actor('rafael-grossi') },
};
