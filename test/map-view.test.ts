import { expect } from '@open-wc/testing';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { LineString, Polygon, Position } from 'geojson';
import { bordersOf, geometryUrl, nearPanel, prepareWorld, type Panel } from '../src/participant-country-map/map-view.js';
import { random } from './fuzz/generator.js';

describe('map panels project only the land and borders near them', () => {
  it('leaves out only pieces that would draw nothing in the panel, over 150 random views', async function () {
    // Pure computation (150 projections of the whole world, about 2 s on a quiet machine): a loaded
    // machine must not turn it into a timeout.
    this.timeout(30_000);
    const url = geometryUrl(undefined);
    const world = prepareWorld(await (await fetch(url)).json(), url);
    const next = random(20261126);
    let leftOut = 0;
    for (let view = 0; view < 150; view++) {
      const [w, h] = [200 + Math.round(next() * 700), 150 + Math.round(next() * 400)];
      const [x, y] = [Math.round(next() * 300), Math.round(next() * 200)];
      // A view like the element's: Equal Earth turned to a longitude, zoomed up to 14 x the whole world, centred on a place.
      const worldScale = geoEqualEarth().fitSize([w, h], { type: 'Sphere' }).scale();
      const projection = geoEqualEarth()
        .rotate([next() * 360 - 180, 0])
        .precision(0)
        .scale(worldScale * (1 + next() * 13))
        .translate([0, 0]);
      const [px, py] = projection([next() * 360 - 180, next() * 140 - 70])!;
      projection.translate([x + w / 2 - px, y + h / 2 - py]).clipExtent([
        [x - 2, y - 2],
        [x + w + 2, y + h + 2],
      ]);
      const panel: Panel = { x, y, w, h, projection, participants: true, host: false, sphere: false };
      const worldview = next() < 0.5 ? 'CN' : 'NE';
      const { land, lines } = nearPanel(world, panel, worldview);
      const kept = new Set<Position[][] | Position[]>([...land.coordinates, ...lines.coordinates]);
      const path = geoPath(projection);
      const pieces: (Polygon | LineString)[] = [
        ...world.landPieces.map(({ coordinates }): Polygon => ({ type: 'Polygon', coordinates })),
        ...bordersOf(world, worldview).map(({ coordinates }): LineString => ({ type: 'LineString', coordinates })),
      ];
      for (const piece of pieces) {
        if (kept.has(piece.coordinates)) continue;
        leftOut++;
        // Clipped to the panel by d3 itself: a piece left out must come out empty.
        expect(path(piece) ?? '', `view ${view} (${w} x ${h}): a ${piece.type} left out would be drawn`).to.equal('');
      }
    }
    // Zoomed views do leave most of the world out: the check above is not empty.
    expect(leftOut).to.be.greaterThan(150 * 100);
  });
});
