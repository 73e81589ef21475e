/**
 * embed-resizer.js: the optional script for host pages that may run one. It sizes each iframe of
 * the embed page (embed.html) to the height that page reports, so the frame has no scroll bar of
 * its own; without it the frame keeps the height its `height` attribute gives.
 *
 * A message is used only when it comes from the window of an iframe of this page whose `src` is
 * an embed.html on the message's own origin, and only when it is exactly `{ type, height }` with a
 * height from 0 to MAX_HEIGHT: another frame, a page that opened this one, or a malformed message
 * cannot resize anything.
 *
 * Plain script with no imports and no exports: it works as `<script src>` and as a module.
 */
import { HEIGHT_MESSAGE, HEIGHT_REQUEST, MAX_HEIGHT } from './protocol.js';

/** The origin of the embed page an iframe shows (its `src` names embed.html), if it does. */
function embedOrigin(frame: HTMLIFrameElement): string | undefined {
  try {
    const url = new URL(frame.src, document.baseURI);
    return /^https?:$/.test(url.protocol) && /\/embed\.html$/.test(url.pathname) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The iframe of this page whose window sent `event`, if it shows the embed page of the sender's origin. */
function frameOf(event: MessageEvent): HTMLIFrameElement | undefined {
  if (!event.source) return undefined;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) return embedOrigin(frame) === event.origin ? frame : undefined;
  }
  return undefined;
}

function heightOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  if (keys.length !== 2 || !Object.hasOwn(data, 'type') || !Object.hasOwn(data, 'height')) return undefined;
  const { type, height } = data as { type: unknown; height: unknown };
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isInteger(height) || height < 0 || height > MAX_HEIGHT) return undefined;
  return height;
}

const installed = Symbol.for('event-highlights.embed-resizer');
const host = window as Window & { [installed]?: boolean };
// Pasted twice (two embeds, each with the snippet): one listener is enough.
if (!host[installed]) {
  host[installed] = true;
  window.addEventListener('message', (event) => {
    const height = heightOf(event.data);
    if (height === undefined) return;
    const frame = frameOf(event);
    // Set through the CSSOM, which a strict style-src allows (a style attribute it would not).
    if (frame) frame.style.height = `${height}px`;
  });
  // Frames that rendered before this script ran are asked for their height once (only their own
  // origin can receive the request).
  for (const frame of document.querySelectorAll('iframe')) {
    const origin = embedOrigin(frame);
    if (origin) frame.contentWindow?.postMessage({ type: HEIGHT_REQUEST }, origin);
  }
}
