import { css } from 'lit';

/**
 * Design tokens. Pages theme the elements by setting the public `--eh-*` properties anywhere
 * above them; light and dark values follow the element's `color-scheme`, through `light-dark()`:
 * `theme="light|dark"` on the element, or else the scheme of the background behind it.
 *
 * The private `--_*` properties are set !important: a page rule for the host element
 * (`event-card { --_text: red }`, or a `* { --_x: ... }` of the page's own design system) would
 * otherwise beat plain :host rules, as outer rules do, and reach every part. An inner tree's
 * important rules beat the page's (important ones included), so only the public `--eh-*` tokens
 * and ::part() rules theme us. Every element's own `:host { --_... }` follows the same rule.
 * The elements' own private properties are unset here, so that none is inherited from the page
 * where an element does not set it (an element's own :host rule, later, sets its values).
 *
 * Colour scheme: the one of the background behind the element (src/internal/scheme.ts sets the
 * `scheme-light` / `scheme-dark` state), not the one the page declares: a page that allows dark
 * (`color-scheme: light dark`) but paints itself white must not get light text. !important: a
 * page's `* { color-scheme: light dark }` would beat :host otherwise. `theme="light|dark"` comes
 * last and wins (same specificity, later rule).
 *
 * (Comments about these rules stay out of the css`` templates, which ship as they are written.)
 */
export const tokens = css`
  :host {
    --_font: var(--eh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC',
      'PingFang SC', 'Microsoft YaHei', sans-serif) !important;
    --_text: var(--eh-color-text, light-dark(#1c2128, #e6edf3)) !important;
    --_muted: var(--eh-color-text-muted, light-dark(#4f5b69, #a7b3c0)) !important;
    --_surface: var(--eh-color-surface, light-dark(#ffffff, #161b22)) !important;
    --_surface-sunken: var(--eh-color-surface-sunken, light-dark(#eef2f6, #222a33)) !important;
    --_border: var(--eh-color-border, light-dark(#cfd7df, #3a4551)) !important;
    --_accent: var(--eh-color-accent, light-dark(#0b5cad, #79b8ff)) !important;
    --_on-accent: var(--eh-color-on-accent, light-dark(#ffffff, #0d1117)) !important;
    --_danger: var(--eh-color-danger, light-dark(#b42318, #ff9c94)) !important;
    --_focus: var(--eh-color-focus, light-dark(#0b5cad, #79b8ff)) !important;
    /* em, not rem: a page's "html { font-size: 10px }" must not shrink our corners and spacing. */
    --_radius: var(--eh-radius, 0.75em) !important;
    --_space: var(--eh-space, 1em) !important;
    --_shadow: var(--eh-shadow, 0 1px 2px rgb(0 0 0 / 0.08), 0 4px 12px rgb(0 0 0 / 0.06)) !important;
    --_media-ratio: initial !important;
    --_portrait: initial !important;
    --_lines: initial !important;
    --_ratio: initial !important;
    --_part: initial !important;
    --_part-edge: initial !important;
    --_host: initial !important;
  }
  :host(:state(scheme-light)) {
    color-scheme: light !important;
  }
  :host(:state(scheme-dark)) {
    color-scheme: dark !important;
  }
  :host([theme='light']) {
    color-scheme: light !important;
  }
  :host([theme='dark']) {
    color-scheme: dark !important;
  }
`;

/**
 * What every element's shadow root starts with: tokens, the text settings, a box-sizing reset,
 * `hidden` honoured.
 *
 * Font family and size: the page's, as the element inherits them from its parent (a card set in
 * a page's serif at 18px matches it), or the `--eh-font-family` / `--eh-font-size` tokens when
 * they are set. With a token unset, var() makes the declaration invalid at computed-value time,
 * that is `unset`, which for these inherited properties is the parent's value: the !important
 * still keeps out a page rule aimed at the host itself (`event-card { font-size: 2px }`), while a
 * `*` or `body` rule reaches us as it reaches the parent. Everything else about the font is ours.
 * The `isolated` attribute keeps the page's font out: our stack at the reader's default size
 * (`medium`: a page's `html { font-size: 10px }` cannot shrink us), unless the tokens say otherwise.
 *
 * Every other inherited property a page could use, on the host, to make our text unreadable or
 * misleading is reset !important as well: painted text (fill colour, stroke, emphasis marks,
 * masking as in a password field), glyph choice and shaping (variants, features, variation axes,
 * size adjustment, synthesis), bidi display order (Chromium's `-webkit-rtl-ordering: visual`),
 * line breaking and the last line's alignment, underline placement, the writing mode (our
 * layouts are horizontal), the painting of the map's SVG (opacity of fills and strokes, dashes,
 * widths, baselines), image orientation, forced colours, table spacing. Font longhands are named
 * one by one (the `font` shorthand resets some of them in some engines only). `direction` stays
 * the page's (a right-to-left page lays us out right to left); `visibility` and `pointer-events`
 * too (a page may hide or disable what it embeds). Not covered: a page's `text-decoration` on an
 * ancestor is drawn through our text, as CSS propagates decorations to in-flow block descendants
 * whatever their own properties (only inline-blocks, floats and positioned boxes stop it).
 *
 * Chinese text gets the space between Han and Latin letters or digits that Chinese typography
 * expects ("学员来自 Belt and Road Countries"), drawn by the browser (`text-autospace`, Chromium
 * 140+): the text itself is not changed, so copied text and search see what the data says.
 */
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
      font-family: var(--eh-font-family) !important;
      font-size: var(--eh-font-size) !important;
      font-style: normal !important;
      font-weight: 400 !important;
      font-stretch: normal !important;
      line-height: 1.5 !important;
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
      -webkit-text-fill-color: currentcolor !important;
      -webkit-text-stroke: 0 currentcolor !important;
      -webkit-text-security: none !important;
      -webkit-rtl-ordering: logical !important;
      text-emphasis: none currentcolor !important;
      text-emphasis-position: over right !important;
      font-variant: normal !important;
      font-feature-settings: normal !important;
      font-variation-settings: normal !important;
      font-size-adjust: none !important;
      font-synthesis: weight style small-caps !important;
      font-optical-sizing: auto !important;
      font-palette: normal !important;
      font-language-override: normal !important;
      font-kerning: auto !important;
      text-rendering: auto !important;
      line-break: auto !important;
      text-align-last: auto !important;
      text-justify: auto !important;
      text-underline-position: auto !important;
      text-underline-offset: auto !important;
      text-decoration-skip-ink: auto !important;
      writing-mode: horizontal-tb !important;
      text-orientation: mixed !important;
      text-combine-upright: none !important;
      ruby-position: over !important;
      caret-color: auto !important;
      image-orientation: from-image !important;
      image-rendering: auto !important;
      forced-color-adjust: auto !important;
      fill: black !important;
      fill-opacity: 1 !important;
      fill-rule: nonzero !important;
      stroke: none !important;
      stroke-opacity: 1 !important;
      stroke-width: 1px !important;
      stroke-dasharray: none !important;
      stroke-dashoffset: 0 !important;
      stroke-linecap: butt !important;
      stroke-linejoin: miter !important;
      paint-order: normal !important;
      dominant-baseline: auto !important;
      text-anchor: start !important;
      border-collapse: separate !important;
      border-spacing: 0 !important;
      empty-cells: show !important;
    }
    :host([isolated]) {
      font-family: var(--_font) !important;
      font-size: var(--eh-font-size, medium) !important;
    }
    :host([hidden]) {
      display: none !important;
    }
    /* A placeholder image (photo.placeholder: a light drawing standing in for a missing photo)
       follows the colour scheme: inverted to a dark drawing with the same hues in the dark one, not
       a bright rectangle on a dark page. Real photos are never touched. */
    :host(:state(scheme-dark)) .placeholder-image,
    :host([theme='dark']) .placeholder-image {
      filter: invert(0.9) hue-rotate(180deg);
    }
    :host([theme='light']) .placeholder-image {
      filter: none;
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
    :host(:lang(zh)),
    :lang(zh) {
      text-autospace: normal;
    }
  `,
];
