import { css } from 'lit';

/*
 * Quirks mode (a page without a doctype, :host(:state(quirks))): the card's "block-size: 100%",
 * meant to fill a host stretched by a grid or flex row, would resolve against the nearest
 * ancestor with a height (the viewport, through <body>), as the quirk for percentage heights
 * skips block containers of auto height: the card was as tall as the window. A flex container is
 * not skipped, and lays out its single child as a block would (full width, content height, or
 * the host's height when stretched). Only in quirks mode: the host stays display: block elsewhere.
 */

// The coverage and related links sit above the title link's hit area (which covers the card), each
// with its own focus ring, close to the text (2px out, it covered the parentheses beside an outlet's
// name); their arrow is decoration, kept out of the link's name by the empty alternative text.
export const eventCardStyles = css`
  :host {
    container-type: inline-size;
    /* A size container has no width of its own: where the parent sizes to content (a table cell,
       a flex item, an inline-block, a <button>) it would collapse to nothing. */
    contain-intrinsic-inline-size: 20em;
    --_media-ratio: var(--eh-card-media-ratio, 16 / 9) !important;
  }
  :host(:state(quirks)) {
    display: flex;
    flex-direction: column;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    min-block-size: var(--eh-card-min-height, 0);
    overflow: clip;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .card:has(.title a:hover) {
    border-color: var(--_accent);
  }
  .card:focus-within:has(.title a:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .media {
    flex: none;
    /* overflow: clip (cheaper than hidden: no scroll container) keeps the automatic minimum size,
       which would let a 3:2 image stretch a 16:9 box. */
    min-block-size: 0;
    aspect-ratio: var(--_media-ratio);
    background: var(--_surface-sunken);
    overflow: clip;
  }
  .media img,
  .media ::slotted(img) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .body {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: var(--_space);
    min-inline-size: 0;
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .eyebrow {
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
    text-transform: uppercase;
  }
  .eyebrow:lang(zh) {
    letter-spacing: 0;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    text-transform: none;
  }
  .title {
    margin: 0;
    font-size: 1.1875em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: break-word;
    hyphens: auto;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--eh-card-title-lines, none);
    overflow: clip;
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }
  /* The whole card is the link's hit area; its accessible name stays the title alone. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .title a:focus-visible {
    outline: none;
  }
  .translated {
    font-size: 0.8125em;
    font-style: italic;
    color: var(--_muted);
  }
  .date {
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.125em 0.75em;
    font-size: 0.875em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .excerpt {
    color: var(--_text);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--eh-card-excerpt-lines, 3);
    overflow: clip;
  }
  .participants {
    font-size: 0.875em;
    margin-block-start: auto;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  .participants strong {
    color: var(--_accent);
  }
  .countries,
  .kind {
    display: block;
    color: var(--_muted);
  }
  .coverage,
  .related {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .related {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .coverage a,
  .related a {
    position: relative;
    z-index: 1;
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .coverage a:focus-visible,
  .related a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    border-radius: 2px;
  }
  .related a::after {
    content: ' →' / '';
  }
  .related a:dir(rtl)::after {
    content: ' ←' / '';
  }
  .skeleton .bar {
    display: block;
    block-size: 1em;
    margin-block: 0.25em;
    border-radius: 0.25em;
    background: var(--_surface-sunken);
  }
  .skeleton .bar.title-bar {
    block-size: 1.25em;
  }
  /* Bar widths as classes, not style attributes: a page's CSP (style-src without 'unsafe-inline') blocks those. */
  .skeleton .w40 {
    inline-size: 40%;
  }
  .skeleton .w50 {
    inline-size: 50%;
  }
  .skeleton .w60 {
    inline-size: 60%;
  }
  .skeleton .w70 {
    inline-size: 70%;
  }
  .skeleton .w80 {
    inline-size: 80%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bar {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @container (min-width: 40em) {
    .card {
      flex-direction: row;
    }
    /* The image keeps its ratio beside the text: stretched to the card's height (a long title
       makes it tall), a 16:9 photo was cropped to about half its width. */
    .media {
      flex: 2 1 0;
      align-self: flex-start;
      min-inline-size: 0;
    }
    .body {
      flex: 3 1 0;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .skeleton .bar {
      background: GrayText;
    }
  }
  @media print {
    .card {
      box-shadow: none;
      break-inside: avoid;
    }
    .title a::after {
      content: none;
    }
  }
`;
