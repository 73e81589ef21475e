import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/participant-country-map/define.js';
import type { EventArticle, Participants, Visit } from '../src/model/types.js';
import { seed } from './support/data.js';

/** The map's public inputs, by attribute name (`event`, `participants` and `visits` are properties). */
export interface ParticipantCountryMapArgs {
  countries?: string;
  participants?: Participants;
  visits?: Visit[];
  event?: EventArticle;
  host?: string;
  layout?: 'auto' | 'world' | 'regions';
  worldview?: 'CN' | 'NE';
}

const meta = {
  title: 'Elements/participant-country-map',
  component: 'participant-country-map',
  render: (args) =>
    html`<participant-country-map
      countries=${ifDefined(args.countries)}
      .participants=${args.participants}
      .visits=${args.visits}
      .event=${args.event}
      host=${ifDefined(args.host)}
      layout=${ifDefined(args.layout)}
      worldview=${ifDefined(args.worldview)}
    ></participant-country-map>`,
  args: { layout: 'auto', worldview: 'CN' },
  argTypes: {
    countries: { control: 'text', description: 'Space-separated ISO 3166-1 alpha-2 codes.' },
    participants: { control: 'object', table: { category: 'properties' } },
    visits: { control: 'object', table: { category: 'properties' } },
    event: { control: 'object', table: { category: 'properties' } },
    host: { control: 'text' },
    layout: { control: 'inline-radio', options: ['auto', 'world', 'regions'] },
    worldview: {
      control: 'inline-radio',
      options: ['CN', 'NE'],
      description: "`CN`: Taiwan, Hong Kong and Macao drawn as part of China. `NE`: Natural Earth's de-facto borders.",
    },
  },
} satisfies Meta<ParticipantCountryMapArgs>;

export default meta;
type Story = StoryObj<ParticipantCountryMapArgs>;

const shanghai: Visit = {
  city: { en: 'Shanghai', 'zh-Hans': '上海', es: 'Shanghái', 'pt-BR': 'Xangai', fr: 'Shanghai' },
  country: 'CN',
  coordinates: { lat: 31.23, lon: 121.47 },
};
const beijing: Visit = {
  city: { en: 'Beijing', 'zh-Hans': '北京', es: 'Pekín', 'pt-BR': 'Pequim', fr: 'Pékin' },
  country: 'CN',
  coordinates: { lat: 39.9, lon: 116.4 },
};

/** The real seed article (`event`): ten Latin American and Caribbean countries, Shenzhen and Guangzhou visited. */
export const Seed: Story = { args: { event: seed } };

/** Portuguese-speaking countries: Cape Verde, Guinea-Bissau, São Tomé and Príncipe and Timor-Leste are small. */
export const PortugueseSpeaking: Story = {
  args: { participants: { countries: ['AO', 'BR', 'CV', 'GW', 'MZ', 'ST', 'TL'], count: 24, region: 'Portuguese-speaking countries' }, visits: [shanghai] },
};

/** Twelve Caribbean states: most are islands of a few hundred km². */
export const Caribbean: Story = {
  args: {
    participants: {
      countries: ['AG', 'BB', 'BS', 'CU', 'DM', 'DO', 'GD', 'JM', 'KN', 'LC', 'TT', 'VC'],
      count: 27,
      perCountry: { AG: 2, BB: 3, BS: 2, CU: 4, DM: 2, DO: 3, GD: 2, JM: 3, KN: 1, LC: 2, TT: 2, VC: 1 },
    },
    visits: [shanghai, beijing],
  },
};

/** Ten Pacific island states around ±180°: the map centres on the Pacific. Tuvalu has no shape in the data, only a marker. */
export const Pacific: Story = {
  args: { countries: 'CK FJ FM KI PG SB TO TV VU WS', visits: [shanghai] },
};

/** French-speaking Africa (twenty countries): a view fitted to the participants and China. */
export const FrenchSpeakingAfrica: Story = {
  args: { countries: 'BF BI BJ CD CF CG CI CM DJ GA GN KM MG ML NE RW SC SN TD TG', visits: [beijing] },
};

/** Forty Belt and Road countries across Asia, Africa and Europe. */
export const BeltAndRoad: Story = {
  args: {
    countries: 'AF AM AZ BD BH BY EG ET GE GR HU ID IQ IR KE KG KH KZ LA LK MM MN MV MY NG NP OM PH PK PL RS SA SG TH TJ TM TR UZ VN ZA',
  },
};

/** One country: Samoa. */
export const OneCountry: Story = { args: { countries: 'WS' } };

/** Bad input: an unknown code, a duplicate and a lower-case code; the list still shows what it can. */
export const BadInput: Story = { args: { countries: 'BO XX BO br' } };
