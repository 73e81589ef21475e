import { css } from 'lit';

/** In forced colours the fade gives way to a dashed rule (full-contrast text); print never collapses. */
export const speechBlockStyles = css`
  :host {
    --_portrait: var(--eh-speech-portrait-size, 4.5em) !important;
  }
  p,
  figure,
  blockquote {
    margin: 0;
  }
  .header {
    display: grid;
    gap: 0.75em;
    margin-block-end: var(--_space);
    overflow-wrap: break-word;
  }
  .heading,
  .name {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .seminar {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  ::slotted([slot='heading']) {
    margin: 0;
  }
  .speaker {
    display: flex;
    gap: 1em;
    align-items: start;
  }
  .portrait {
    flex: none;
    inline-size: var(--_portrait);
    block-size: var(--_portrait);
    border-radius: 50%;
    overflow: hidden;
    background: var(--_surface-sunken);
  }
  .portrait img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    /* A face sits in the upper middle of most portraits: the circle keeps that, not the chest
       (photo.focus in the data says where exactly, set on the image). */
    object-position: 50% 25%;
  }
  .monogram {
    display: grid;
    place-items: center;
    block-size: 100%;
    font-size: calc(var(--_portrait) * 0.36);
    font-weight: 600;
    color: var(--_muted);
  }
  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .name {
    font-size: 1.125em;
  }
  .representative {
    align-self: start;
    margin-block: 0.25em;
    padding: 0 0.6em;
    border: 1px solid currentColor;
    border-radius: 0.75em;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_accent);
  }
  .role,
  .organization,
  .country,
  figcaption {
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .quote {
    margin-block-end: var(--_space);
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_accent);
  }
  .quote blockquote,
  .quote ::slotted(blockquote) {
    margin: 0;
    font-size: 1.25em;
    font-style: italic;
    line-height: 1.4;
  }
  .quote :lang(zh),
  .quote ::slotted(:lang(zh)) {
    font-style: normal;
  }
  figcaption {
    margin-block-start: 0.5em;
  }
  .body {
    position: relative;
  }
  .content > p,
  ::slotted(p) {
    margin: 0 0 0.75em;
  }
  .content > p:last-child,
  ::slotted(p:last-child) {
    margin-block-end: 0;
  }
  .collapsed {
    max-block-size: calc(var(--_lines) * 1lh);
    overflow: hidden;
    mask-image: linear-gradient(to bottom, #000 calc(100% - 3lh), transparent);
  }
  button {
    margin-block-start: 0.5em;
    color: var(--_accent);
    background: none;
    border-color: currentColor;
  }
  @media (forced-colors: active) {
    .collapsed {
      mask-image: none;
      border-block-end: 2px dashed CanvasText;
    }
  }
  @media print {
    .collapsed {
      max-block-size: none;
      overflow: visible;
      mask-image: none;
    }
    button {
      display: none;
    }
  }
`;
