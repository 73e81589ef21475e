import { css } from 'lit';

export const photoCreditStyles = css`
  /* Relative to the element's base size (--eh-font-size), not to the page's: the host's own
     font-size is set, !important, by the base styles. */
  [part='base'] {
    font-size: var(--eh-credit-font-size, 0.875em);
  }
  .inline,
  dl,
  dd {
    margin: 0;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
  }
  dl > div {
    display: contents;
  }
  [part='label'] {
    color: var(--_muted);
  }
  dt [part='label'] {
    font-weight: 600;
  }
  .separator {
    color: var(--_muted);
  }
`;
