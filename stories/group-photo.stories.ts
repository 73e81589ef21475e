import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/group-photo/define.js';
import type { GroupPhoto } from '../src/group-photo/group-photo.js';
import type { Photo } from '../src/model/types.js';
import { dataUrl, seed } from './support/data.js';

/** The element's public inputs, by attribute name (`photo` is a property only). */
export interface GroupPhotoArgs {
  photo?: Photo;
  src?: string;
  alt?: string;
  caption?: string;
  credit?: string;
  people?: string;
  width?: number;
  height?: number;
  srcset?: string;
  sizes?: string;
}

const photographers = seed.credits?.find((credit) => credit.role === 'photographer')?.names.join(', ');
const [openingPhoto, groupPhotoData] = seed.photos!;
/** The seed's group photo, with the photographer from the article's credits. */
const seedGroupPhoto: Photo = { ...groupPhotoData!, credit: photographers };

const meta = {
  title: 'Elements/group-photo',
  component: 'group-photo',
  render: (args) =>
    html`<group-photo
      .photo=${args.photo}
      src=${ifDefined(args.src)}
      alt=${ifDefined(args.alt)}
      caption=${ifDefined(args.caption)}
      credit=${ifDefined(args.credit)}
      people=${ifDefined(args.people)}
      width=${ifDefined(args.width)}
      height=${ifDefined(args.height)}
      srcset=${ifDefined(args.srcset)}
      sizes=${ifDefined(args.sizes)}
    ></group-photo>`,
  decorators: [(story) => html`<div style="max-inline-size: 720px">${story()}</div>`],
  argTypes: {
    photo: {
      control: 'object',
      description: 'The photo, as in the event model (property only). Takes precedence over the attributes.',
      table: { category: 'properties', type: { summary: 'Photo | undefined' } },
    },
    src: { control: 'text' },
    alt: { control: 'text' },
    caption: { control: 'text' },
    credit: { control: 'text' },
    people: { control: 'text' },
    width: { control: 'number' },
    height: { control: 'number' },
    srcset: { control: 'text' },
    sizes: { control: 'text' },
  },
} satisfies Meta<GroupPhotoArgs>;

export default meta;
type Story = StoryObj<GroupPhotoArgs>;

/** Opens the lightbox once the story has rendered (Storybook runs `play` after rendering). */
const openLightbox: Story['play'] = async ({ canvasElement }) => {
  const element = canvasElement.querySelector<GroupPhoto>('group-photo');
  await element?.updateComplete;
  element?.show();
};

/** The seed's group photo as the `photo` property, credited to the article's photographer (Ni Haoran). */
export const FromSeed: Story = {
  args: { photo: seedGroupPhoto },
};

/** The seed's opening-ceremony photo (1200 × 800), credited to Ni Haoran. */
export const OpeningCeremony: Story = {
  args: { photo: { ...openingPhoto!, credit: photographers } },
};

/** The lightbox, open: the large image, caption and credit, "Actual size" and "Close". */
export const LightboxOpen: Story = {
  args: { photo: { ...seedGroupPhoto, people: ['Liu Beimin', 'Chen Jianfeng', 'Ma Yizhou'] } },
  play: openLightbox,
};

/** Written by hand with attributes only. */
export const FromAttributes: Story = {
  args: {
    src: dataUrl('images/group-photo.svg'),
    alt: "Group photo of the seminar's participants and hosts (placeholder image)",
    caption: 'Group Photo of the Seminar',
    credit: 'Ni Haoran',
    width: 1600,
    height: 900,
  },
};

/**
 * Hand-written HTML that reads as an article without the script: a `<figure>` with the `<img>`
 * and a `<figcaption>` inside the element. The element reads the image and the caption from it.
 */
export const HandWrittenHtml: Story = {
  render: () => html`<group-photo credit="Ni Haoran" people="Liu Beimin; Chen Jianfeng">
    <figure>
      <img src=${dataUrl('images/group-photo.svg')} alt="Group photo of the seminar's participants and hosts (placeholder image)" width="1600" height="900" />
      <figcaption>Group Photo of the Seminar</figcaption>
    </figure>
  </group-photo>`,
};

/** The people shown, from left, with long names and Spanish double surnames. */
export const WithPeople: Story = {
  args: {
    ...FromAttributes.args,
    credit: 'Juan Carlos Villalobos Quintanilla; Ni Haoran',
    people:
      'María Fernanda Rodríguez-Valenzuela de la Torre; Liu Beimin; José Antonio Gutiérrez Hernández; Chen Jianfeng; Maximiliano Alessandro ' +
      'Montenegro-Castellanos',
  },
};

/** No `alt`: the photo and caption still show, and the console warns `<group-photo>: alt: expected a text alternative, received nothing`. */
export const MissingAlt: Story = {
  args: { src: dataUrl('images/group-photo.svg'), caption: 'Group Photo of the Seminar', credit: 'Ni Haoran', width: 1600, height: 900 },
};

/** An image that does not load: a box of the same size with the text alternative, and the caption. */
export const BrokenImage: Story = {
  args: { ...FromAttributes.args, src: dataUrl('images/missing-photo.jpg') },
};

/** An unsafe URL (`javascript:`) is dropped with a console warning: the same placeholder box. */
export const UnsafeUrl: Story = {
  args: { ...FromAttributes.args, src: 'javascript:alert(1)' },
};

/** No credit and no people: the caption only. */
export const NoCredit: Story = {
  args: { ...FromAttributes.args, credit: undefined },
};
