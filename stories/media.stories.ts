import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { fromTimelineJS } from '../src/import/timelinejs.js';
import welcome from '../tests/fixtures/timelinejs/welcome.json';

interface MediaArgs {
  view: 'auto' | 'chart' | 'list';
  selected?: string;
}

/**
 * A local image, served by Storybook at /media/photo.png (`staticDirs`):
 * stories load nothing from the internet.
 */
const PHOTO = 'media/photo.png';

/** Three events: a photo with alt, caption and credit, a YouTube video and a map (link cards). */
const mediaChronology = {
  schemaVersion: 1,
  id: 'media',
  title: 'Event media',
  timeZone: 'UTC',
  events: [
    {
      id: 'photo',
      title: 'The test card is broadcast',
      start: '2024-03-01',
      summary: 'An image: lazily loaded, with its alt text, caption and credit.',
      media: { url: PHOTO, alt: 'A blue test card', caption: 'The test card, as broadcast', credit: 'Photo: Test Archive' },
    },
    {
      id: 'film',
      title: 'Jean Bartik interview',
      start: '2024-03-02',
      summary: 'A video: a link card (nothing is embedded).',
      media: {
        url: 'https://www.youtube.com/watch?v=aPweFhhXFvY',
        caption: 'Jean Bartik talks about the ENIAC women',
        credit: 'Computer History Museum',
      },
    },
    {
      id: 'map',
      title: 'Where it happened',
      start: '2024-03-03',
      media: { url: 'https://www.openstreetmap.org/#map=12/48.85/2.35', caption: 'Paris' },
    },
  ],
};

/**
 * Media in the story: an event's image in the details panel and, small, in
 * the list and the phone chronology; links to video, audio, maps and posts
 * as link cards (plain links, no iframes or third-party scripts).
 */
const meta: Meta<MediaArgs> = {
  title: 'Components/event-timeline/Media',
  component: 'event-timeline',
  render: (args) => html`<event-timeline .data=${mediaChronology} view=${args.view} selected=${ifDefined(args.selected)}></event-timeline>`,
  args: { view: 'chart', selected: 'photo' },
  argTypes: {
    view: { control: 'inline-radio', options: ['auto', 'chart', 'list'] },
    selected: { control: 'inline-radio', options: ['photo', 'film', 'map'] },
  },
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<MediaArgs>;

/** The photo in the details panel: alt, caption and credit in a figure. */
export const ImageInDetails: Story = {};

/** A YouTube link as a link card in the details panel. */
export const VideoLinkCard: Story = { args: { selected: 'film' } };

/** The list: small images and link cards. */
export const InTheList: Story = { args: { view: 'list', selected: undefined } };

/**
 * TimelineJS's own example (`welcome.json`) through `fromTimelineJS()`: its
 * images keep their credit and caption, its YouTube, Vimeo, SoundCloud,
 * Google Maps and Twitter media are link cards. Its image URLs are on the
 * internet and are not expected to load here.
 */
export const TimelineJSExample: Story = {
  render: (args) =>
    html`<event-timeline
      .data=${fromTimelineJS(welcome, { baseUrl: 'https://timeline.knightlab.com/' }).chronology}
      view=${args.view}
    ></event-timeline>`,
  args: { view: 'list', selected: undefined },
};
