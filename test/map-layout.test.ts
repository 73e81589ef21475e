import { expect } from '@open-wc/testing';
import { geoEqualEarth } from 'd3-geo';
import { buildScene, centreLongitude, fit, heightFor, MAP_BOX, pushApart, type Mark, type Panel } from '../src/participant-country-map/map-layout.js';
import { distanceTo, outlineOf, placeLabels } from '../src/participant-country-map/map-labels.js';
import { geometryUrl, prepareWorld, type World } from '../src/participant-country-map/map-view.js';

/** A panel of the given box (the projection unused by the functions under test). */
const panelOf = (x: number, y: number, w: number, h: number): Panel => ({
  x,
  y,
  w,
  h,
  projection: geoEqualEarth(),
  participants: true,
  host: false,
  sphere: false,
});
const boxOf = (mark: Mark, w: number): [number, number, number, number] => {
  const { x, y, anchor } = mark.label!;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return [left, y - 12, left + w, y];
};

describe('map layout, on its own', () => {
  it('pushes overlapping markers apart inside the box and remembers where they came from', () => {
    const panel = panelOf(0, 0, 200, 100);
    const points: Mark[] = [0, 1, 2, 3, 4].map((i) => ({ code: `A${i}`, x: 100 + i * 0.5, y: 50, marker: true }));
    pushApart(points, 26, panel);
    for (const [i, a] of points.entries()) {
      expect(a.x >= 13 && a.x <= 187 && a.y >= 13 && a.y <= 87, `${a.code} inside`).to.equal(true);
      for (const b of points.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(25.9);
    }
    expect(points.filter((point) => point.from).length).to.be.at.least(4);
    // Points apart already stay where they are.
    const apart: Mark[] = [
      { code: 'B0', x: 20, y: 20, marker: true },
      { code: 'B1', x: 120, y: 60, marker: true },
    ];
    pushApart(apart, 26, panel);
    expect(apart.map(({ x, y, from }) => [x, y, from])).to.deep.equal([
      [20, 20, undefined],
      [120, 60, undefined],
    ]);
  });

  it('places labels beside their marks, inside the panel, never over each other or a marker', () => {
    const panel = panelOf(10, 10, 300, 150);
    const marks: Mark[] = [
      { code: 'AA', x: 300, y: 80, marker: true },
      { code: 'BB', x: 60, y: 80, marker: false },
      { code: 'CC', x: 70, y: 90, marker: false },
    ];
    placeLabels(marks, panel, (mark) => `Name ${mark.code}`);
    // Near the right edge, the label goes to the left of the marker.
    expect(marks[0]!.label!.anchor).to.equal('end');
    const boxes = marks.filter((mark) => mark.label).map((mark) => boxOf(mark, 50));
    for (const [x0, y0, x1, y1] of boxes) expect(x0 >= 10 && x1 <= 310 && y0 >= 10 && y1 <= 160).to.equal(true);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], 'labels overlap').to.equal(false);
  });

  it('centres the view on the middle of the widest empty stretch of longitudes', () => {
    // Pacific states on both sides of 180°: the centre is in the Pacific, not at Greenwich.
    expect(Math.abs(centreLongitude([170, -175, 178, -160]))).to.be.greaterThan(150);
    expect(centreLongitude([10, 20])).to.be.closeTo(15, 0.001);
    expect(centreLongitude([42])).to.equal(42);
    expect(centreLongitude([])).to.equal(0);
  });

  it('fits a projection to the panel, zoomed in at most the given scale', () => {
    const panel = panelOf(100, 0, 200, 100);
    const tiny = { type: 'Point' as const, coordinates: [0, 0] };
    const projection = fit(
      geoEqualEarth(),
      {
        type: 'MultiPoint',
        coordinates: [
          [-1, -1],
          [1, 1],
        ],
      },
      panel,
      10,
      1000,
    );
    expect(projection.scale()).to.equal(1000);
    const [x, y] = projection(tiny.coordinates as [number, number])!;
    expect(x).to.be.closeTo(200, 0.5);
    expect(y).to.be.closeTo(50, 0.5);
  });

  it('has one box: square below the threshold, 2:1 from it', () => {
    expect(heightFor(MAP_BOX.wideFrom - 1)).to.equal(MAP_BOX.wideFrom - 1);
    expect(heightFor(1200)).to.equal(600);
  });

  it('reads outlines from path data: inside exactly where the browser fills, distance to the nearest edge elsewhere', () => {
    // Two rings, the second a hole (even-odd, as d3 writes a polygon with a hole), and an island.
    const d = 'M10,10L90,10L90,90L10,90Z M30,30L30,70L70,70L70,30Z M120.5,40.5L140,40.5L130,60Z';
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.append(path);
    document.body.append(svg);
    const outline = outlineOf('XX', d);
    expect(outline.rings.map((ring) => ring.length)).to.deep.equal([4, 4, 3]);
    expect(outline.box).to.deep.equal([10, 10, 140, 90]);
    for (let y = 1; y < 100; y += 3.7) {
      for (let x = 1; x < 150; x += 3.3) {
        if (Math.abs(x - Math.round(x / 10) * 10) < 0.2) continue;
        const distance = distanceTo(outline, x, y);
        expect(distance === 0, `${x},${y}`).to.equal(path.isPointInFill(new DOMPoint(x, y)));
      }
    }
    expect(distanceTo(outline, 50, 50)).to.be.closeTo(20, 1e-9);
    expect(distanceTo(outline, 100, 50)).to.be.closeTo(10, 1e-9);
    // Farther than `within` from the bounds: not measured.
    expect(distanceTo(outline, 200, 50, 5)).to.equal(Infinity);
    svg.remove();
  });

  describe('a panel frames its countries tightly (#15 item 3)', () => {
    let world: World;
    before(async () => {
      const url = geometryUrl(undefined);
      world = prepareWorld(await (await fetch(url)).json(), url);
    });

    /** The participants' panel of the scene for `codes` (no visits: they get the whole map), and the drawn bounds of their shapes. */
    function framing(codes: string[], width: number) {
      const input = { codes, counts: {}, unknown: [], badCounts: [], host: 'CN', cities: [], worldview: 'CN' as const, layout: 'auto', width, locale: 'en' };
      const scene = buildScene(world, input, 'framing');
      const panel = scene.panels.find((candidate) => candidate.panel.participants)!;
      const boxes = panel.shapes.map(({ code, d }) => outlineOf(code, d).box);
      const [x0, y0, x1, y1] = [
        Math.min(...boxes.map((b) => b[0])),
        Math.min(...boxes.map((b) => b[1])),
        Math.max(...boxes.map((b) => b[2])),
        Math.max(...boxes.map((b) => b[3])),
      ];
      const { w, h } = panel.panel;
      // The share of the panel the countries span, in the direction they fill most (a tall Tonga in a wide panel is framed tightly too).
      return {
        share: Math.max((x1 - x0) / w, (y1 - y0) / h),
        panel: panel.panel,
        drawn: panel.shapes.map((shape) => shape.code),
        projection: panel.panel.projection,
      };
    }

    it('a single small Pacific state fills its panel rather than being a dot in an ocean, also across 180°', () => {
      for (const width of [390, 1200]) {
        // Samoa, Tonga (a chain 300 km long), Fiji (its islands on both sides of 180°): framed to the panel's padding.
        for (const code of ['WS', 'TO', 'FJ']) expect(framing([code], width).share, `${code} at ${width} px`).to.be.at.least(0.6);
        // Nauru, 21 km²: the geometry has it as seven points a few km apart; framed as closely as that grid allows.
        expect(framing(['NR'], width).share, `NR at ${width} px`).to.be.at.least(0.25);
        // Fiji's islands east of 180° (the Lau group) are in its panel, not cut off by the antimeridian.
        const { projection, panel } = framing(['FJ'], width);
        const [x, y] = projection([-178.8, -18.2])!;
        expect(x >= panel.x && x <= panel.x + panel.w && y >= panel.y && y <= panel.y + panel.h, `Lau group inside at ${width} px`).to.equal(true);
      }
    });

    it('a set of Pacific states on both sides of 180° is framed tightly, each one drawn', () => {
      for (const width of [390, 1200]) {
        const codes = ['FJ', 'TO', 'WS', 'TV'];
        const { share, drawn } = framing(codes, width);
        expect(share, `at ${width} px`).to.be.at.least(0.6);
        // Tuvalu is a point in the geometry: a marker, not a shape.
        expect(drawn.sort(), `at ${width} px`).to.deep.equal(['FJ', 'TO', 'WS']);
      }
    });
  });
});
