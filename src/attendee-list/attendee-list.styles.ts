import { css } from 'lit';

export const attendeeListStyles = css`
  [part='base'] {
    margin: 0;
    padding: 0;
    font-size: var(--eh-attendees-font-size, 1em);
  }
  ul {
    display: grid;
    gap: var(--eh-attendees-gap, 0.75em);
    list-style: none;
  }
  .name {
    font-weight: 600;
  }
  .role {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_surface-sunken);
    color: var(--eh-attendees-role-color, var(--_accent));
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.6;
  }
  .details {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }
`;
