/**
 * The colour scheme an element draws in when it has no `theme` attribute: light or dark, as the
 * background the reader sees behind it is light or dark.
 *
 * Why not simply the `color-scheme` the element inherits: a page that declares
 * `<meta name="color-scheme" content="light dark">` (or `:root { color-scheme: light dark }`)
 * but paints its body white, seen with the system in dark mode, gives every element the dark
 * scheme: light text (#e6edf3) on the page's white, 1.18:1. The declaration says what the page
 * *allows*; its backgrounds say what it *shows*. So each element looks at the backgrounds of its
 * ancestors, in the flat tree (slots, shadow hosts), up to the first opaque one, composites the
 * translucent ones over it, and picks the scheme whose text reads on that colour. Without an
 * opaque ancestor the canvas is behind it: dark when the root's scheme (its computed
 * `color-scheme`, or the page's `<meta name="color-scheme">`) allows dark and the system, or the
 * page, chooses it.
 *
 * The result is a custom state on the host (`:state(scheme-light)`, `:state(scheme-dark)`),
 * which the base styles turn into `color-scheme` on `:host`: nothing is written into the page's
 * DOM (no attribute, no inline style). `theme="light|dark"` stays the explicit switch; its rule
 * comes later in the base styles and wins.
 *
 * When: on connection (an element moved elsewhere looks again), when the system's scheme changes
 * (one `matchMedia` listener for the page) and when the root or body element's attributes change
 * (how pages switch their own themes: a class, a data attribute, an inline style; one
 * MutationObserver for the page). Elements connected together are resolved together in one
 * microtask, all reads before all writes, so a listing of a thousand cards costs one style
 * recalculation, not one each.
 *
 * Limits: background images and gradients are not read (only colours); a dark box that sits
 * behind an element without being its ancestor (positioned underneath) is not seen; a page
 * that repaints its background by other means than attributes on <html> or <body> is seen on
 * the next connection or system change. `theme` covers all of these.
 */

import { hostStates } from './host-states.js';

type Rgba = [number, number, number, number];

/** Connected elements and their custom states. */
const followers = new Map<HTMLElement, Set<string>>();
const pending = new Set<HTMLElement>();
let systemDark: MediaQueryList | undefined;
let rootObserver: MutationObserver | undefined;
let observedBody: HTMLElement | undefined;

const again = () => followers.forEach((_, host) => schedule(host));

/** Starts following the page's backgrounds for `host` (called on connection). */
export function followScheme(host: HTMLElement): void {
  const states = hostStates(host);
  if (!states) return;
  followers.set(host, states);
  if (!systemDark) {
    systemDark = matchMedia('(prefers-color-scheme: dark)');
    systemDark.addEventListener('change', again);
    rootObserver = new MutationObserver(again);
    rootObserver.observe(document.documentElement, { attributes: true });
    observedBody = undefined;
  }
  // The body may come later than the first element (a script in <head> that builds the page).
  if (document.body && observedBody !== document.body) rootObserver!.observe((observedBody = document.body), { attributes: true });
  schedule(host);
}

/** Stops following (called on disconnection); the last element removes the page-wide listeners. */
export function unfollowScheme(host: HTMLElement): void {
  pending.delete(host);
  followers.delete(host);
  if (followers.size || !systemDark) return;
  systemDark.removeEventListener('change', again);
  rootObserver!.disconnect();
  systemDark = rootObserver = undefined;
}

function schedule(host: HTMLElement): void {
  if (!pending.size) queueMicrotask(flush);
  pending.add(host);
}

/** The parent in the flat tree: the slot an element is shown in, else its parent, else the shadow host. */
const flatParent = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);

function flush(): void {
  let round = [...pending].filter((host) => host.isConnected);
  pending.clear();
  // Rounds: an element inside another pending one (a credit slotted into a card) waits for the
  // outer one's scheme, which decides the outer one's surface, the inner one's background.
  while (round.length) {
    const waiting = new Set<Element>(round);
    const inside = (host: Element) => {
      for (let node = flatParent(host); node; node = flatParent(node)) if (waiting.has(node)) return true;
      return false;
    };
    const ready = round.filter((host) => !inside(host));
    // In a tree the outermost element is always ready; whatever happens, never loop.
    const now = ready.length ? ready : round;
    const cache = new Map<Element, Rgba>();
    // All reads, then all writes: one style recalculation for the round.
    const dark = now.map((host) => luminance(backgroundBehind(host, cache)) < DARK_BELOW);
    now.forEach((host, i) => {
      const states = followers.get(host)!;
      states.delete(dark[i] ? 'scheme-light' : 'scheme-dark');
      states.add(dark[i] ? 'scheme-dark' : 'scheme-light');
    });
    round = round.filter((host) => !now.includes(host));
  }
}

/**
 * Below this luminance, light text reads better than dark text: the background whose contrast
 * with white equals its contrast with black, (1 + 0.05) / (L + 0.05) = (L + 0.05) / 0.05.
 */
const DARK_BELOW = Math.sqrt(1.05 * 0.05) - 0.05;

/** The colour behind `host`: its ancestors' background colours composited over the first opaque one (or the canvas). */
function backgroundBehind(host: Element, cache: Map<Element, Rgba>): Rgba {
  const layers: Rgba[] = [];
  let base: Rgba | undefined;
  const visited: Element[] = [];
  for (let node = flatParent(host); node; node = flatParent(node)) {
    const known = cache.get(node);
    if (known) {
      base = known;
      break;
    }
    visited.push(node);
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] >= 1) {
      base = color;
      break;
    }
    layers.push(color);
  }
  let color = base ?? canvas();
  // From the bottom layer up; each ancestor's own result is cached for its siblings' descendants.
  for (let i = layers.length; i >= 0; i--) {
    if (i < layers.length) color = over(layers[i]!, color);
    const node = visited[i];
    if (node) cache.set(node, color);
  }
  return color;
}

/** The canvas colour: dark when the root's colour scheme allows dark and dark is chosen. */
function canvas(): Rgba {
  const root = document.documentElement;
  let declared = root ? getComputedStyle(root).colorScheme : '';
  if (!declared || declared === 'normal') declared = document.querySelector<HTMLMetaElement>('meta[name="color-scheme" i]')?.content ?? '';
  const schemes = declared.toLowerCase().split(/[\s,]+/);
  const dark = schemes.includes('dark') && (!schemes.includes('light') || !!systemDark?.matches);
  // The engines' canvas colours (Chromium's dark canvas is #121212); only the side of DARK_BELOW matters.
  return dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
}

/** `top` (translucent) over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * A computed colour as sRGB bytes and alpha. Engines give `rgb()`/`rgba()` for most colours, but
 * keep other spaces as written (`oklch(...)`, `color(display-p3 ...)`): those go through a 1 x 1
 * canvas, which converts any CSS colour.
 */
function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] ? 100 : 1);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  if (value === 'transparent' || !value) return [0, 0, 0, 0];
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return [0, 0, 0, 0];
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
