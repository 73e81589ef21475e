/**
 * What the embed page (embed.ts) tells its host window, and what embed-resizer.js (resizer.ts)
 * accepts: `{ type: HEIGHT_MESSAGE, height }`, the content's height in CSS pixels.
 */
export const HEIGHT_MESSAGE = 'event-highlights:embed-height';

/**
 * What the resizer sends each embed frame when it starts, `{ type: HEIGHT_REQUEST }`: a resizer that
 * loads after the frames have rendered (an async script, a slow host) would otherwise wait for
 * their next change. The embed page answers its parent window only, with its height.
 */
export const HEIGHT_REQUEST = 'event-highlights:embed-height-request';

/**
 * The tallest height the resizer applies, in CSS pixels: a whole article with every speech
 * expanded is about 12,000 px at a phone's width; anything beyond is refused, so that a frame
 * cannot make its host page endlessly long.
 */
export const MAX_HEIGHT = 50_000;
