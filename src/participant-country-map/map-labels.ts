/**
 * The participant map's names: a label beside each participant's shape or marker where one fits
 * (inside the panel, over no other label, marker or city, and nearer its own country than any
 * other participant), else a numbered marker that the key under the map names. Pure: numbers in,
 * numbers out.
 */
import type { Anchor, Mark, Panel } from './map-layout.js';

/** Left, top, right, bottom. */
export type Box = [number, number, number, number];
/** A participant as drawn in a panel: the outline of its shape (from the path data) and its bounds. */
export interface Outline {
  code: string;
  rings: [number, number][][];
  box: Box;
}

/** Radius of a marker's ring, and of a numbered marker's disc. */
export const RING = 8;
export const DISC = 9;

/** Rough width of a 12 px label where nothing can measure text: CJK characters are square, others about 0.55 em. */
export const labelWidth = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 12 : 6.8), 0);

/**
 * The outline of a shape from its SVG path data as d3 writes it for polygons (`M x,y L x,y … Z`):
 * its rings of points and its bounds.
 */
export function outlineOf(code: string, d: string): Outline {
  const rings: [number, number][][] = [];
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  let ring: [number, number][] = [];
  // Scanned by hand: a world view's paths run to hundreds of kilobytes, and splitting them with
  // regular expressions cost more than the labelling itself.
  for (let i = 0, end = d.length; i < end;) {
    const c = d[i]!;
    if (c === 'M') rings.push((ring = []));
    if (c === 'M' || c === 'L' || c === 'Z' || c === ' ') {
      i++;
      continue;
    }
    const comma = d.indexOf(',', i);
    if (comma < 0) break;
    let next = comma + 1;
    while (next < end && d[next] !== 'L' && d[next] !== 'M' && d[next] !== 'Z') next++;
    const x = +d.slice(i, comma);
    const y = +d.slice(comma + 1, next);
    i = next;
    ring.push([x, y]);
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return { code, rings, box };
}

/** Distance from a point to an outline: 0 inside it (even-odd, as SVG fills d3's paths), else to its nearest edge. */
export function distanceTo({ rings, box }: Outline, x: number, y: number, within = Infinity): number {
  // Farther than `within` even from the bounds: no need to look at the edges.
  if (Math.max(box[0] - x, x - box[2], 0) ** 2 + Math.max(box[1] - y, y - box[3], 0) ** 2 > within * within) return Infinity;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  if (inside) return 0;
  let nearest = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      const [dx, dy] = [xj - xi, yj - yi];
      const t = dx || dy ? Math.max(0, Math.min(1, ((x - xi) * dx + (y - yi) * dy) / (dx * dx + dy * dy))) : 0;
      nearest = Math.min(nearest, (x - xi - t * dx) ** 2 + (y - yi - t * dy) ** 2);
    }
  }
  return Math.sqrt(nearest);
}

/**
 * The point of a label that points at what it names: the middle of its side facing the mark
 * (its start or end at mid-height), or for a label above or below the mark, the middle of its
 * edge nearest the mark. Tests measure from the same point.
 */
export function labelPoint(label: { x: number; y: number; anchor: Anchor }, mark: { y: number }): [number, number] {
  if (label.anchor !== 'middle') return [label.x, label.y - 4];
  return [label.x, label.y < mark.y ? label.y + 2 : label.y - 10];
}

const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Labels every mark where a label fits: beside it (right, left, above or below), inside the
 * panel, over no other label, marker or city, and pointing at a spot nearer its own country than
 * any other participant. Marks left without a label are returned (cities are only labelled where
 * they fit). `measure` gives a text's width at 12 px.
 */
export function placeLabels(
  marks: Mark[],
  panel: Omit<Panel, 'projection'>,
  name: (mark: Mark) => string,
  options: { measure?: (text: string) => number; outlines?: Outline[]; cities?: Mark[] } = {},
): Mark[] {
  const { measure = labelWidth, outlines = [], cities = [] } = options;
  const circle = (mark: Mark, r: number): Box => [mark.x - r, mark.y - r, mark.x + r, mark.y + r];
  const taken: Box[] = [
    ...marks.filter((mark) => mark.marker).map((mark) => circle(mark, mark.key ? DISC + 1 : RING + 1)),
    ...cities.map((city) => circle(city, 5)),
  ];
  const free = (box: Box) =>
    box[0] >= panel.x + 2 &&
    box[2] <= panel.x + panel.w - 2 &&
    box[1] >= panel.y + 2 &&
    box[3] <= panel.y + panel.h - 2 &&
    !taken.some((other) => overlap(box, other));
  const countries = marks.filter((mark) => !cities.includes(mark));
  /** How near a point is to a participant: its outline, its marker. */
  const outlineBy = new Map(outlines.map((outline) => [outline.code, outline]));
  const markerOf = new Map(countries.filter((mark) => mark.marker).map((mark) => [mark.code, mark]));
  const near = (code: string, x: number, y: number, within?: number) => {
    const outline = outlineBy.get(code);
    const marker = markerOf.get(code);
    return Math.min(outline ? distanceTo(outline, x, y, within) : Infinity, marker ? Math.max(0, Math.hypot(marker.x - x, marker.y - y) - RING) : Infinity);
  };
  // Nearer its own country than any other participant: not "Costa Rica" on Panama.
  const pointsHome = (mark: Mark, x: number, y: number) => {
    const own = near(mark.code, x, y);
    // On its own country: nothing can be nearer.
    return own === 0 || countries.every((other) => other.code === mark.code || near(other.code, x, y, own) >= own);
  };
  const unlabelled: Mark[] = [];
  /** Places the label beside the point (x, y); false when no side is free. */
  const beside = (mark: Mark, text: string, w: number, [px, py]: [number, number]) => {
    const gap = mark.marker ? 11 : 4;
    // Right, left, then above and below (starting at, ending at or centred on the point).
    const candidates: [number, number, Anchor][] = [
      [px + gap, py + 4, 'start'],
      [px - gap, py + 4, 'end'],
      [px + gap - 4, py - gap - 2, 'start'],
      [px + gap - 4, py + gap + 12, 'start'],
      [px - gap + 4, py - gap - 2, 'end'],
      [px - gap + 4, py + gap + 12, 'end'],
      [px, py - gap - 2, 'middle'],
      [px, py + gap + 12, 'middle'],
    ];
    for (const [x, y, anchor] of candidates) {
      const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      // The text's box with room for its 3 px halo and the taller line box some engines give
      // SVG text (Firefox: 20 px for 12 px text).
      const box: Box = [left - 2, y - 14, left + w + 2, y + 5];
      if (free(box) && (cities.includes(mark) || pointsHome(mark, ...labelPoint({ x, y, anchor }, { y: py })))) {
        taken.push(box);
        mark.label = { x, y, anchor, text };
        return true;
      }
    }
    return false;
  };
  /**
   * Other spots inside a shape, nearest the mark first: where the anchor lies at the shape's edge
   * (Vietnam's, by Laos) or its sides are taken, a label may still fit beside another part of it.
   */
  const within = (mark: Mark): [number, number][] => {
    const outline = !mark.marker && outlineBy.get(mark.code);
    if (!outline) return [];
    const [x0, y0, x1, y1] = outline.box;
    const spots: [number, number][] = [];
    for (let i = 1; i < 6; i++) for (let j = 1; j < 6; j++) spots.push([x0 + ((x1 - x0) * i) / 6, y0 + ((y1 - y0) * j) / 6]);
    return spots
      .filter(([x, y]) => distanceTo(outline, x, y) === 0)
      .sort((a, b) => Math.hypot(a[0] - mark.x, a[1] - mark.y) - Math.hypot(b[0] - mark.x, b[1] - mark.y));
  };
  for (const mark of marks) {
    if (mark.key) continue;
    const text = name(mark);
    const w = measure(text);
    mark.label = undefined;
    if (!beside(mark, text, w, [mark.x, mark.y])) within(mark).some((spot) => beside(mark, text, w, spot));
    if (!mark.label) unlabelled.push(mark);
  }
  return unlabelled;
}
