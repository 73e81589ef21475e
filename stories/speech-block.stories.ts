import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/speech-block/define.js';
import type { Speech } from '../src/model/types.js';
import { dataUrl, seed } from './support/data.js';

/** The element's public inputs, by attribute name (`speech` is a property only). */
export interface SpeechBlockArgs {
  speech?: Speech;
  speaker?: string;
  honorific?: string;
  'speaker-role'?: string;
  organization?: string;
  country?: string;
  portrait?: string;
  representative?: boolean;
  heading?: string;
  'heading-level'?: number;
  'collapsed-lines'?: number;
  /** Story only: the speech's paragraphs, written as light-DOM `<p>` elements. */
  paragraphs?: string[];
  /** Story only: a pull quote, written as a light-DOM `<blockquote slot="quote">`. */
  quote?: string;
  /** Story only: `lang` on the element (the language of the hand-written content). */
  lang?: string;
}

const [liuBeimin, chenJianfeng, danmarys] = seed.speeches! as [Speech, Speech, Speech];

/** A box of a given inline size around the story. */
const inContainer =
  (inlineSize: string): Decorator =>
  (story) =>
    html`<div style="inline-size: ${inlineSize}; max-inline-size: 100%">${story()}</div>`;

const meta = {
  title: 'Elements/speech-block',
  component: 'speech-block',
  decorators: [inContainer('720px')],
  render: (args) =>
    html`<speech-block
      .speech=${args.speech}
      speaker=${ifDefined(args.speaker)}
      honorific=${ifDefined(args.honorific)}
      speaker-role=${ifDefined(args['speaker-role'])}
      organization=${ifDefined(args.organization)}
      country=${ifDefined(args.country)}
      portrait=${ifDefined(args.portrait)}
      ?representative=${args.representative}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args['heading-level'])}
      collapsed-lines=${ifDefined(args['collapsed-lines'])}
      lang=${ifDefined(args.lang)}
      >${(args.paragraphs ?? []).map((paragraph) => html`<p>${paragraph}</p>`)}${
        args.quote ? html`<blockquote slot="quote"><p>${args.quote}</p></blockquote>` : ''
      }</speech-block
    >`,
  argTypes: {
    speech: {
      control: 'object',
      description: 'The speech (property only). Takes precedence over the attributes and the light-DOM content.',
      table: { category: 'properties', type: { summary: 'Speech | undefined' } },
    },
    honorific: { control: 'select', options: [undefined, 'mr', 'ms', 'mrs', 'miss', 'dr', 'prof', 'his-excellency', 'her-excellency'] },
    country: { control: 'text' },
    representative: { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'collapsed-lines': { control: { type: 'number', min: 0, step: 1 } },
    paragraphs: { control: 'object', description: 'Story only: the paragraphs, as light-DOM `<p>` elements.', table: { category: 'story' } },
    quote: { control: 'text', description: 'Story only: a light-DOM `<blockquote slot="quote">`.', table: { category: 'story' } },
    lang: { control: 'text', description: 'Story only: `lang` on the element.', table: { category: 'story' } },
  },
} satisfies Meta<SpeechBlockArgs>;

export default meta;
type Story = StoryObj<SpeechBlockArgs>;

/** The seed article's three speeches, each passed as the `speech` property (Ms. Liu Beimin's has a pull quote). */
export const FromSeed: Story = {
  render: () => html`<div style="display: grid; gap: 2.5rem">
    ${[liuBeimin, chenJianfeng, danmarys].map((speech) => html`<speech-block .speech=${speech}></speech-block>`)}
  </div>`,
};

/** The participant representative from Venezuela, her ministry's name in Spanish as in the article. */
export const ParticipantRepresentative: Story = {
  args: { speech: danmarys },
};

/**
 * Hand-written HTML, as an editor would put it in a CMS page: attributes, a heading of the page's
 * own level in the `heading` slot, and `<p>` paragraphs. Without the script, the heading and the
 * paragraphs still read as the article.
 */
export const Declarative: Story = {
  args: {
    speaker: 'Chen Jianfeng',
    honorific: 'mr',
    'speaker-role': 'Vice President',
    organization: 'Shanghai Business School',
    country: 'CN',
    portrait: dataUrl('images/speech-chen-jianfeng.svg'),
    paragraphs: chenJianfeng.paragraphs as string[],
  },
  render: (args) => html`<speech-block
    speaker="Chen Jianfeng"
    honorific="mr"
    speaker-role="Vice President"
    organization="Shanghai Business School"
    country="CN"
    portrait=${args.portrait!}
  >
    <h2 slot="heading">Speech by Mr. Chen Jianfeng</h2>
    ${args.paragraphs!.map((paragraph) => html`<p>${paragraph}</p>`)}
  </speech-block>`,
};

/** Hand-written HTML with a pull quote (`<blockquote slot="quote">`), attributed to the speaker. */
export const WithPullQuote: Story = {
  args: {
    speaker: 'Liu Beimin',
    honorific: 'ms',
    'speaker-role': 'Researcher fellow, Foreign Economic and Cooperation Division',
    organization: 'Shanghai Municipal Commission of Commerce',
    country: 'CN',
    portrait: dataUrl('images/speech-liu-beimin.svg'),
    paragraphs: liuBeimin.paragraphs as string[],
    quote: liuBeimin.quote as string,
  },
};

/** The participant representative by hand: `representative`, no portrait (her initials stand in). */
export const MissingPortrait: Story = {
  args: {
    speaker: 'Danmarys Hernández',
    honorific: 'ms',
    organization: 'Viceministerio para la Comunalización de la Ciencia para la Producción',
    country: 'VE',
    representative: true,
    paragraphs: danmarys.paragraphs as string[],
  },
};

/** A portrait URL that answers 404: the initials show instead of a broken image, and the console says so. */
export const BrokenPortrait: Story = {
  args: { ...MissingPortrait.args, portrait: dataUrl('images/does-not-exist.jpg') },
};

/** Sample data: a long name with Spanish double surnames and a long title, in a 320 px column. */
export const LongNames: Story = {
  args: {
    speaker: 'María Fernanda Gutiérrez Sánchez de la Vega',
    honorific: 'dr',
    'speaker-role': 'Directora General de Cooperación Internacional e Innovación Tecnológica (sample)',
    organization: 'Ministerio de Ciencia, Tecnología, Conocimiento e Innovación',
    country: 'CL',
    representative: true,
    paragraphs: ['Sample speaker: the name, title and organisation wrap inside a narrow column; nothing is cut off or reordered.'],
  },
  decorators: [inContainer('320px')],
};

/** Sample data: the seed's three speeches as one long text, collapsed to 8 lines behind "Read more". */
export const LongSpeech: Story = {
  args: {
    speech: {
      ...chenJianfeng,
      heading: 'Speech by Mr. Chen Jianfeng (sample: three speeches of the seed joined into one long text)',
      paragraphs: [...liuBeimin.paragraphs, ...chenJianfeng.paragraphs, ...danmarys.paragraphs],
    },
  },
};

/**
 * Sample data: a speech written in Spanish (`speech.lang: "es"`) on a page in another language.
 * The speech text is marked `lang="es"`; the honorific, label, country and button stay in the
 * reader's language. (The Spanish text is a sample translation, not from the article.)
 */
export const SpanishSpeech: Story = {
  args: {
    speech: {
      ...danmarys,
      lang: 'es',
      heading: 'Discurso de la representante de los participantes (traducción de muestra)',
      paragraphs: [
        'La Sra. Danmarys Hernández, representante de los participantes y del Viceministerio para la Comunalización de la Ciencia para la Producción, ' +
          'expresó su sincero agradecimiento por la invitación del Gobierno chino y por la organización de la Escuela de Negocios de Shanghái, así como ' +
          'su reconocimiento por los esfuerzos de China en favor de la cooperación en ciencia, tecnología e innovación entre China y América Latina.',
        'En su intervención describió la situación actual de la innovación científica y tecnológica en los países latinoamericanos y subrayó su ' +
          'importancia para el desarrollo social y la cooperación regional. Expresó su deseo de aprovechar este Seminario como plataforma para ' +
          'intercambiar ideas con China y debatir juntos con una perspectiva global.',
      ],
      quote: 'Este Seminario es una plataforma para intercambiar ideas con China con una perspectiva global.',
    },
  },
};

/** `heading-level="3"`: the speech's heading becomes a level-3 heading in the page's outline (by default it is not a heading). */
export const WithHeadingLevel: Story = {
  args: { speech: liuBeimin, 'heading-level': 3 },
};

/** Invalid data (no paragraphs list, an empty name, an unknown country): the error state; the console names the fields. */
export const InvalidData: Story = {
  args: { speech: { ...liuBeimin, speaker: { name: '', country: 'XX' }, paragraphs: 'not a list' } as unknown as Speech },
};
