import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/photo-credit/define.js';
import type { Credit } from '../src/model/types.js';
import { seed } from './support/data.js';

/** The element's public inputs, by attribute name (`credits` is a property only). */
export interface PhotoCreditArgs {
  credits?: Credit[];
  'written-by'?: string;
  'photos-by'?: string;
  'reviewed-by'?: string;
  'edited-by'?: string;
  'translated-by'?: string;
  variant?: 'block' | 'inline';
}

const meta = {
  title: 'Elements/photo-credit',
  component: 'photo-credit',
  render: (args) =>
    html`<photo-credit
      .credits=${args.credits}
      written-by=${ifDefined(args['written-by'])}
      photos-by=${ifDefined(args['photos-by'])}
      reviewed-by=${ifDefined(args['reviewed-by'])}
      edited-by=${ifDefined(args['edited-by'])}
      translated-by=${ifDefined(args['translated-by'])}
      variant=${ifDefined(args.variant)}
    ></photo-credit>`,
  argTypes: {
    credits: {
      control: 'object',
      description: 'The credits, as in the event model (property only). Take precedence over the attributes.',
      table: { category: 'properties', type: { summary: 'Credit[] | undefined' } },
    },
    'written-by': { control: 'text' },
    'photos-by': { control: 'text' },
    'reviewed-by': { control: 'text' },
    'edited-by': { control: 'text' },
    'translated-by': { control: 'text' },
    variant: { control: 'inline-radio', options: ['block', 'inline'] },
  },
} satisfies Meta<PhotoCreditArgs>;

export default meta;
type Story = StoryObj<PhotoCreditArgs>;

/** The seed article's credits (writer Ma Yizhou, photographer Ni Haoran, reviewer Chen Wei), as a definition list. */
export const FromSeed: Story = {
  args: { credits: seed.credits },
};

/** The same credits on one line, as under a photo. */
export const Inline: Story = {
  args: { credits: seed.credits, variant: 'inline' },
};

/** Written by hand: one attribute per role, several names separated by commas, semicolons, 、 or ；. */
export const FromAttributes: Story = {
  args: { 'written-by': 'Ma Yizhou', 'photos-by': 'Ni Haoran', 'reviewed-by': 'Chen Wei', 'edited-by': 'Wang Fang; Li Hua' },
};

/**
 * Hand-written HTML with its own text for readers without scripts. Before the element upgrades
 * (or when the script fails) the light-DOM text is shown; once it upgrades, the element draws the
 * credits from its attributes and the light-DOM text is no longer rendered.
 */
export const LightDomFallback: Story = {
  render: () => html`<photo-credit variant="inline" written-by="Ma Yizhou" photos-by="Ni Haoran" reviewed-by="Chen Wei"
    >Written by Ma Yizhou · Photos Ni Haoran · Reviewed by Chen Wei</photo-credit
  >`,
};

/** Every role, several names per role, and a role of the page's own ("Layout") with its label in several languages. */
export const AllRoles: Story = {
  args: {
    credits: [
      { role: 'writer', names: ['Ma Yizhou', 'Liu Beimin'] },
      { role: 'photographer', names: ['Ni Haoran'] },
      { role: 'reviewer', names: ['Chen Wei'] },
      { role: 'editor', names: ['Wang Fang'] },
      { role: 'translator', names: ['Ana García', 'Luis Pérez', 'Jean Dupont'] },
      { role: 'other', label: { en: 'Layout', es: 'Maquetación', 'pt-BR': 'Diagramação', 'zh-Hans': '排版', fr: 'Mise en page' }, names: ['Zhang Min'] },
    ],
  },
};

/** The same, inline: the line wraps between roles and names when it must. */
export const AllRolesInline: Story = {
  args: { ...AllRoles.args, variant: 'inline' },
};

/**
 * A Chinese page's credits: names in Chinese (with English for other readers) and an editor (责编).
 * Choose 简体中文 in the toolbar to see 撰稿 / 摄影 / 审核 / 责编.
 */
export const ChinesePage: Story = {
  args: {
    credits: [
      { role: 'writer', names: [{ 'zh-Hans': '马一舟', en: 'Ma Yizhou' }] },
      { role: 'photographer', names: [{ 'zh-Hans': '倪浩然', en: 'Ni Haoran' }] },
      { role: 'reviewer', names: [{ 'zh-Hans': '陈伟', en: 'Chen Wei' }] },
      { role: 'editor', names: [{ 'zh-Hans': '王芳', en: 'Wang Fang' }] },
    ],
  },
};

/** Long names and Spanish double surnames, inline, in a narrow column (320 px). */
export const LongNames: Story = {
  args: {
    variant: 'inline',
    'written-by': 'María Fernanda Rodríguez-Valenzuela de la Torre; José Antonio Gutiérrez Hernández',
    'photos-by': 'Juan Carlos Villalobos Quintanilla',
    'reviewed-by': 'Maximiliano Alessandro Montenegro-Castellanos',
    'translated-by': 'Anna-Katharina Schwarzenberger-Wittelsbach',
  },
  decorators: [(story) => html`<div style="inline-size: 320px; max-inline-size: 100%">${story()}</div>`],
};

/** No credits: nothing renders and the element takes no space (the lines around it touch). */
export const NoCredits: Story = {
  render: () => html`<p style="margin: 0">Text above the element.</p>
    <photo-credit></photo-credit>
    <photo-credit variant="inline" .credits=${[]}></photo-credit>
    <p style="margin: 0">Text below the element.</p>`,
};
