/**
 * The participant map's drawing code, loaded with `import()` when a map nears the viewport: the
 * geometry (fetched once per page and shared by every map), the layout, the SVG, markers for
 * small countries, the legend, the tooltip and the keyboard.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { geoArea, geoDistance, geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { guarded } from '../internal/prototype-guard.js';
import { feature as topoFeature, merge as topoMerge, mesh as topoMesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { byCountryName, countryName, listFormat } from '../internal/intl.js';
import { participantsPhrase, participantsSummary } from '../internal/messages.js';
import { safeUrl } from '../internal/safe-url.js';
import { styleProps } from '../internal/style-props.js';
import { FetchJsonError, pinShared } from '../internal/fetch-json.js';
import type { Text } from '../model/types.js';
import { resolveText } from '../model/text.js';

// topojson-client walks its own objects with for…in: on a page that added properties to
// Object.prototype its stitching breaks, so it runs with them hidden (prototype-guard.ts).
const feature = guarded(topoFeature);
const merge = guarded(topoMerge);
const mesh = guarded(topoMesh);

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
}
export interface RenderInput extends MapInput {
  worldview: 'CN' | 'NE';
  layout: string;
  width: number;
  locale: string;
}
/** The element, as the drawing code sees it. */
export interface MapHost extends HTMLElement {
  requestUpdate(): void;
  announce(kind: 'focus' | 'select', code: string): void;
}

type Props = { a: [number, number] };
type Shape = Feature<Polygon | MultiPolygon>;
interface Country {
  shape: Shape | undefined;
  anchor: [number, number];
  main?: Shape | undefined;
}
/** One polygon of the land or one line of the borders, with the extremes of its longitudes and latitudes. */
interface Piece<T> {
  coordinates: T;
  bounds: [[number, number], [number, number]];
}
export interface World {
  topology: Topology;
  countries: Map<string, Country>;
  /** The land's polygons and the borders' lines one by one, so a zoomed panel projects only those it shows. */
  landPieces: Piece<Position[][]>[];
  borders: Partial<Record<'CN' | 'NE', Piece<Position[]>[]>>;
  china?: Shape;
}

/** Taiwan, Hong Kong and Macao are drawn as part of China in the CN worldview. */
const CHINA = new Set(['CN', 'TW', 'HK', 'MO']);
const EARTH_KM = 6371;
/** Highlighted countries smaller than this on screen (px²) get a marker. */
const MARKER_AREA = 40;
/** ... or spanning less than this (px) in both directions. */
const MARKER_SPAN = 16;
/** Marker hit area diameter (WCAG 2.5.8 asks for 24 px). */
const TARGET = 24;

const DEFAULT_URL = new URL('./world.topo.json?no-inline', import.meta.url).href;
// The default geometry stays in the page's cache when no map shows it: the next map needs it.
pinShared(DEFAULT_URL);
/** Each geometry document prepared once, whichever map asked first (and forgotten with the document). */
const prepared = new WeakMap<object, World>();

/** The URL of the geometry to fetch: `src` when it is a safe URL, else the default file beside the module. */
export function geometryUrl(src: string | undefined): string {
  return (src && safeUrl(src, 'fetch')) || DEFAULT_URL;
}

/**
 * The geometry, prepared once per document for every map. Rejects with a `FetchJsonError` of
 * kind `geometry` when the JSON is not a usable geometry (see the element's documentation for what
 * a custom geometry needs); a country it cannot place is left out, and listed as not on the map.
 */
export function prepareWorld(data: unknown, url: string): World {
  if (!data || typeof data !== 'object') throw new FetchJsonError('geometry', url, `JSON ${data === null ? 'null' : typeof data}, not TopoJSON`);
  let world = prepared.get(data);
  if (!world) {
    try {
      world = prepare(data as Topology);
    } catch (error) {
      throw new FetchJsonError('geometry', url, `JSON that is not TopoJSON with countries and land (${(error as Error).message})`);
    }
    prepared.set(data, world);
  }
  return world;
}

/** A [longitude, latitude] pair on the globe, or undefined. */
function pointOf(value: unknown): [number, number] | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const [lon, lat] = value as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : undefined;
}

/**
 * A country's shape as one (Multi)Polygon feature: a country stored as a GeometryCollection has its
 * polygons gathered; points and lines are not shapes. Undefined when nothing is left.
 */
function shapeOf(topology: Topology, geometry: GeometryObject): Shape | undefined {
  if (!geometry.type || geometry.type === 'Point' || geometry.type === 'MultiPoint' || geometry.type === 'LineString' || geometry.type === 'MultiLineString') return undefined;
  const converted = feature(topology, geometry) as Feature<Geometry | null> | FeatureCollection<Geometry | null>;
  const geometries = converted.type === 'FeatureCollection' ? converted.features.map((item) => item.geometry) : [converted.geometry];
  const polygons = geometries.flatMap((item) => (item?.type === 'Polygon' ? [item.coordinates] : item?.type === 'MultiPolygon' ? item.coordinates : []));
  if (!polygons.length) return undefined;
  return { type: 'Feature', properties: {}, geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons } };
}

function prepare(topology: Topology): World {
  const collection = topology.objects?.['countries'] as GeometryCollection<Props> | undefined;
  if (topology.type !== 'Topology' || !Array.isArray(collection?.geometries) || !topology.objects['land'] || !Array.isArray(topology.arcs)) throw new TypeError('no "countries" and "land" objects');
  const countries = new Map<string, Country>();
  for (const geometry of collection.geometries) {
    if (!geometry || typeof geometry !== 'object' || (typeof geometry.id !== 'string' && typeof geometry.id !== 'number')) continue;
    const shape = shapeOf(topology, geometry);
    const country: Country = { shape, anchor: [0, 0] };
    // Our file carries each country's anchor (`properties.a`, where its marker and label go);
    // another geometry may not: the centre of the country's largest polygon stands in.
    const anchor = pointOf((geometry.properties as Partial<Props> | null | undefined)?.a) ?? anchorOf(country);
    // Neither a shape nor a place: the country is listed as not on the map.
    if (!anchor) continue;
    country.anchor = anchor;
    countries.set(String(geometry.id), country);
  }
  // The land object may be one geometry or a collection of them (another geometry-src's choice).
  const land = feature(topology, topology.objects['land']!) as Shape | FeatureCollection<Geometry | null>;
  const polygons = (land.type === 'FeatureCollection' ? land.features : [land]).flatMap(({ geometry }) =>
    geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [],
  );
  const landPieces = polygons.map((coordinates) => ({ coordinates, bounds: boundsOf(coordinates[0] ?? []) }));
  return { topology, countries, landPieces, borders: {} };
}

/** The middle of the bounds of the country's largest polygon, or undefined without a shape. */
function anchorOf(country: Country): [number, number] | undefined {
  const ring = (mainOf(country)?.geometry as Polygon | undefined)?.coordinates[0];
  if (!ring?.length) return undefined;
  const [[west, south], [east, north]] = boundsOf(ring);
  return pointOf([(west + east) / 2, (south + north) / 2]);
}

export function bordersOf(world: World, worldview: 'CN' | 'NE'): Piece<Position[]>[] {
  return (world.borders[worldview] ??= mesh(world.topology, world.topology.objects['countries'] as GeometryCollection, (a: GeometryObject, b: GeometryObject) =>
    a !== b && !(worldview === 'CN' && CHINA.has(String(a.id)) && CHINA.has(String(b.id))),
  ).coordinates.map((coordinates) => ({ coordinates, bounds: boundsOf(coordinates) })));
}

/**
 * The smallest and largest longitude and latitude of a ring or line (a polygon's holes lie inside
 * its outer ring). Not d3's geoBounds, which would add a kilobyte to the drawing code: a piece
 * that crosses the antimeridian gets every longitude and is simply always kept.
 */
function boundsOf(points: Position[]): [[number, number], [number, number]] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [longitude, latitude] of points as [number, number][]) {
    if (longitude < west) west = longitude;
    if (longitude > east) east = longitude;
    if (latitude < south) south = latitude;
    if (latitude > north) north = latitude;
  }
  return [
    [west, south],
    [east, north],
  ];
}

/** Longitude relative to `centre`, in [-180, 180). */
const relative = (longitude: number, centre: number) => ((((longitude - centre + 180) % 360) + 360) % 360) - 180;

/**
 * What a panel shows of the globe, in longitude relative to the projection's centre and latitude,
 * with a margin: read by inverting points on the panel's edges (in Equal Earth, parallels are
 * straight and a row's longitude grows with x, so the extremes lie on the edges). Undefined when
 * the panel shows about the whole world, or reaches beyond it: then nothing is left out.
 */
function visibleWindow(panel: Panel): { centre: number; west: number; east: number; south: number; north: number } | undefined {
  const centre = -panel.projection.rotate()[0];
  const margin = 3;
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    for (const [x, y] of [
      [panel.x + t * panel.w, panel.y],
      [panel.x + t * panel.w, panel.y + panel.h],
      [panel.x, panel.y + t * panel.h],
      [panel.x + panel.w, panel.y + t * panel.h],
    ] as const) {
      const at = panel.projection.invert?.([x, y]);
      if (!at || !Number.isFinite(at[0]) || !Number.isFinite(at[1]) || Math.abs(at[1]) > 90) return undefined;
      // The inverse of a point off the globe comes back as a point on it, elsewhere: checked by projecting it again.
      const back = panel.projection(at);
      if (!back || Math.hypot(back[0] - x, back[1] - y) > 1) return undefined;
      const longitude = relative(at[0], centre);
      [west, east, south, north] = [Math.min(west, longitude), Math.max(east, longitude), Math.min(south, at[1]), Math.max(north, at[1])];
    }
  }
  if (east - west > 300) return undefined;
  return { centre, west: west - margin, east: east + margin, south: south - margin, north: north + margin };
}

/**
 * The land and borders a panel draws: for a zoomed panel only the pieces near it (the rest would
 * be projected only to be clipped away), for the world all of them.
 */
export function nearPanel(world: World, panel: Panel, worldview: 'CN' | 'NE'): { land: MultiPolygon; lines: MultiLineString } {
  const window = panel.sphere ? undefined : visibleWindow(panel);
  const borders = bordersOf(world, worldview);
  return {
    land: { type: 'MultiPolygon', coordinates: window ? piecesIn(world.landPieces, window) : world.landPieces.map((piece) => piece.coordinates) },
    lines: { type: 'MultiLineString', coordinates: window ? piecesIn(borders, window) : borders.map((piece) => piece.coordinates) },
  };
}

/** The pieces whose bounds meet the window. */
function piecesIn<T>(pieces: Piece<T>[], window: NonNullable<ReturnType<typeof visibleWindow>>): T[] {
  return pieces
    .filter(({ bounds: [[west, south], [east, north]] }) => {
      if (north < window.south || south > window.north) return false;
      // From the piece's west edge, relative to the view's centre, eastwards over its span.
      const start = relative(west, window.centre);
      return [-360, 0, 360].some((shift) => start + shift <= window.east && start + shift + (east - west) >= window.west);
    })
    .map((piece) => piece.coordinates);
}

function chinaOf(world: World): Shape {
  const geometries = (world.topology.objects['countries'] as GeometryCollection).geometries.filter((g) => CHINA.has(String(g.id)) && g.type);
  return (world.china ??= { type: 'Feature', properties: {}, geometry: merge(world.topology, geometries as never) });
}

/** The country's largest polygon: what views are fitted to (not France's overseas departments). */
function mainOf(country: Country): Shape | undefined {
  if (country.main || !country.shape) return country.main;
  const geometry = country.shape.geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const coordinates of polygons) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return (country.main = best && { type: 'Feature', properties: {}, geometry: best });
}

/** Longitude at the middle of the widest gap between the given longitudes, plus 180: the view's centre. */
function centreLongitude(longitudes: number[]): number {
  const sorted = [...new Set(longitudes.map((lon) => ((lon % 360) + 540) % 360 - 180))].sort((a, b) => a - b);
  if (sorted.length < 2) return sorted[0] ?? 0;
  let gap = -1;
  let middle = 0;
  sorted.forEach((lon, i) => {
    const next = i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 360;
    if (next - lon > gap) [gap, middle] = [next - lon, (lon + next) / 2];
  });
  return ((middle % 360) + 360) % 360 - 180;
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
interface Mark {
  code: string;
  x: number;
  y: number;
  /** Where the marker was pushed from (the country), when it moved. */
  from?: [number, number];
  marker: boolean;
  label?: { x: number; y: number; anchor: Anchor; text: string };
}
type Anchor = 'start' | 'end' | 'middle';

/** Rough width of a 12 px label: CJK characters are square, others about 0.55 em. */
const labelWidth = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 12 : 6.8), 0);

/** Places labels beside the marks where they fit without overlapping each other or the markers; others go unlabelled. */
function placeLabels(marks: Mark[], panel: Omit<Panel, 'projection'>, name: (mark: Mark) => string): void {
  const taken: [number, number, number, number][] = marks.filter((mark) => mark.marker).map((mark) => [mark.x - 8, mark.y - 8, mark.x + 8, mark.y + 8]);
  const free = ([x0, y0, x1, y1]: [number, number, number, number]) =>
    x0 >= panel.x + 2 && x1 <= panel.x + panel.w - 2 && y0 >= panel.y + 2 && y1 <= panel.y + panel.h - 2 && !taken.some(([a, b, c, d]) => x0 < c && x1 > a && y0 < d && y1 > b);
  for (const mark of marks) {
    const text = name(mark);
    const w = labelWidth(text);
    const gap = mark.marker ? 11 : 4;
    // Right, left, then above and below (starting at, ending at or centred on the mark).
    const candidates: [number, number, Anchor][] = [
      [mark.x + gap, mark.y + 4, 'start'],
      [mark.x - gap, mark.y + 4, 'end'],
      [mark.x + gap - 4, mark.y - gap - 2, 'start'],
      [mark.x + gap - 4, mark.y + gap + 12, 'start'],
      [mark.x - gap + 4, mark.y - gap - 2, 'end'],
      [mark.x - gap + 4, mark.y + gap + 12, 'end'],
      [mark.x, mark.y - gap - 2, 'middle'],
      [mark.x, mark.y + gap + 12, 'middle'],
    ];
    for (const [x, y, anchor] of candidates) {
      const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      // The text's box with room for its 3 px halo and the taller line box some engines give
      // SVG text (Firefox: 20 px for 12 px text).
      const box: [number, number, number, number] = [left - 2, y - 14, left + w + 2, y + 5];
      if (free(box)) {
        taken.push(box);
        mark.label = { x, y, anchor, text };
        break;
      }
    }
  }
}
interface Scene {
  key: string;
  world: World;
  width: number;
  height: number;
  mode: 'world' | 'fit' | 'panels';
  panels: { panel: Panel; land: string; host: string; borders: string; sphere: string; shapes: { code: string; d: string }[]; marks: Mark[]; cities: Mark[] }[];
  order: Mark[];
  missing: string[];
}

/** Pushes overlapping points apart (at least `gap` px between centres), inside the box. */
function pushApart(points: Mark[], gap: number, box: Panel): void {
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
function fit(projection: GeoProjection, object: GeoPermissibleObjects, panel: Omit<Panel, 'projection'>, pad: number, maxScale: number): GeoProjection {
  projection.fitExtent(
    [
      [panel.x + pad, panel.y + pad],
      [panel.x + panel.w - pad, panel.y + panel.h - pad],
    ],
    object,
  );
  if (projection.scale() > maxScale) {
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
const isWide = (width: number) => width >= MAP_BOX.wideFrom;
/** Height of the map box for a width. */
export const heightFor = (width: number) => Math.round(isWide(width) ? width / MAP_BOX.ratio : width);

function buildScene(world: World, input: RenderInput, key: string): Scene {
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
      panels.push({ ...second, projection: fit(geoEqualEarth().rotate([hostRotate, 0]), collection([hostMain], cityPoints.map((city) => city.at!)), second, 22, Infinity) });
    }
  };
  if (mode === 'world') {
    const rotate = pacific ? -centreLongitude(longitudes) : 0;
    // Narrow: the world on top (it is twice as wide as high), the host with its cities below.
    const top = wide ? box : { ...box, h: Math.round(width / 2) };
    panels.push({ ...top, sphere: true, projection: fit(geoEqualEarth().rotate([rotate, 0]), { type: 'Sphere' }, top, 4, Infinity) });
    if (!wide) hostPanel({ ...box, y: top.h, h: height - top.h, participants: false });
  } else if (mode === 'fit') {
    const rotate = -centreLongitude(longitudes);
    const object = collection([...mains, ...(hostMain ? [hostMain] : [])], cityPoints.map((city) => city.at!));
    panels.push({ ...box, projection: fit(geoEqualEarth().rotate([rotate, 0]), object, box, 16, worldScale(width, height) * 8) });
  } else {
    const first = wide ? { ...box, w: Math.round(width * 0.6), host: false } : { ...box, h: Math.round(height * 0.6), host: false };
    const second = wide
      ? { ...box, x: first.w, w: width - first.w, participants: false }
      : { ...box, y: first.h, h: height - first.h, participants: false };
    const rotate = -centreLongitude(anchors.map(([lon]) => lon));
    panels.push({ ...first, projection: fit(geoEqualEarth().rotate([rotate, 0]), collection(mains), first, 28, worldScale(first.w, first.h) * 14) });
    hostPanel(second);
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
        const d = country.shape ? path(country.shape) ?? '' : '';
        if (d) shapes.push({ code, d });
        const at = panel.projection(country.anchor);
        if (!at || !inside(at)) continue;
        // Too small to see, or to hit: a marker (its 24 px circle is the target), the shape stays drawn.
        const [[x0, y0], [x1, y1]] = country.shape ? path.bounds(country.shape) : [[0, 0], [0, 0]];
        // (The hit-size rule only for a few countries: with many, markers would crowd the map.)
        const small = !country.shape || (codes.length <= 15 && Math.max(x1 - x0, y1 - y0) < MARKER_SPAN) || path.area(country.shape) < MARKER_AREA;
        marks.push({ code, x: at[0], y: at[1], marker: small });
      }
      const markers = marks.filter((mark) => mark.marker);
      pushApart(markers, TARGET + 2, panel);
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
    // Direct labels in zoomed views only; cities first, then countries, none overlapping another.
    if (mode !== 'world') {
      const countries = marks.length <= 25 ? [...marks].sort((a, b) => Number(a.marker) - Number(b.marker)) : [];
      placeLabels([...cities, ...countries], panel, (mark) => (cities.includes(mark) ? mark.code : countryName(mark.code, input.locale)));
    }
    const { land, lines } = nearPanel(world, panel, input.worldview);
    return {
      panel,
      land: path(land) ?? '',
      host: panel.host && hostShape ? path(hostShape) ?? '' : '',
      borders: path(lines) ?? '',
      sphere: panel.sphere ? path({ type: 'Sphere' }) ?? '' : '',
      shapes,
      marks,
      cities,
    };
  });
  // Reading order: rows of about a marker's height, left to right within a row.
  order.sort((a, b) => Math.round(a.y / TARGET) - Math.round(b.y / TARGET) || a.x - b.x);
  return { key, world, width, height, mode, panels: scenePanels, order, missing };
}

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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend svg {
    inline-size: 1.5em;
    block-size: 1em;
    flex: none;
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
    .marker .dot {
      fill: Highlight;
      stroke: CanvasText;
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
    return n === undefined ? name : `${name}: ${participantsPhrase(n, input.locale)}`;
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
    if (this.scene?.key !== key || this.scene.world !== this.world) this.scene = buildScene(this.world, input, key);
    const scene = this.scene;
    this.missing = scene.missing;
    const locale = input.locale;
    const active = this.active;
    const hover = (code: string) => () => this.activate(code, false);
    const leave = () => this.activate(undefined, false);
    const select = (code: string) => () => this.host.announce('select', code);
    const names = listFormat(locale);
    const summary = participantsSummary(input.count, input.codes.length, resolveText(input.region, locale)?.text, locale);
    const description = [
      summary && input.codes.length ? `${summary}: ${names.format(byCountryName(input.codes, locale).map((code) => countryName(code, locale)))}` : summary,
      msg(str`host: ${countryName(input.host, locale)}`),
      input.cities.length ? msg(str`cities visited: ${names.format(input.cities.map((city) => city.name))}`) : '',
    ]
      .filter(Boolean)
      .join('; ');
    const target = active ? scene.order.find((mark) => mark.code === active) : undefined;
    const cityLabels = scene.mode !== 'world';
    return html`<div class="stage" tabindex="0" role="group" aria-label=${msg('Map of participant countries. Use the arrow keys to move between countries.')} @keydown=${(event: KeyboardEvent) => this.onKey(event)} @focus=${() => this.onFocus()} @blur=${() => this.activate(undefined, false)}><svg class="map" role="img" viewBox="0 0 ${scene.width} ${scene.height}" width=${scene.width} height=${scene.height}><title>${msg('Map of participant countries')}</title><desc>${description}</desc><defs><pattern id="eh-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect class="hatch-bg" width="5" height="5"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="5"></line></pattern></defs>${scene.panels.map(
      ({ panel, land, host, borders, sphere, shapes, marks, cities }) =>
        svg`<svg x=${panel.x} y=${panel.y} width=${panel.w} height=${panel.h} viewBox="${panel.x} ${panel.y} ${panel.w} ${panel.h}">${sphere
          ? svg`<path class="water" d=${sphere}></path>`
          : svg`<rect class="water" x=${panel.x} y=${panel.y} width=${panel.w} height=${panel.h}></rect>`}<path class="land" d=${land}></path>${host
          ? svg`<path class="host" d=${host}></path>`
          : nothing}${shapes.map(
          ({ code, d }) =>
            svg`<path class=${`participant${code === active ? ' active' : ''}`} data-code=${code} role="img" aria-label=${countryName(code, locale)} d=${d} @pointerenter=${hover(code)} @pointerleave=${leave} @click=${select(code)}></path>`,
        )}<path class="borders" d=${borders}></path>${cities.map(
          (city) =>
            svg`<g class="city">${city.from ? svg`<line class="city-leader" x1=${city.from[0]} y1=${city.from[1]} x2=${city.x} y2=${city.y}></line>` : nothing}<circle class="dot" cx=${city.x} cy=${city.y} r=${cityLabels ? 4 : 3}></circle>${city.label
              ? svg`<text class="label" x=${city.label.x} y=${city.label.y} text-anchor=${city.label.anchor}>${city.label.text}</text>`
              : nothing}</g>`,
        )}${marks
          .filter((mark) => mark.marker)
          .map(
            (mark) =>
              svg`<g class=${`marker${mark.code === active ? ' active' : ''}`} data-code=${mark.code} role="img" aria-label=${countryName(mark.code, locale)} @pointerenter=${hover(mark.code)} @pointerleave=${leave} @click=${select(mark.code)}>${mark.from
                ? svg`<line class="leader" x1=${mark.from[0]} y1=${mark.from[1]} x2=${mark.x} y2=${mark.y}></line>`
                : nothing}<circle class="hit" cx=${mark.x} cy=${mark.y} r=${TARGET / 2}></circle><circle class="ring" cx=${mark.x} cy=${mark.y} r="8"></circle><circle class="dot" cx=${mark.x} cy=${mark.y} r="5"></circle></g>`,
          )}${marks.map((mark) =>
          mark.label ? svg`<text class="label" aria-hidden="true" x=${mark.label.x} y=${mark.label.y} text-anchor=${mark.label.anchor}>${mark.label.text}</text>` : nothing,
        )}</svg>`,
    )}${scene.panels.length > 1 ? scene.panels.map(({ panel }) => svg`<rect class="frame" x=${panel.x + 0.5} y=${panel.y + 0.5} width=${panel.w - 1} height=${panel.h - 1}></rect>`) : nothing}</svg>${target && this.tooltip
      ? html`<div class=${`tooltip${target.y < 48 ? ' below' : ''}`} ${styleProps({ left: `${Math.min(Math.max(target.x, 60), scene.width - 60)}px`, top: `${target.y}px` })}>${this.describe(target.code, input)}</div>`
      : nothing}<div class="visually-hidden" aria-live="polite">${this.live}</div></div>`;
  }

  /** The legend, for the scene drawn last. */
  legend(input: RenderInput): TemplateResult | typeof nothing {
    const scene = this.scene;
    if (!scene) return nothing;
    const swatch = (content: TemplateResult) => html`<svg viewBox="0 0 24 16" aria-hidden="true">${content}</svg>`;
    const hasMarkers = scene.order.some((mark) => mark.marker);
    const hasCities = scene.panels.some((panel) => panel.cities.length);
    return html`<ul class="legend" part="legend" aria-label=${msg('Legend')}><li>${swatch(svg`<rect class="participant" x="1" y="1" width="22" height="14"></rect>`)}${msg('Participant countries')}</li><li>${swatch(
      svg`<rect class="host" x="1" y="1" width="22" height="14"></rect>`,
    )}${msg(str`Host: ${countryName(input.host, input.locale)}`)}</li><li>${swatch(svg`<rect class="land" x="1" y="1" width="22" height="14"></rect>`)}${msg('Other countries')}</li>${hasMarkers
      ? html`<li>${swatch(svg`<g class="marker"><circle class="ring" cx="12" cy="8" r="7"></circle><circle class="dot" cx="12" cy="8" r="4.5"></circle></g>`)}${msg('Small country')}</li>`
      : nothing}${hasCities ? html`<li>${swatch(svg`<g class="city"><circle class="dot" cx="12" cy="8" r="4"></circle></g>`)}${msg('City visited')}</li>` : nothing}<li class="credit">${msg(
      'Map data: Natural Earth',
    )}</li></ul>`;
  }
}
