#!/usr/bin/env node
// `npm run build:geo`: turns Natural Earth's 1:50m countries (from the world-atlas npm package,
// ISC licence, data in the public domain) into the one compact TopoJSON the participant map ships:
// src/participant-country-map/world.topo.json.
//
// - ids are ISO 3166-1 alpha-2 codes (world-atlas uses numeric codes); features without an ISO
//   code (Kosovo, N. Cyprus, Somaliland, ...) stay as land without an id;
// - every country keeps its largest piece; other islands are kept when they are large, or when
//   the country itself is small (island states), so no participant disappears;
// - small rings are protected from simplification, rings that quantization turned inside out
//   (which d3 would fill as the whole globe) are dropped;
// - every country carries a marker anchor `a: [lon, lat]` (centroid of its largest piece), and
//   ISO countries missing from the 50m data (Tuvalu, ...) are listed as anchors only;
// - `land` is every country merged, so the map draws other land as one path.
//
// The output is reproducible (same bytes on every run). `--check` verifies cheaply that the
// committed file was made from the current inputs (a hash of this script, the source data and
// the tool versions, stored in the file) and fits its size budget, without rebuilding.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const OUTPUT = resolve(root, 'src/participant-country-map/world.topo.json');
const SOURCE = resolve(root, 'node_modules/world-atlas/countries-50m.json');
const BUDGET = 60_000;
const TOOLS = ['world-atlas', 'topojson-client', 'topojson-server', 'topojson-simplify', 'i18n-iso-countries', 'd3-geo'];

function inputsHash() {
  const hash = createHash('sha256');
  hash.update(readFileSync(import.meta.filename));
  hash.update(readFileSync(SOURCE));
  for (const name of TOOLS) hash.update(`${name}@${JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')).version}\n`);
  return hash.digest('hex').slice(0, 16);
}

if (process.argv.includes('--check')) {
  let text;
  try {
    text = readFileSync(OUTPUT, 'utf8');
  } catch {
    console.error(`build-geo: ${OUTPUT} is missing: run \`npm run build:geo\`.`);
    process.exit(1);
  }
  const stored = JSON.parse(text).meta?.inputs;
  const expected = inputsHash();
  const gz = gzipSync(text, { level: 9 }).length;
  if (stored !== expected) {
    console.error(`build-geo: world.topo.json is out of date (made from inputs ${stored}, now ${expected}): run \`npm run build:geo\`.`);
    process.exit(1);
  }
  if (gz > BUDGET) {
    console.error(`build-geo: world.topo.json is ${gz} B gzip, over its ${BUDGET} B budget.`);
    process.exit(1);
  }
  console.log(`build-geo: world.topo.json is current (${gz} B gzip).`);
  process.exit(0);
}

const { feature, mergeArcs, quantize } = await import('topojson-client');
const { topology } = await import('topojson-server');
const { presimplify, simplify, filter, sphericalTriangleArea } = await import('topojson-simplify');
const { geoArea, geoCentroid } = await import('d3-geo');
const countries = (await import('i18n-iso-countries')).default;

/** Steradians per km² (the Earth is 4π sr, 510.1 million km²). */
const SR_PER_KM2 = (4 * Math.PI) / 510.1e6;
/** Islands at least this large are kept for every country. */
const KEEP_ISLAND_KM2 = 5000;
/** Countries smaller than this (island states) keep all their islands above MIN_ISLAND_KM2. */
const SMALL_COUNTRY_KM2 = 40_000;
const MIN_ISLAND_KM2 = 8;
/** Rings below this area keep every point through simplification. */
const PROTECT_RING_KM2 = 500;
/** Simplification threshold (spherical triangle area, steradians). */
const MIN_WEIGHT = 1.8e-6;
const QUANTIZATION = 1e4;

/** ISO countries absent from the 50m data: marker anchors only ([lon, lat]). */
const EXTRA_ANCHORS = {
  BQ: [-68.26, 12.18],
  BV: [3.36, -54.42],
  CC: [96.87, -12.16],
  CX: [105.62, -10.49],
  GF: [-53.13, 3.93],
  GI: [-5.35, 36.14],
  GP: [-61.58, 16.25],
  MQ: [-61.02, 14.64],
  RE: [55.54, -21.12],
  SJ: [15.6, 78.2],
  TK: [-171.85, -9.2],
  TV: [179.2, -8.52],
  UM: [166.61, 19.28],
  YT: [45.17, -12.83],
};

const round = (value, digits) => Number(value.toFixed(digits));
const source = JSON.parse(readFileSync(SOURCE, 'utf8'));
const features = feature(source, source.objects.countries).features;

/** One feature per alpha-2 code (id 036 is both Australia and Ashmore Is.: keep the larger). */
const byCode = new Map();
const unnamed = [];
for (const item of features) {
  const code = item.id ? countries.numericToAlpha2(item.id) : undefined;
  if (item.id && !code) throw new Error(`build-geo: no alpha-2 code for numeric id ${item.id}`);
  if (!code) {
    unnamed.push(item);
    continue;
  }
  const existing = byCode.get(code);
  if (!existing || geoArea(item) > geoArea(existing)) byCode.set(code, item);
}

const polygonsOf = (geometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];

/** Drops minor islands; returns the kept polygons and the marker anchor. */
function reduce(item) {
  const parts = polygonsOf(item.geometry)
    .map((coordinates) => ({ coordinates, area: geoArea({ type: 'Polygon', coordinates }) }))
    .filter((part) => part.area < 2 * Math.PI);
  parts.sort((a, b) => b.area - a.area);
  const total = parts.reduce((sum, part) => sum + part.area, 0);
  const small = total < SMALL_COUNTRY_KM2 * SR_PER_KM2;
  const kept = parts.filter((part, index) => index === 0 || part.area >= (small ? MIN_ISLAND_KM2 : KEEP_ISLAND_KM2) * SR_PER_KM2);
  const [lon, lat] = parts.length ? geoCentroid({ type: 'Polygon', coordinates: parts[0].coordinates }) : [0, 0];
  return { polygons: kept.map((part) => part.coordinates), anchor: [round(lon, 2), round(lat, 2)] };
}

const output = [];
for (const code of [...byCode.keys()].sort()) {
  const { polygons, anchor } = reduce(byCode.get(code));
  output.push({ type: 'Feature', id: code, properties: { a: anchor }, geometry: { type: 'MultiPolygon', coordinates: polygons } });
}
for (const item of unnamed.sort((a, b) => a.properties.name.localeCompare(b.properties.name))) {
  const { polygons } = reduce(item);
  output.push({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } });
}

let topo = topology({ countries: { type: 'FeatureCollection', features: output } });
topo = presimplify(topo, sphericalTriangleArea);

// Protect small rings: every point of an arc that belongs to a small ring survives simplification.
const protectedArcs = new Set();
for (const item of output) {
  for (const polygon of item.geometry.coordinates) {
    if (geoArea({ type: 'Polygon', coordinates: polygon }) < PROTECT_RING_KM2 * SR_PER_KM2) protectedArcs.add(polygon);
  }
}
const geometries = topo.objects.countries.geometries;
geometries.forEach((geometry, index) => {
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  const sourcePolygons = output[index].geometry.coordinates;
  polygons.forEach((rings, p) => {
    if (!protectedArcs.has(sourcePolygons[p])) return;
    for (const ring of rings) for (const arc of ring) for (const point of topo.arcs[arc < 0 ? ~arc : arc]) point[2] = Infinity;
  });
});
topo = simplify(topo, MIN_WEIGHT);
topo = quantize(topo, QUANTIZATION);

// Rings that simplification or quantization degenerated or turned inside out are dropped.
topo = filter(topo, (ring) => {
  const coordinates = feature(topo, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0];
  const distinct = new Set(coordinates.map((point) => point.join())).size;
  return distinct >= 3 && geoArea({ type: 'Polygon', coordinates: [coordinates] }) < 2 * Math.PI;
});

// filter() drops the geometries that lost every ring: they come back as anchors only.
const kept = topo.objects.countries.geometries;
for (const item of output) {
  if (item.id !== undefined && !kept.some((geometry) => geometry.id === item.id)) kept.push({ type: null, id: item.id, properties: item.properties });
}
for (const [code, anchor] of Object.entries(EXTRA_ANCHORS)) {
  if (byCode.has(code)) throw new Error(`build-geo: ${code} is in the data now: remove its extra anchor`);
  kept.push({ type: null, id: code, properties: { a: anchor } });
}
for (const geometry of kept) if (geometry.type === null && geometry.id === undefined) delete geometry.properties;
kept.sort((a, b) => (a.id === undefined ? 1 : b.id === undefined ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
topo.objects.land = mergeArcs(topo, kept.filter((geometry) => geometry.type !== null));
delete topo.bbox;
topo.meta = {
  source: 'Natural Earth 1:50m admin 0 countries, via world-atlas 2 (data in the public domain); made by scripts/build-geo.mjs',
  inputs: inputsHash(),
};

// Every ISO country of the source must have an area or an anchor.
for (const code of byCode.keys()) {
  const geometry = kept.find((item) => item.id === code);
  if (!geometry || !geometry.properties?.a) throw new Error(`build-geo: ${code} lost its geometry and anchor`);
}

const text = JSON.stringify(topo);
writeFileSync(OUTPUT, text);
const dropped = [...byCode.keys()].filter((code) => kept.find((item) => item.id === code)?.type === null);
console.log(
  `build-geo: ${OUTPUT.replace(`${root}/`, '')}: ${kept.length} geometries, ` +
    `${topo.arcs.length} arcs, ${text.length} B, ${gzipSync(text, { level: 9 }).length} B gzip; ` +
    `anchor only: ${[...dropped, ...Object.keys(EXTRA_ANCHORS)].join(' ')}`,
);
