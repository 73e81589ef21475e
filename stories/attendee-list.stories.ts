import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/attendee-list/define.js';
import type { Attendee, EventArticle } from '../src/model/types.js';
import { seed } from './support/data.js';

/** The element's public inputs, by attribute name (`attendees` and `event` are properties only). */
export interface AttendeeListArgs {
  attendees?: Attendee[];
  event?: EventArticle;
  variant?: 'list' | 'inline';
}

const meta = {
  title: 'Elements/attendee-list',
  component: 'attendee-list',
  render: (args) => html`<attendee-list .attendees=${args.attendees} .event=${args.event} variant=${ifDefined(args.variant)}></attendee-list>`,
  argTypes: {
    attendees: {
      control: 'object',
      description: 'The attendees, as in the event model (property only). Take precedence over `event` and the hand-written list.',
      table: { category: 'properties', type: { summary: 'Attendee[] | undefined' } },
    },
    event: {
      control: 'object',
      description: 'A whole event document: its `attendees` are shown (property only).',
      table: { category: 'properties', type: { summary: 'EventArticle | undefined' } },
    },
    variant: { control: 'inline-radio', options: ['list', 'inline'] },
  },
} satisfies Meta<AttendeeListArgs>;

export default meta;
type Story = StoryObj<AttendeeListArgs>;

/** What the attendees of the seed article did, for the stories (the seed itself does not say). */
const withRoles = (attendees: Attendee[]): Attendee[] =>
  attendees.map((attendee, index) => ({ ...attendee, role: index === 0 ? 'presiding' : index === 1 ? 'guest' : 'host' }));

/** The seed article's attendees, with what each did: one per line, title, organisation and country below the name. */
export const FromSeed: Story = {
  args: { attendees: withRoles(seed.attendees ?? []) },
};

/** The whole event given as `event`: its attendees are shown. */
export const FromEvent: Story = {
  args: { event: seed },
};

/** The same attendees as one sentence, as the article's opening paragraph names them. */
export const Inline: Story = {
  args: { attendees: withRoles(seed.attendees ?? []), variant: 'inline' },
};

/**
 * Hand-written HTML, readable before the script loads and without it: a `<ul>` whose items carry
 * `data-name`, `data-title`, `data-organization` and `data-role-label` spans and `data-honorific`,
 * `data-role`, `data-country` keywords. Once upgraded, the element draws the list from it.
 */
export const LightDom: Story = {
  render: (args) => html`<attendee-list variant=${ifDefined(args.variant)}>
    <ul>
      <li data-honorific="mr" data-role="presiding" data-country="CN"
        ><span data-name>Chen Jianfeng</span>, <span
        data-title>Vice President</span>, <span
        data-organization>Shanghai Business School</span></li>
      <li data-honorific="ms" data-country="CN"
        ><span data-name>Liu Beimin</span>, <span
        data-title>Researcher fellow</span>, <span
        data-organization>Shanghai Municipal Commission of Commerce</span></li>
      <li data-honorific="mr"><span data-name>Chen Wei</span> (<span data-role-label>attended both ceremonies</span>)</li>
    </ul>
  </attendee-list>`,
};

/**
 * A long list: eleven attendees of several countries, long titles and organisations, Spanish double
 * surnames, roles in words of the article's own, in a narrow column (320 px).
 */
export const LongList: Story = {
  args: {
    attendees: [
      { name: 'Chen Jianfeng', honorific: 'mr', role: 'presiding', title: 'Vice President', organization: 'Shanghai Business School', country: 'CN' },
      {
        name: 'Liu Beimin',
        honorific: 'ms',
        title: 'Researcher fellow, Foreign Economic and Cooperation Division',
        organization: 'Shanghai Municipal Commission of Commerce',
        country: 'CN',
      },
      {
        name: 'Chen Wei',
        honorific: 'mr',
        role: 'host',
        title: 'Executive Vice Dean of International Education College of SBS, and Vice Director of the Training Base',
        organization: 'Shanghai Business School',
        country: 'CN',
      },
      { name: 'María Fernanda Rodríguez-Valenzuela de la Torre', honorific: 'her-excellency', role: 'guest', title: 'Ambassador', country: 'VE' },
      {
        name: 'José Antonio Gutiérrez Hernández',
        honorific: 'dr',
        roleLabel: {
          en: 'represented the experts',
          es: 'en representación de los expertos',
          'pt-BR': 'em representação dos especialistas',
          'zh-Hans': '专家代表',
          fr: 'au nom des experts',
        },
        country: 'BO',
      },
      { name: 'Ana Beatriz Souza', honorific: 'prof', title: 'Professor', organization: 'Universidade de São Paulo', country: 'BR' },
      {
        name: 'Danmarys Hernández',
        honorific: 'ms',
        roleLabel: {
          en: 'attended both ceremonies',
          es: 'asistió a ambas ceremonias',
          'pt-BR': 'esteve nas duas cerimônias',
          'zh-Hans': '出席了两场仪式',
          fr: 'a assisté aux deux cérémonies',
        },
        country: 'VE',
      },
      { name: 'Wang Fang', honorific: 'mrs', organization: 'MOFCOM Training Base for International Business Officials (Shanghai)', country: 'CN' },
      { name: 'Jean Dupont', honorific: 'mr', role: 'guest', country: 'CU' },
      { name: 'Luis Pérez', honorific: 'his-excellency', title: 'Minister Counsellor', country: 'PE' },
      { name: 'Li Hua', honorific: 'miss', country: 'CN' },
    ],
  },
  decorators: [(story) => html`<div style="inline-size: 320px; max-inline-size: 100%">${story()}</div>`],
};

/**
 * Names and titles in several languages (a text map per field): the reader's language is shown
 * where the data has it. Choose 简体中文 in the toolbar to see 陈建峰先生 (the honorific after a
 * name written in Chinese characters, without a space).
 */
export const Languages: Story = {
  args: {
    attendees: [
      {
        name: { en: 'Chen Jianfeng', 'zh-Hans': '陈建峰' },
        honorific: 'mr',
        role: 'presiding',
        title: { en: 'Vice President', es: 'Vicepresidente', 'pt-BR': 'Vice-presidente', 'zh-Hans': '副校长', fr: 'Vice-président' },
        organization: { en: 'Shanghai Business School', 'zh-Hans': '上海商学院' },
        country: 'CN',
      },
      {
        name: { en: 'Liu Beimin', 'zh-Hans': '刘北敏' },
        honorific: 'ms',
        role: 'guest',
        organization: { en: 'Shanghai Municipal Commission of Commerce', 'zh-Hans': '上海市商务委员会' },
        country: 'CN',
      },
    ],
  },
};

/** Invalid data: a localized error state, and the console names each field at fault. */
export const InvalidData: Story = {
  args: {
    attendees: [
      { name: 'Chen Jianfeng', role: 'chair' },
      { honorific: 'mr', country: 'XX' },
    ] as unknown as Attendee[],
  },
  parameters: {
    plays: {
      state: 'invalid-data',
      logs: [
        '<attendee-list>: attendees[0].role: expected an attendee role',
        '<attendee-list>: attendees[1].name: ',
        '<attendee-list>: attendees[1].country: ',
      ],
    },
  },
};

/** No attendees: nothing renders and the element takes no room (the lines around it touch). */
export const NoAttendees: Story = {
  render: () => html`<p style="margin: 0">Text above the element.</p>
    <attendee-list></attendee-list>
    <attendee-list variant="inline" .attendees=${[]}></attendee-list>
    <p style="margin: 0">Text below the element.</p>`,
  parameters: { plays: { state: 'nothing' } },
};
