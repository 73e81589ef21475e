/**
 * Story-only network: answers for URLs under `/__story__/` so that the loading and error states
 * can be shown without a server. Everything else goes to the real `fetch`. The element's own
 * loading code (JsonResource: AbortController, timeout, status and content-type checks) runs as
 * it does in production; only the answer is played.
 *
 * - `/__story__/slow.json`     never answers; rejects with an AbortError when the request is aborted
 *                              (new `src`, the element leaves the page, or its `timeout` runs out).
 * - `/__story__/missing.json`  404 Not Found (text/plain), like a mistyped URL.
 * - `/__story__/not-json.json` 200 with an HTML page, like a server's catch-all route.
 * - any other `/__story__/…`   404.
 */
import type { Decorator } from '@storybook/web-components-vite';

export const STORY_URLS = {
  slow: '/__story__/slow.json',
  missing: '/__story__/missing.json',
  notJson: '/__story__/not-json.json',
} as const;

const STORY_PATH = /\/__story__\/([^/?#]+)$/;

let realFetch: typeof fetch | undefined;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Resolves never; rejects as `fetch` does when `signal` aborts. */
function pendingUntilAborted(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    if (!signal) return;
    if (signal.aborted) return reject(abortError(signal));
    signal.addEventListener('abort', () => reject(abortError(signal)), { once: true });
  });
}

function storyResponse(name: string, signal: AbortSignal | null | undefined): Promise<Response> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  switch (name) {
    case 'slow.json':
      return pendingUntilAborted(signal);
    case 'not-json.json':
      return Promise.resolve(
        new Response('<!doctype html><title>Home</title><p>Welcome</p>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } }),
      );
    default:
      return Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } }));
  }
}

/** Installs the stub once per page; idempotent. */
export function installStoryFetchStub(): void {
  if (realFetch) return;
  const original = window.fetch;
  realFetch = original;
  window.fetch = function storyFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const match = STORY_PATH.exec(url.pathname);
    if (!match) return original.call(window, input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return storyResponse(match[1]!, signal);
  };
}

/** Puts the original `fetch` back (tests use it to leave the page as they found it). */
export function removeStoryFetchStub(): void {
  if (!realFetch) return;
  window.fetch = realFetch;
  realFetch = undefined;
}

/** Decorator form, for the `decorators` of a story file. */
export const withStoryFetchStub: Decorator = (story) => {
  installStoryFetchStub();
  return story();
};
