/**
 * The participant map's drawing code, loaded with `import()` when a map nears the viewport: the
 * geometry (fetched once per page and shared by every map), the layout, the SVG, markers for
 * small countries, the legend, the tooltip and the keyboard.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { countryName, listFormat, punctuation } from '../internal/intl.js';
import { countryList, participantsPhrase, participantsSummary } from '../internal/messages.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProps } from '../internal/style-props.js';
import { resolveText } from '../model/text.js';
import { buildScene, TARGET, type Mark, type RenderInput, type Scene } from './map-layout.js';
import { DISC, RING } from './map-labels.js';
import { viewStyles } from './map-view.styles.js';
import type { World } from './map-geometry.js';

// The element imports this module only: the geometry and layout travel in the same lazy chunk.
export { bordersOf, geometryUrl, nearPanel, prepareWorld, type World } from './map-geometry.js';
export { heightFor, MAP_BOX, type MapInput, type Panel, type RenderInput } from './map-layout.js';
export { viewStyles } from './map-view.styles.js';

/** The element, as the drawing code sees it. */
export interface MapHost extends HTMLElement {
  requestUpdate(): void;
  announce(kind: 'focus' | 'select', code: string): void;
}

/** One map's drawing: remembers the last scene (so hover and focus redraw nothing) and the keyboard state. */
export class MapView {
  /** The participant country under the pointer, focused with the keyboard, or hovered in the list. */
  active: string | undefined;
  missing: string[] = [];
  private scene: Scene | undefined;
  private tooltip = false;
  private live = '';
  /** The country the keyboard was on last: when focus comes back, it resumes there (as a composite widget does). */
  private resume: string | undefined;
  private input: RenderInput | undefined;

  constructor(
    private readonly host: MapHost,
    public world: World,
  ) {
    const root = host.shadowRoot;
    if (root && viewStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, viewStyles.styleSheet];
    host.requestUpdate();
  }

  /** Makes `code` the active country (or none), from the pointer (`keyboard` false) or the keyboard. */
  activate(code: string | undefined, keyboard: boolean): void {
    if (keyboard && code) this.resume = code;
    if (code === this.active && this.tooltip === !!code) return;
    this.active = code;
    this.tooltip = !!code;
    if (code) this.host.announce('focus', code);
    if (keyboard && code && this.input && this.scene) {
      const index = this.scene.order.findIndex((mark) => mark.code === code);
      this.live = msg(str`${this.describe(code, this.input)}, ${index + 1} of ${this.scene.order.length}`);
    }
    this.host.requestUpdate();
  }

  private describe(code: string, input: RenderInput): string {
    const n = input.counts[code];
    const name = countryName(code, input.locale);
    return n === undefined ? name : `${name}${punctuation(input.locale).colon}${participantsPhrase(n, input.locale)}`;
  }

  private onKey(event: KeyboardEvent): void {
    const order = this.scene?.order ?? [];
    const index = order.findIndex((mark) => mark.code === this.active);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = index + 1 >= order.length ? 0 : index + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = index <= 0 ? order.length - 1 : index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = order.length - 1;
        break;
      case 'Escape':
        if (!this.tooltip) return;
        this.tooltip = false;
        this.host.requestUpdate();
        break;
      case 'Enter':
      case ' ':
        if (this.active) this.host.announce('select', this.active);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next !== undefined && order[next]) this.activate(order[next].code, true);
  }

  private onFocus(): void {
    const order = this.scene?.order ?? [];
    const drawn = (code: string | undefined) => !!code && order.some((mark) => mark.code === code);
    // The country under the pointer, else the one the keyboard was on last, else the first.
    const code = drawn(this.active) ? this.active : drawn(this.resume) ? this.resume : order[0]?.code;
    if (code) this.activate(code, true);
  }

  render(input: RenderInput): TemplateResult {
    this.input = input;
    const key = JSON.stringify([input.codes, input.host, input.cities, input.worldview, input.layout, input.width, input.locale]);
    // A new geometry (another geometry-src) is a new scene even for the same input.
    if (this.scene?.key !== key || this.scene.world !== this.world) this.scene = buildScene(this.world, input, key, this.measure());
    const scene = this.scene;
    this.missing = scene.missing;
    const locale = input.locale;
    const active = this.active;
    const names = listFormat(locale);
    // A partial list (countriesComplete false) reads "at least 1 country: Angola and other countries", as the list under the map does.
    const complete = input.complete !== false;
    const summary = participantsSummary(input.count, input.codes.length, resolveText(input.region, locale)?.text, locale, complete);
    const description = [
      summary && input.codes.length ? `${summary}${punctuation(locale).colon}${countryList(input.codes, locale, Infinity, complete)}` : summary,
      msg(str`host: ${countryName(input.host, locale)}`),
      input.cities.length ? msg(str`cities visited: ${names.format(input.cities.map((city) => city.name))}`) : '',
    ]
      .filter(Boolean)
      .join(punctuation(locale).separator);
    const target = active ? scene.order.find((mark) => mark.code === active) : undefined;
    return html`<div class="stage" tabindex="0" role="group"
      aria-label=${msg('Map of participant countries. Use the arrow keys to move between countries.')}
      @keydown=${(event: KeyboardEvent) => this.onKey(event)}
      @focus=${() => this.onFocus()} @blur=${() => this.activate(undefined, false)}><svg class="map"
      role="img" viewBox="0 0 ${scene.width} ${scene.height}"
      width=${scene.width} height=${scene.height}><title>${msg('Map of participant countries')}</title><desc>${description}</desc><defs><pattern id="eh-hatch"
      patternUnits="userSpaceOnUse" width="5" height="5"
      patternTransform="rotate(45)"><rect class="hatch-bg" width="5" height="5"></rect><line class="hatch-line" x1="0"
      y1="0" x2="0" y2="5"></line></pattern></defs>${scene.panels.map((scenePanel) => this.panelTemplate(scenePanel, scene, locale))}${
        scene.panels.length > 1
          ? scene.panels.map(({ panel }) => svg`<rect class="frame" x=${panel.x + 0.5} y=${panel.y + 0.5} width=${panel.w - 1} height=${panel.h - 1}></rect>`)
          : nothing
      }</svg>${
        target && this.tooltip
          ? html`<div class=${`tooltip${target.y < 48 ? ' below' : ''}`}
           part="tooltip"
          ${styleProps({ left: `${Math.min(Math.max(target.x, 60), scene.width - 60)}px`, top: `${target.y}px` })}>${this.describe(target.code, input)}</div>`
          : nothing
      }<div class="visually-hidden" aria-live="polite">${this.live}</div></div>`;
  }

  /**
   * Width of a 12 px label in the font the map's text inherits, measured on a canvas: labels are
   * placed by their true width (the estimate stands in where no canvas is to be had).
   */
  private measure(): ((text: string) => number) | undefined {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return undefined;
    const style = getComputedStyle(this.host);
    context.font = `${style.fontStyle} ${style.fontWeight} 12px ${style.fontFamily}`;
    return (text) => context.measureText(text).width;
  }

  /** Pointer handlers of a participant's shape or marker: hover shows it, a click selects it. */
  private pointer(code: string) {
    return { enter: () => this.activate(code, false), leave: () => this.activate(undefined, false), click: () => this.host.announce('select', code) };
  }

  /** One panel: water, land, the host, the participants' shapes, borders, cities, markers and labels. */
  private panelTemplate({ panel, land, host, borders, sphere, shapes, marks, cities }: Scene['panels'][number], scene: Scene, locale: string) {
    const active = this.active;
    return svg`<svg x=${panel.x} y=${panel.y} width=${panel.w} height=${panel.h} viewBox="${panel.x} ${panel.y} ${panel.w} ${panel.h}">${
      sphere ? svg`<path class="water" d=${sphere}></path>` : svg`<rect class="water" x=${panel.x} y=${panel.y} width=${panel.w} height=${panel.h}></rect>`
    }<path class="land" d=${land}></path>${host ? svg`<path class="host" d=${host}></path>` : nothing}${shapes.map(({ code, d }) => {
      const on = this.pointer(code);
      return svg`<path class=${`participant${code === active ? ' active' : ''}`}
        part=${code === active ? 'country active' : 'country'}
        data-code=${code} role="img" aria-label=${countryName(code, locale)}
        d=${d} @pointerenter=${on.enter}
        @pointerleave=${on.leave} @click=${on.click}></path>`;
    })}<path class="borders" d=${borders}></path>${cities.map((city) => this.cityTemplate(city, scene.mode !== 'world'))}${marks
      .filter((mark) => mark.marker)
      .map((mark) => this.markerTemplate(mark, locale))}${marks.map((mark) =>
      mark.label
        ? svg`<text class="label" part="label" aria-hidden="true" data-code=${mark.code}
          x=${mark.label.x} y=${mark.label.y} text-anchor=${mark.label.anchor}>${mark.label.text}</text>`
        : nothing,
    )}</svg>`;
  }

  /** A city visited: its dot (larger where cities are labelled), a leader line when pushed aside, its label. */
  private cityTemplate(city: Mark, labelled: boolean) {
    return svg`<g class="city" part="city">${
      city.from
        ? svg`<line class="city-leader"
      x1=${city.from[0]} y1=${city.from[1]} x2=${city.x} y2=${city.y}></line>`
        : nothing
    }<circle class="dot"
      cx=${city.x} cy=${city.y} r=${labelled ? 4 : 3}></circle>${
        city.label
          ? svg`<text class="label" part="label"
          x=${city.label.x} y=${city.label.y}
          text-anchor=${city.label.anchor} lang=${ifDefined(city.lang)}>${city.label.text}</text>`
          : nothing
      }</g>`;
  }

  /** A small country's marker: a dot in a ring, its 24 px hit area, a leader line to the country when pushed aside. */
  private markerTemplate(mark: Mark, locale: string) {
    const on = this.pointer(mark.code);
    return svg`<g class=${`marker${mark.code === this.active ? ' active' : ''}`}
      part=${mark.code === this.active ? 'marker active' : 'marker'} data-code=${mark.code}
      role="img" aria-label=${countryName(mark.code, locale)}
      @pointerenter=${on.enter} @pointerleave=${on.leave} @click=${on.click}>${
        mark.from ? svg`<line class="leader" x1=${mark.from[0]} y1=${mark.from[1]} x2=${mark.x} y2=${mark.y}></line>` : nothing
      }<circle class="hit" cx=${mark.x} cy=${mark.y} r=${TARGET / 2}></circle>${
        mark.key
          ? svg`<circle class="disc"
          cx=${mark.x} cy=${mark.y} r=${DISC}></circle><text class="number" aria-hidden="true"
          x=${mark.x} y=${mark.y + 3.5} text-anchor="middle">${mark.key}</text>`
          : svg`<circle class="ring" cx=${mark.x} cy=${mark.y} r=${RING}></circle><circle class="dot" cx=${mark.x} cy=${mark.y} r="5"></circle>`
      }</g>`;
  }

  /** The legend and, where some countries are numbered, the key that names them, for the scene drawn last. */
  legend(input: RenderInput): TemplateResult | typeof nothing {
    const scene = this.scene;
    if (!scene) return nothing;
    const swatch = (content: TemplateResult) => html`<svg viewBox="0 0 24 16" aria-hidden="true">${content}</svg>`;
    const hasMarkers = scene.order.some((mark) => mark.marker && !mark.key);
    const numbered = scene.order.filter((mark) => mark.key).sort((a, b) => a.key! - b.key!);
    const hasCities = scene.panels.some((panel) => panel.cities.length);
    return html`<ul class="legend" part="legend"
      aria-label=${msg('Legend')}><li>${swatch(
        svg`<rect class="participant" x="1" y="1"
      width="22" height="14"></rect>`,
      )}${msg('Participant countries')}</li><li>${swatch(
        svg`<rect class="host" x="1" y="1" width="22" height="14"></rect>`,
      )}${msg(str`Host: ${countryName(input.host, input.locale)}`)}</li><li>${swatch(
        svg`<rect class="land" x="1" y="1"
      width="22" height="14"></rect>`,
      )}${msg('Other countries')}</li>${
        hasMarkers
          ? html`<li>${swatch(
              svg`<g class="marker"><circle class="ring"
          cx="12" cy="8" r="7"></circle><circle class="dot"
          cx="12" cy="8" r="4.5"></circle></g>`,
            )}${msg('Small country')}</li>`
          : nothing
      }${
        hasCities
          ? html`<li>${swatch(svg`<g class="city"><circle class="dot"
      cx="12" cy="8" r="4"></circle></g>`)}${msg('City visited')}</li>`
          : nothing
      }<li class="credit">${msg('Map data: Natural Earth')}</li></ul>${
        numbered.length
          ? html`<ol class="key" part="key" aria-label=${msg('Numbers on the map')}>${numbered.map(
              (mark) => html`<li><span class="number" aria-hidden="true">${mark.key}</span>${countryName(mark.code, input.locale)}</li>`,
            )}</ol>`
          : nothing
      }`;
  }
}
