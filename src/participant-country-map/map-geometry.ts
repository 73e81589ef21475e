/**
 * The participant map's geometry: the TopoJSON fetched once per page, prepared once per document
 * for every map (countries with their shapes and anchors, the land and borders in pieces), and the
 * pieces a panel needs. Part of the lazily loaded drawing code.
 */
import { geoArea, geoDistance } from 'd3-geo';
import { feature as topoFeature, merge as topoMerge, mesh as topoMesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { guarded } from '../internal/prototype-guard.js';
import { FetchJsonError } from '../internal/fetch-json.js';
export { geometryUrl } from './map-source.js';
import type { Panel } from './map-layout.js';

// topojson-client walks its own objects with for…in: on a page that added properties to
// Object.prototype its stitching breaks, so it runs with them hidden (prototype-guard.ts).
const feature = guarded(topoFeature);
const merge = guarded(topoMerge);
const mesh = guarded(topoMesh);

type Props = { a: [number, number] };
export type Shape = Feature<Polygon | MultiPolygon>;
export interface Country {
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
export const CHINA = new Set(['CN', 'TW', 'HK', 'MO']);

/** Each geometry document prepared once, whichever map asked first (and forgotten with the document). */
const prepared = new WeakMap<object, World>();

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
  if (!geometry.type || geometry.type === 'Point' || geometry.type === 'MultiPoint' || geometry.type === 'LineString' || geometry.type === 'MultiLineString')
    return undefined;
  const converted = feature(topology, geometry) as Feature<Geometry | null> | FeatureCollection<Geometry | null>;
  const geometries = converted.type === 'FeatureCollection' ? converted.features.map((item) => item.geometry) : [converted.geometry];
  const polygons = geometries.flatMap((item) => (item?.type === 'Polygon' ? [item.coordinates] : item?.type === 'MultiPolygon' ? item.coordinates : []));
  if (!polygons.length) return undefined;
  return {
    type: 'Feature',
    properties: {},
    geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons },
  };
}

function prepare(topology: Topology): World {
  const collection = topology.objects?.['countries'] as GeometryCollection<Props> | undefined;
  if (topology.type !== 'Topology' || !Array.isArray(collection?.geometries) || !topology.objects['land'] || !Array.isArray(topology.arcs))
    throw new TypeError('no "countries" and "land" objects');
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
  return (world.borders[worldview] ??= mesh(
    world.topology,
    world.topology.objects['countries'] as GeometryCollection,
    (a: GeometryObject, b: GeometryObject) => a !== b && !(worldview === 'CN' && CHINA.has(String(a.id)) && CHINA.has(String(b.id))),
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

export function chinaOf(world: World): Shape {
  const geometries = (world.topology.objects['countries'] as GeometryCollection).geometries.filter((g) => CHINA.has(String(g.id)) && g.type);
  return (world.china ??= { type: 'Feature', properties: {}, geometry: merge(world.topology, geometries as never) });
}

/** The country's largest polygon: what views are fitted to (not France's overseas departments). */
export function mainOf(country: Country): Shape | undefined {
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

/** Islands within this distance of a country's anchor frame it with its largest polygon (Fiji's Vanua Levu, Tonga's Vava'u). */
const NEAR_KM = 400;

/**
 * The country's largest polygon and its polygons near it: what a panel of participants frames
 * (all of Fiji, on both sides of 180°; not Kiribati's islands thousands of km apart).
 */
export function coreOf(country: Country): Shape | undefined {
  const main = mainOf(country);
  const geometry = country.shape?.geometry;
  if (!main || geometry?.type !== 'MultiPolygon') return main;
  const near = geometry.coordinates.filter((polygon) => polygon[0]?.some((point) => geoDistance(point as [number, number], country.anchor) * 6371 < NEAR_KM));
  return near.length > 1 ? { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: near } } : main;
}
