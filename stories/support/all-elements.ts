/**
 * The six elements with the seed article, for the design stories (Theme, Gallery, In a page):
 * each element as a page would place it, from the same data as its own stories.
 */
import { html, type TemplateResult } from 'lit';
import '../../src/event-card/define.js';
import '../../src/speech-block/define.js';
import '../../src/group-photo/define.js';
import '../../src/photo-credit/define.js';
import '../../src/attendee-list/define.js';
import '../../src/participant-country-map/define.js';
import type { Photo, Speech } from '../../src/model/types.js';
import { seed } from './data.js';

/** The tags the design stories show, in the order a page reads them. */
export const SIX_ELEMENTS = ['event-card', 'speech-block', 'group-photo', 'participant-country-map', 'attendee-list', 'photo-credit'] as const;

const photographers = seed.credits?.find((credit) => credit.role === 'photographer')?.names.join(', ');
export const groupPhoto: Photo = { ...seed.photos!.find((photo) => photo.group)!, credit: photographers };
/** The participant representative's speech: the shortest of the seed's three. */
export const representativeSpeech: Speech = seed.speeches![2]!;

export const ARTICLE_URL = 'https://example.org/activity-highlights/2023-06-29-opening';

export const card = (headingLevel = 3): TemplateResult => html`<event-card .event=${seed} href=${ARTICLE_URL} heading-level=${headingLevel}></event-card>`;
export const speech = (collapsedLines?: number): TemplateResult =>
  html`<speech-block .speech=${representativeSpeech} collapsed-lines=${collapsedLines ?? 6}></speech-block>`;
export const photo = (): TemplateResult => html`<group-photo .photo=${groupPhoto}></group-photo>`;
export const map = (): TemplateResult => html`<participant-country-map .event=${seed}></participant-country-map>`;
export const attendees = (variant: 'list' | 'inline' = 'list'): TemplateResult => html`<attendee-list .event=${seed} variant=${variant}></attendee-list>`;
export const credits = (variant: 'block' | 'inline' = 'block'): TemplateResult =>
  html`<photo-credit .credits=${seed.credits} variant=${variant}></photo-credit>`;

/** All six, stacked in one column: what the Theme story and each language of the Gallery show. */
export const allSix = (): TemplateResult =>
  html`<div style="display: grid; gap: 1.5rem; max-inline-size: 46rem">${card()}${speech()}${photo()}${map()}${attendees()}${credits()}</div>`;
