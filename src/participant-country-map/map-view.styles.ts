/** The map drawing's styles: adopted into the element's shadow root when the drawing code loads. */
import { css } from 'lit';

export const viewStyles = css`
  .stage {
    position: relative;
    inline-size: 100%;
    block-size: 100%;
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .stage:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  svg.map {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .water {
    fill: var(--eh-map-water, light-dark(#e8f0f7, #0f1b27));
  }
  .land {
    fill: var(--eh-map-land, light-dark(#d5dbe1, #3b4551));
    stroke: light-dark(#9aa5b1, #5d6a78);
    stroke-width: 0.5;
  }
  .borders {
    fill: none;
    stroke: light-dark(#ffffff, #161b22);
    stroke-width: 0.6;
    stroke-linejoin: round;
  }
  .host {
    fill: url(#eh-hatch);
    stroke: var(--_host);
    stroke-width: 1.2;
  }
  .hatch-bg {
    fill: light-dark(#fbe3cf, #4a2c17);
  }
  .hatch-line {
    stroke: var(--_host);
    stroke-width: 1.6;
  }
  .participant {
    fill: var(--_part);
    stroke: var(--_part-edge);
    stroke-width: 0.8;
    cursor: pointer;
  }
  .participant.active,
  .marker.active .dot {
    stroke: var(--_focus);
    stroke-width: 3;
    paint-order: stroke;
  }
  .marker .dot {
    fill: var(--_part);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .marker .ring {
    fill: none;
    stroke: var(--_part-edge);
    stroke-width: 1;
  }
  .marker .hit {
    fill: transparent;
    cursor: pointer;
  }
  .marker .disc {
    fill: var(--_part);
    stroke: var(--_part-edge);
    stroke-width: 1;
  }
  .marker .number {
    font-size: 11px;
    font-weight: 700;
    fill: var(--_surface);
    pointer-events: none;
  }
  .leader {
    stroke: var(--_part-edge);
    stroke-width: 1;
  }
  .city .dot {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .city-leader {
    stroke: var(--_text);
    stroke-width: 0.8;
  }
  .label {
    font-size: 12px;
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .frame {
    fill: none;
    stroke: var(--_border);
  }
  .tooltip {
    position: absolute;
    transform: translate(-50%, calc(-100% - 14px));
    padding: 0.25em 0.6em;
    border-radius: 0.4em;
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.875em;
    white-space: nowrap;
    pointer-events: none;
    z-index: 1;
  }
  .tooltip.below {
    transform: translate(-50%, 14px);
  }
  .legend,
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend {
    color: var(--_muted);
  }
  .legend li,
  .key li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend svg {
    inline-size: 1.5em;
    block-size: 1em;
    flex: none;
  }
  .key .number {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.6em;
    block-size: 1.6em;
    border-radius: 50%;
    background: var(--_part);
    color: var(--_surface);
    font-weight: 700;
    font-size: 0.85em;
  }
  .credit {
    margin-inline-start: auto;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    svg.map,
    .legend svg {
      forced-color-adjust: none;
    }
    .water,
    .hatch-bg {
      fill: Canvas;
    }
    .land {
      fill: Canvas;
      stroke: GrayText;
    }
    .borders {
      stroke: GrayText;
    }
    .host,
    .hatch-line {
      stroke: CanvasText;
    }
    .participant,
    .marker .dot,
    .marker .disc {
      fill: Highlight;
      stroke: CanvasText;
    }
    .marker .number {
      fill: HighlightText;
    }
    .key .number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .participant.active,
    .marker.active .dot {
      stroke: CanvasText;
    }
    .label {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
