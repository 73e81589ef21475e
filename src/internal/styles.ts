import { css } from 'lit';

/**
 * Design tokens. Pages theme the elements by setting the public `--eh-*` properties anywhere
 * above them; light and dark values follow the `color-scheme` the element inherits (a page that
 * declares `color-scheme: dark`, or `theme="dark"` on the element), through `light-dark()`.
 */
export const tokens = css`
  :host {
    --_font: var(--eh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_text: var(--eh-color-text, light-dark(#1c2128, #e6edf3));
    --_muted: var(--eh-color-text-muted, light-dark(#4f5b69, #a7b3c0));
    --_surface: var(--eh-color-surface, light-dark(#ffffff, #161b22));
    --_surface-sunken: var(--eh-color-surface-sunken, light-dark(#eef2f6, #222a33));
    --_border: var(--eh-color-border, light-dark(#cfd7df, #3a4551));
    --_accent: var(--eh-color-accent, light-dark(#0b5cad, #79b8ff));
    --_on-accent: var(--eh-color-on-accent, light-dark(#ffffff, #0d1117));
    --_danger: var(--eh-color-danger, light-dark(#b42318, #ff9c94));
    --_focus: var(--eh-color-focus, light-dark(#0b5cad, #79b8ff));
    /* em, not rem: a page's "html { font-size: 10px }" must not shrink our corners and spacing. */
    --_radius: var(--eh-radius, 0.75em);
    --_space: var(--eh-space, 1em);
    --_shadow: var(--eh-shadow, 0 1px 2px rgb(0 0 0 / 0.08), 0 4px 12px rgb(0 0 0 / 0.06));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

/** What every element's shadow root starts with: tokens, a box-sizing reset, `hidden` honoured. */
export const baseStyles = [
  tokens,
  css`
    /*
     * The text settings every part inherits, owned by the element. A page's rules for the host
     * element itself ("* { font: ...; letter-spacing: ...; text-transform: ... }") would beat
     * plain :host rules and flow into the shadow tree by inheritance: !important on :host wins
     * over them (an inner tree's important rules beat the page's), so these come from the
     * --eh-* tokens and ::part() rules only. Layout properties of the host (margin, width,
     * display...) stay the page's to set.
     */
    :host {
      display: block;
      /* "medium" is the reader's default size; a page's "html { font-size: 10px }" cannot shrink us. */
      font: normal 400 var(--eh-font-size, medium) / 1.5 var(--_font) !important;
      color: var(--_text) !important;
      letter-spacing: normal !important;
      word-spacing: normal !important;
      text-transform: none !important;
      text-align: start !important;
      text-indent: 0 !important;
      text-shadow: none !important;
      white-space: normal !important;
      overflow-wrap: normal !important;
      word-break: normal !important;
      hyphens: manual !important;
      tab-size: 8 !important;
      quotes: auto !important;
      list-style: disc outside !important;
      cursor: auto !important;
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .error {
      display: grid;
      gap: 0.5em;
      justify-items: start;
      padding: var(--_space);
      border: 1px solid var(--_danger);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .error strong {
      color: var(--_danger);
    }
    button {
      font: inherit;
      color: var(--_on-accent);
      background: var(--_accent);
      border: 1px solid transparent;
      border-radius: 0.5em;
      padding: 0.4em 1em;
      min-block-size: 2.75em;
      cursor: pointer;
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
    }
  `,
];
