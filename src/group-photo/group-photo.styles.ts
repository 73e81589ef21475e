import { css } from 'lit';

export const groupPhotoStyles = css`
  figure {
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  .frame {
    display: block;
    inline-size: 100%;
    aspect-ratio: var(--_ratio, auto);
    min-block-size: 0;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface-sunken);
    color: inherit;
    cursor: zoom-in;
  }
  .frame img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .placeholder {
    display: grid;
    place-items: center;
    padding: var(--_space);
    min-block-size: 8em;
    border: 2px dashed var(--_border);
    color: var(--_muted);
    text-align: center;
    cursor: default;
  }
  .placeholder small {
    display: block;
    font-size: 0.8125em;
    font-weight: 600;
  }
  figcaption,
  .lightbox-caption {
    display: grid;
    gap: 0.25em;
  }
  .people,
  photo-credit {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The credit's own text colour is its --eh-color-text (its host's colour is its own, !important). */
  photo-credit {
    --eh-color-text: var(--_muted);
  }
  dialog {
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: var(--_space);
    border: 0;
    background: var(--eh-photo-lightbox-backdrop, var(--eh-lightbox-backdrop, rgb(0 0 0 / 0.92)));
    color: #fff;
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    white-space: normal;
    visibility: visible;
    overflow: hidden;
    color-scheme: dark;
    --_muted: #d0d7de;
    --_focus: #fff;
  }
  dialog[open] {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    gap: 0.75em;
  }
  /* Opaque: behind a translucent backdrop the article's text showed through behind the caption. */
  dialog::backdrop {
    background: #000;
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
    gap: 0.5em;
  }
  .toolbar button {
    color: #fff;
    background: rgb(255 255 255 / 0.12);
    border: 1px solid rgb(255 255 255 / 0.7);
  }
  .toolbar [aria-pressed='true'] {
    color: #000;
    background: #fff;
  }
  .stage {
    display: flex;
    min-block-size: 0;
    overflow: auto;
  }
  .stage img {
    display: block;
    flex: none;
    margin: auto;
    max-inline-size: 100%;
    max-block-size: 100%;
    object-fit: contain;
  }
  .zoomed img {
    max-inline-size: none;
    max-block-size: none;
  }
  .lightbox-caption {
    max-inline-size: 60em;
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: eh-open 0.2s ease-out;
    }
    @keyframes eh-open {
      from {
        opacity: 0;
        transform: scale(0.97);
      }
    }
  }
  @media (forced-colors: active) {
    dialog {
      background: Canvas;
      color: CanvasText;
    }
    .toolbar button {
      color: ButtonText;
      background: ButtonFace;
    }
    .toolbar [aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
    }
  }
`;
