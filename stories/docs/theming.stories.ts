/**
 * The live examples of the Theming guide (stories/docs/theming.mdx):
 * `<event-timeline>` themed with the `--chronoline-*` custom properties and
 * `::part()` rules.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';
import { june2025 } from '../_data.js';

const meta: Meta = {
  title: 'Guides/Theming',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/**
 * A dark "night desk" theme: every shared colour token, the font, the radius
 * and the timeline's lane and details backgrounds set on a wrapper (custom
 * properties inherit into the shadow roots), and two parts restyled with
 * `::part()`.
 */
export const CustomDarkTheme: Story = {
  name: 'Custom dark theme',
  render: () => html`<div class="night-desk">
    <style>
      .night-desk {
        color-scheme: dark;
        background: #0f1720;
        color: #e6edf3;
        padding: 16px;
        --chronoline-font-family: Georgia, 'Times New Roman', serif;
        --chronoline-color-text: #e6edf3;
        --chronoline-color-muted: #a8b3bf;
        --chronoline-color-background: #0f1720;
        --chronoline-color-surface: #18222e;
        --chronoline-color-grid: #2b3a4a;
        --chronoline-color-accent: #ffb454;
        --chronoline-radius: 2px;
        --chronoline-event-timeline-lane-background: #131d28;
        --chronoline-event-timeline-details-background: #18222e;
      }
      .night-desk event-timeline::part(title) {
        font-variant: small-caps;
        letter-spacing: 0.02em;
      }
      .night-desk event-timeline::part(details) {
        border-inline-start: 4px solid #ffb454;
      }
    </style>
    <event-timeline .data=${june2025} selected="us-strikes-fordow-natanz-isfahan"></event-timeline>
  </div>`,
  parameters: { backgrounds: { disable: true } },
};
