import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { attendees, card, credits, map, photo, speech } from './support/all-elements.js';
import { seed } from './support/data.js';

/**
 * The elements where pages put them: a narrow sidebar (280 px), a CMS article column set in the
 * page's own serif type at 19 px (the elements take the page's font and size), and table cells.
 * The page's own text around them is sample text in English (marked `lang="en"`).
 */
const meta = {
  title: 'Design/In a page',
  // test/stories.test.ts: the six elements are each checked in every language and theme in their
  // own stories; here the layouts, in English (light) and Chinese (dark).
  parameters: { storyTest: { variants: ['light/en', 'dark/zh-Hans'] } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const filler =
  'Sample page text. The seminar brought officials and experts from ten Latin American countries to Shanghai for three weeks of lectures, visits and ' +
  'exchanges.';

/** A news page's sidebar, 280 px wide beside the main text: a card, the map and the credits. */
export const Sidebar: Story = {
  // Beside the main text where there is room; below it on a phone, still 280 px wide.
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 2rem; max-inline-size: 64rem">
    <main lang="en" style="flex: 1 1 20rem; min-inline-size: 0">
      <h1 style="margin-block-start: 0">News</h1>
      <p>${filler}</p>
      <p>${filler}</p>
    </main>
    <aside aria-label="Related" style="flex: 0 0 280px; display: grid; gap: 1rem; align-content: start; inline-size: 280px">
      <h2 lang="en" style="font-size: 1.125rem; margin: 0">Related</h2>
      ${card(3)} ${map()} ${credits('inline')}
    </aside>
  </div>`,
};

/**
 * An article as a CMS lays it out: a 42rem column in the page's serif at 19 px, with the speech,
 * the group photo, the map, the attendees and the credits between its paragraphs.
 */
export const ArticleColumn: Story = {
  name: 'Article column',
  render: () => html`<article
    style="display: grid; gap: 1.25em; max-inline-size: 42rem; margin-inline: auto;
      font-family: Georgia, 'Noto Serif CJK SC', serif; font-size: 19px; line-height: 1.6"
  >
    <h1 lang=${seed.lang ?? 'en'} style="font-size: 1.6em; line-height: 1.25">${seed.title as string}</h1>
    <p lang="en">${filler}</p>
    ${speech(4)}
    <p lang="en">${filler}</p>
    ${photo()} ${map()} ${attendees('list')} ${credits('block')}
  </article>`,
};

/** Table cells (a fixed layout: 34%, 30%, 20%, 16%): a listing of events with a card, the participants' map, the attendees and the credits in one row. */
export const TableCell: Story = {
  name: 'Table cell',
  render: () => html`<table style="border-collapse: collapse; table-layout: fixed; inline-size: 100%; max-inline-size: 72rem" lang="en">
    <caption style="text-align: start; font-weight: 600; padding-block-end: 0.5rem">Sample listing of events</caption>
    <thead>
      <tr>
        <th scope="col" style="text-align: start; padding: 0.5rem; inline-size: 34%">Event</th>
        <th scope="col" style="text-align: start; padding: 0.5rem; inline-size: 30%">Participants</th>
        <th scope="col" style="text-align: start; padding: 0.5rem; inline-size: 20%">Attended by</th>
        <th scope="col" style="text-align: start; padding: 0.5rem; inline-size: 16%">Credits</th>
      </tr>
    </thead>
    <tbody>
      <tr style="vertical-align: top; border-block-start: 1px solid currentcolor">
        <td style="padding: 0.5rem">${card(3)}</td>
        <td style="padding: 0.5rem">${map()}</td>
        <td style="padding: 0.5rem">${attendees('inline')}</td>
        <td style="padding: 0.5rem">${credits('block')}</td>
      </tr>
    </tbody>
  </table>`,
};
