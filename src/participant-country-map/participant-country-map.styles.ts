import { css } from 'lit';

export const mapStyles = css`
  :host {
    container-type: inline-size;
    /* A size container has no width of its own: where the parent sizes to content (a table cell,
       a flex item, an inline-block, a <button>) it would collapse to nothing. */
    contain-intrinsic-inline-size: 20em;
    --_part: var(--eh-map-participant, var(--_accent)) !important;
    --_part-edge: light-dark(#062c54, #d6e9ff) !important;
    --_host: var(--eh-map-host, light-dark(#a63c06, #ffab70)) !important;
  }
  figure {
    margin: 0;
  }
  .map {
    position: relative;
    aspect-ratio: 2 / 1;
    background: var(--_surface-sunken);
    border-radius: var(--_radius);
  }
  @container (max-width: 559.98px) {
    .map {
      aspect-ratio: 1;
    }
  }
  .placeholder {
    display: grid;
    place-items: center;
    block-size: 100%;
    color: var(--_muted);
  }
  figcaption {
    margin-block-start: 0.75em;
  }
  ul[part='list'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
  }
  ul[part='list'] li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }
  ul[part='list'] li.active {
    border-color: var(--_focus);
    box-shadow: 0 0 0 2px var(--_focus);
  }
  .count,
  figcaption p {
    color: var(--_muted);
  }
  figcaption p {
    margin: 0;
  }
  .problem {
    margin: 0.5em 0 0;
    color: var(--_danger);
  }
  .problem button {
    margin-inline-start: 0.5em;
  }
`;
