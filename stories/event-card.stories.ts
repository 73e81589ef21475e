import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/event-card/define.js';
import type { EventArticle } from '../src/model/types.js';
import { dataUrl, onlineCeremony, seed, SEED_PATH, twoSeminars } from './support/data.js';
import { STORY_URLS, withStoryFetchStub } from './support/fetch-stub.js';

/** The card's public inputs, by attribute name (`event` is a property only). */
export interface EventCardArgs {
  event?: EventArticle;
  src?: string;
  href?: string;
  'heading-level'?: number;
  timeout?: number;
  theme?: 'light' | 'dark';
}

/** A box of a given inline size around the story, to show the card's container-query layouts. */
const inContainer =
  (inlineSize: string): Decorator =>
  (story) =>
    html`<div style="inline-size: ${inlineSize}; max-inline-size: 100%">${story()}</div>`;

const meta = {
  title: 'Elements/event-card',
  component: 'event-card',
  decorators: [withStoryFetchStub],
  render: (args) =>
    html`<event-card
      .event=${args.event}
      src=${ifDefined(args.src)}
      href=${ifDefined(args.href)}
      heading-level=${ifDefined(args['heading-level'])}
      timeout=${ifDefined(args.timeout)}
      theme=${ifDefined(args.theme)}
    ></event-card>`,
  argTypes: {
    event: {
      control: 'object',
      description: 'The event document (property only). Takes precedence over `src`.',
      table: { category: 'properties', type: { summary: 'EventArticle | undefined' } },
    },
    src: { control: 'text' },
    href: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    timeout: { control: { type: 'number', min: 0, step: 500 } },
    theme: {
      control: 'inline-radio',
      options: ['page', 'light', 'dark'],
      mapping: { page: undefined },
      description: 'Forces the light or dark theme; "page" leaves the attribute off, so the card follows the page\'s `color-scheme`.',
    },
  },
} satisfies Meta<EventCardArgs>;

export default meta;
type Story = StoryObj<EventCardArgs>;

/** The real seed article, passed as the `event` property. */
export const FromSeed: Story = {
  args: { event: seed },
};

/** The same article loaded by the card itself from `src` (a JSON file); its image URLs resolve against the file. */
export const FromSrc: Story = {
  args: { src: dataUrl(SEED_PATH) },
};

/** A narrow column (320 px): image above the text. */
export const Narrow: Story = {
  args: { event: seed },
  decorators: [inContainer('320px')],
};

/** A wide container (900 px): image beside the text (container query at 40em). */
export const Wide: Story = {
  args: { event: seed },
  decorators: [inContainer('900px')],
};

/** No photo in the document: no media box, no broken image. */
export const WithoutImage: Story = {
  args: { event: { ...seed, photos: undefined } },
};

/** A 300-character title with a long unbroken word, in a narrow column. */
export const LongTitle: Story = {
  args: {
    event: {
      ...seed,
      title:
        'Boost Innovative Cooperation between China and Latin America and Jointly Construct a China-Latin America and the Caribbean Community of Shared ' +
        'Destinies – Smooth Opening for the Seminar on Science and Technology Innovation for Latin American Countries (Sample: Title Extended With ' +
        'Telecommunicationsinfrastructuremodernisation)',
    },
  },
  decorators: [inContainer('360px')],
};

/** The title is a link (`href`); the whole card is its hit area, the link's name is the title. */
export const AsLink: Story = {
  args: { event: seed, href: 'https://example.org/activity-highlights/2023-06-29-opening' },
};

/** Sample data: an online ceremony in 2021, participants given only as a region, time zone "(GMT+8)". */
export const OnlineCeremony: Story = {
  args: { event: onlineCeremony },
};

/** Sample data: one article reporting the closing of two seminars, each with its own participants. */
export const TwoSeminars: Story = {
  args: { event: twoSeminars },
};

/**
 * Sample data: an opening ceremony that links to the seminar's closing and to a related article
 * (`related`; the same article again and mirrors stay in the JSON-LD), and its press coverage
 * (`coverage`: outlets, dates, a link where the URL is safe).
 */
export const LinkedArticlesAndCoverage: Story = {
  args: {
    event: {
      ...onlineCeremony,
      related: [
        { relation: 'closing', url: 'https://example.org/activity-highlights/sample-closing' },
        { relation: 'mirror', url: 'https://mirror.example.net/activity-highlights/sample-opening' },
        { relation: 'related', url: 'https://example.org/activity-highlights/sample-visit', title: 'Participants visit a science park' },
      ],
      coverage: [
        { outlet: 'Lakeside Daily', date: '2021-11-16', url: 'https://lakeside.example/sample-report' },
        { outlet: { 'zh-Hans': '海滨晚报' }, date: '2021-11-17' },
      ],
    },
  },
};

/** `src` that does not answer: the loading skeleton (the timeout is raised so that it stays). */
export const Loading: Story = {
  args: { src: STORY_URLS.slow, timeout: 3_600_000 },
};

/** `src` that does not answer within `timeout` (1 s here): the timeout error, with a retry button. */
export const Timeout: Story = {
  args: { src: STORY_URLS.slow, timeout: 1000 },
};

/** `src` answers 404: the load error, with a retry button. */
const LoadError: Story = {
  name: 'Error',
  args: { src: STORY_URLS.missing },
};
export { LoadError as Error };

/** `src` answers 200 with an HTML page: "not event data". */
export const NotEventData: Story = {
  args: { src: STORY_URLS.notJson },
};

/** A document that fails validation (no seminars, empty title): the data error; the console names the fields. */
export const InvalidData: Story = {
  args: { event: { ...seed, title: '', seminars: [] } },
};

/** `theme="dark"` on the card, on a dark page. */
export const DarkTheme: Story = {
  args: { event: seed, theme: 'dark' },
  globals: { theme: 'dark' },
};

/** The `footer` slot, for tags or a "Read more" link of the page's own. */
export const WithFooter: Story = {
  args: { event: onlineCeremony },
  render: (args) =>
    html`<event-card .event=${args.event} heading-level=${ifDefined(args['heading-level'])} theme=${ifDefined(args.theme)}>
      <p slot="footer" style="margin: 0"><a href="#sample-article">Read the article</a></p>
    </event-card>`,
};
