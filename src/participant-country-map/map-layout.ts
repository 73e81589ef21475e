/**
 * The participant map's layout: which view (world, fitted, or panels), the projections, the
 * participants' shapes and markers, the cities, the labels and the reading order. Pure: from the
 * prepared geometry and the input to a scene of numbers and path data, no DOM.
 */
import { geoDistance, geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { countryName } from '../internal/intl.js';
import type { Text } from '../model/types.js';
import { chinaOf, coreOf, mainOf, nearPanel, type Shape, type World } from './map-geometry.js';
import { outlineOf, placeLabels } from './map-labels.js';

/** What the element passes to the drawing code. */
export interface MapInput {
  codes: string[];
  counts: Record<string, number>;
  count?: number | undefined;
  unknown: string[];
  badCounts: string[];
  host: string;
  region?: Text | undefined;
  cities: { name: string; at: [number, number] | undefined }[];
  /** False when the article names only some of the countries: the description says "at least". */
  complete?: boolean;
}
export interface RenderInput extends MapInput {
  worldview: 'CN' | 'NE';
  layout: string;
  width: number;
  locale: string;
}

const EARTH_KM = 6371;
/**
 * The narrowest stretch of the globe a participants' panel shows across its shorter side, in km:
 * a panel frames its countries tightly (a single Pacific state is not a dot in an ocean), but the
 * geometry's points are a few km apart (Nauru is seven of them), and a closer view would draw
 * that grid rather than a coast.
 */
const MIN_SPAN_KM = 30;
/** Marker hit area diameter (WCAG 2.5.8 asks for 24 px). */
export const TARGET = 24;
/** Highlighted countries smaller than this on screen (px²) get a marker, like those under TARGET both ways. */
const MARKER_AREA = 40;

/** Longitude at the middle of the widest gap between the given longitudes, plus 180: the view's centre. */
export function centreLongitude(longitudes: number[]): number {
  const sorted = [...new Set(longitudes.map((lon) => (((lon % 360) + 540) % 360) - 180))].sort((a, b) => a - b);
  if (sorted.length < 2) return sorted[0] ?? 0;
  let gap = -1;
  let middle = 0;
  sorted.forEach((lon, i) => {
    const next = i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 360;
    if (next - lon > gap) [gap, middle] = [next - lon, (lon + next) / 2];
  });
  return (((middle % 360) + 360) % 360) - 180;
}

export interface Panel {
  x: number;
  y: number;
  w: number;
  h: number;
  projection: GeoProjection;
  participants: boolean;
  host: boolean;
  sphere: boolean;
}
export interface Mark {
  code: string;
  x: number;
  y: number;
  /** Where the marker was pushed from (the country), when it moved. */
  from?: [number, number];
  marker: boolean;
  label?: { x: number; y: number; anchor: Anchor; text: string } | undefined;
  /** Where no label fits: the marker's number, which the key under the map names. */
  key?: number;
}
export type Anchor = 'start' | 'end' | 'middle';

export interface Scene {
  key: string;
  world: World;
  width: number;
  height: number;
  mode: 'world' | 'fit' | 'panels';
  panels: { panel: Panel; land: string; host: string; borders: string; sphere: string; shapes: { code: string; d: string }[]; marks: Mark[]; cities: Mark[] }[];
  order: Mark[];
  missing: string[];
}

/**
 * Names every participant on the drawing: markers pushed apart, then labels (cities first, where
 * cities are labelled, then shapes, then markers); a participant whose label does not fit becomes
 * a numbered marker (a shape gets one at its anchor), and the rest are placed again around the
 * new markers, until every participant has a label or a number. Numbers go in reading order.
 */
function nameAll(
  marks: Mark[],
  cities: Mark[],
  panel: Panel,
  shapes: { code: string; d: string }[],
  cityLabels: boolean,
  name: (mark: Mark) => string,
  measure?: (text: string) => number,
): void {
  const outlines = shapes.map(({ code, d }) => outlineOf(code, d));
  const countries = [...marks].sort((a, b) => Number(a.marker) - Number(b.marker));
  for (let round = 0; round <= marks.length; round++) {
    pushApart(
      marks.filter((mark) => mark.marker),
      TARGET + 2,
      panel,
    );
    const unlabelled = placeLabels([...(cityLabels ? cities : []), ...countries], panel, name, { measure, outlines, cities });
    const failed = unlabelled.filter((mark) => !cities.includes(mark));
    if (!failed.length) break;
    for (const mark of failed) [mark.marker, mark.key] = [true, -1];
  }
  const numbered = marks.filter((mark) => mark.key).sort(readingOrder);
  numbered.forEach((mark, i) => (mark.key = i + 1));
}

/** Reading order: rows of about a marker's height, left to right within a row. */
const readingOrder = (a: Mark, b: Mark) => Math.round(a.y / TARGET) - Math.round(b.y / TARGET) || a.x - b.x;

/** Pushes overlapping points apart (at least `gap` px between centres), inside the box. */
export function pushApart(points: Mark[], gap: number, box: Panel): void {
  const moved = points.map((point) => [point.x, point.y] as [number, number]);
  for (let round = 0; round < 80; round++) {
    let overlap = false;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!;
        const b = points[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= gap - 0.01) continue;
        overlap = true;
        if (d < 0.01) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        const push = (gap - d) / 2 + 0.1;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
      }
    }
    for (const point of points) {
      point.x = Math.min(box.x + box.w - gap / 2, Math.max(box.x + gap / 2, point.x));
      point.y = Math.min(box.y + box.h - gap / 2, Math.max(box.y + gap / 2, point.y));
    }
    if (!overlap) break;
  }
  points.forEach((point, i) => {
    const [x, y] = moved[i]!;
    if (Math.hypot(point.x - x, point.y - y) > 2) point.from = [x, y];
  });
}

/** Fits a projection to `object` inside the panel, zoomed in at most `maxScale`. */
export function fit(projection: GeoProjection, object: GeoPermissibleObjects, panel: Omit<Panel, 'projection'>, pad: number, maxScale: number): GeoProjection {
  projection.fitExtent(
    [
      [panel.x + pad, panel.y + pad],
      [panel.x + panel.w - pad, panel.y + panel.h - pad],
    ],
    object,
  );
  if (!Number.isFinite(projection.scale())) {
    // A single place (a country the geometry has as a point only): centred at the largest zoom.
    const [[x0, y0], [x1, y1]] = geoPath(projection.scale(maxScale).translate([0, 0])).bounds(object);
    projection.translate([panel.x + (panel.w - x0 - x1) / 2, panel.y + (panel.h - y0 - y1) / 2]);
  } else if (projection.scale() > maxScale) {
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(object);
    const [cx, cy] = projection.invert!([(x0 + x1) / 2, (y0 + y1) / 2])!;
    projection.scale(maxScale).translate([0, 0]);
    const [px, py] = projection([cx, cy])!;
    projection.translate([panel.x + panel.w / 2 - px, panel.y + panel.h / 2 - py]);
  }
  // Only what the panel shows goes into the paths (a zoomed panel would otherwise carry the world).
  // Zoomed panels need no adaptive resampling: the data's points are dense and the edges straight.
  if (object.type !== 'Sphere') projection.precision(0);
  return projection.clipExtent([
    [panel.x - 2, panel.y - 2],
    [panel.x + panel.w + 2, panel.y + panel.h + 2],
  ]);
}

/**
 * The map box, in one place for the drawing: `ratio` (width / height) from `wideFrom` px of width,
 * square below. The element's styles and event-highlights.css reserve the same box in CSS
 * (aspect-ratio, and a container query just below `wideFrom`); test/participant-country-map.test.ts
 * checks on both sides of the threshold that the drawing fills exactly the box the CSS reserves.
 */
export const MAP_BOX = { wideFrom: 560, ratio: 2 } as const;
/** Is the box at this width the wide one (2:1), rather than square? */
export const isWide = (width: number) => width >= MAP_BOX.wideFrom;
/** Height of the map box for a width. */
export const heightFor = (width: number) => Math.round(isWide(width) ? width / MAP_BOX.ratio : width);

export function buildScene(world: World, input: RenderInput, key: string, measure?: (text: string) => number): Scene {
  const width = input.width;
  const height = heightFor(width);
  const missing = input.codes.filter((code) => !world.countries.has(code));
  const codes = input.codes.filter((code) => world.countries.has(code));
  const host = world.countries.get(input.host);
  const anchors = codes.map((code) => world.countries.get(code)!.anchor);
  const hostAnchor = host?.anchor;
  let spread = 0;
  let nearest = Infinity;
  for (const a of anchors) {
    for (const b of anchors) spread = Math.max(spread, geoDistance(a, b) * EARTH_KM);
    if (hostAnchor) nearest = Math.min(nearest, geoDistance(a, hostAnchor) * EARTH_KM);
  }
  // Clustered far from the host: two panels. Spread around the globe: the world (on a narrow
  // screen only when truly global, as a small world turns most countries into markers). Else fitted.
  const mode: Scene['mode'] =
    input.layout === 'world'
      ? 'world'
      : input.layout === 'regions' || (codes.length && spread < 9000 && nearest > 5000)
        ? codes.length
          ? 'panels'
          : 'fit'
        : spread > (isWide(width) ? 12000 : 16000)
          ? 'world'
          : 'fit';
  const longitudes = [...anchors, ...(hostAnchor ? [hostAnchor] : [])].map(([lon]) => lon);
  const pacific = anchors.some(([lon]) => Math.abs(lon) > 150);
  const hostShape = input.host === 'CN' && input.worldview === 'CN' ? chinaOf(world) : host?.shape;
  const mains = codes.map((code) => mainOf(world.countries.get(code)!)).filter((shape): shape is Shape => !!shape);
  // Countries the geometry places by their anchor only (Tuvalu has no polygon): views fit those points too.
  const placesOnly = codes
    .map((code) => world.countries.get(code)!)
    .filter((country) => !country.shape)
    .map((country) => country.anchor);
  const cityPoints = input.cities.filter((city) => city.at);
  const collection = (shapes: Shape[], points: [number, number][] = []): GeoPermissibleObjects => ({
    type: 'FeatureCollection',
    features: [...shapes, ...points.map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates } }))],
  });
  const worldScale = (w: number, h: number) => geoEqualEarth().fitSize([w, h], { type: 'Sphere' }).scale();
  const panels: Panel[] = [];
  const box = { x: 0, y: 0, w: width, h: height, participants: true, host: true, sphere: false };
  const hostMain = host && (input.host === 'CN' ? mainOf(host) : host.shape);
  const wide = isWide(width);
  const hostPanel = (second: Omit<Panel, 'projection'>) => {
    if (hostMain) {
      const hostRotate = -(hostAnchor?.[0] ?? 0);
      panels.push({
        ...second,
        projection: fit(
          geoEqualEarth().rotate([hostRotate, 0]),
          collection(
            [hostMain],
            cityPoints.map((city) => city.at!),
          ),
          second,
          22,
          Infinity,
        ),
      });
    }
  };
  if (mode === 'world') {
    const rotate = pacific ? -centreLongitude(longitudes) : 0;
    // Narrow, with cities to show: the world on top (it is twice as wide as high), the host with its cities below.
    const top = wide || !cityPoints.length ? box : { ...box, h: Math.round(width / 2) };
    panels.push({ ...top, sphere: true, projection: fit(geoEqualEarth().rotate([rotate, 0]), { type: 'Sphere' }, top, 4, Infinity) });
    if (top !== box) hostPanel({ ...box, y: top.h, h: height - top.h, participants: false });
  } else if (mode === 'fit') {
    const rotate = -centreLongitude(longitudes);
    const object = collection([...mains, ...(hostMain ? [hostMain] : [])], [...placesOnly, ...cityPoints.map((city) => city.at!)]);
    panels.push({ ...box, projection: fit(geoEqualEarth().rotate([rotate, 0]), object, box, 16, worldScale(width, height) * 8) });
  } else {
    // The host's panel earns its room with the cities visited; without them the participants get it all.
    const first = !cityPoints.length
      ? { ...box, host: false }
      : wide
        ? { ...box, w: Math.round(width * 0.6), host: false }
        : { ...box, h: Math.round(height * 0.6), host: false };
    const second = wide ? { ...box, x: first.w, w: width - first.w, participants: false } : { ...box, y: first.h, h: height - first.h, participants: false };
    const rotate = -centreLongitude(anchors.map(([lon]) => lon));
    // Shapes are framed as tightly as the geometry allows; a set of places only (Tuvalu, which the
    // geometry has as a point) keeps a regional view: a point framed tightly shows nothing around it.
    const zoom = mains.length ? (Math.min(first.w, first.h) * EARTH_KM) / MIN_SPAN_KM : worldScale(first.w, first.h) * 14;
    const cores = codes.map((code) => coreOf(world.countries.get(code)!)).filter((shape): shape is Shape => !!shape);
    panels.push({
      ...first,
      projection: fit(geoEqualEarth().rotate([rotate, 0]), collection(cores, placesOnly), first, 28, zoom),
    });
    if (first.w < width || first.h < height) hostPanel(second);
  }
  const order: Mark[] = [];
  const scenePanels = panels.map((panel) => {
    const path = geoPath(panel.projection).digits(1);
    const inside = ([x, y]: [number, number]) => x >= panel.x && x <= panel.x + panel.w && y >= panel.y && y <= panel.y + panel.h;
    const shapes: { code: string; d: string }[] = [];
    const marks: Mark[] = [];
    if (panel.participants) {
      for (const code of codes) {
        if (code === input.host) continue;
        const country = world.countries.get(code)!;
        const d = country.shape ? (path(country.shape) ?? '') : '';
        if (d) shapes.push({ code, d });
        const at = panel.projection(country.anchor);
        if (!at || !inside(at)) continue;
        // Too small to see, or to hit (under a 24 px target both ways): a marker, whose circle is
        // the target; the shape stays drawn. Measured at this scale, for every country alike.
        const [[x0, y0], [x1, y1]] = country.shape
          ? path.bounds(country.shape)
          : [
              [0, 0],
              [0, 0],
            ];
        const small = !country.shape || Math.max(x1 - x0, y1 - y0) < TARGET || path.area(country.shape) < MARKER_AREA;
        marks.push({ code, x: at[0], y: at[1], marker: small });
      }
      order.push(...marks);
    }
    const cities: Mark[] = [];
    if (panel.host) {
      for (const city of cityPoints) {
        const at = panel.projection(city.at!);
        if (at && inside(at)) cities.push({ code: city.name, x: at[0], y: at[1], marker: true });
      }
      pushApart(cities, mode === 'world' ? 10 : 26, panel);
    }
    nameAll(marks, cities, panel, shapes, mode !== 'world', (mark) => (cities.includes(mark) ? mark.code : countryName(mark.code, input.locale)), measure);
    const { land, lines } = nearPanel(world, panel, input.worldview);
    return {
      panel,
      land: path(land) ?? '',
      host: panel.host && hostShape ? (path(hostShape) ?? '') : '',
      borders: path(lines) ?? '',
      sphere: panel.sphere ? (path({ type: 'Sphere' }) ?? '') : '',
      shapes,
      marks,
      cities,
    };
  });
  order.sort(readingOrder);
  return { key, world, width, height, mode, panels: scenePanels, order, missing };
}
