/**
 * Fetching a JSON document, shared by every element that loads one (`<event-card src>`, the map's
 * geometry): a timeout, a content-type check, JSON parsing, abort, and one kind per failure so
 * each element can say what went wrong in the reader's language.
 */

/** Why a request failed: an HTTP error status, no answer at all, too slow, not JSON, broken JSON. */
export type LoadFailure = 'http' | 'network' | 'timeout' | 'content-type' | 'json';

/** Default time a request may take before the element gives up and offers a retry. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** A failed request: `failure` is the kind, `status` the HTTP status (for `http`), `detail` what came. */
export class FetchJsonError extends Error {
  constructor(
    readonly failure: LoadFailure,
    readonly url: string,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${detail} from ${url}`);
  }
}

/** A `timeout` property value as milliseconds: anything but a positive number means the default. */
export function timeoutOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}

export interface FetchJsonOptions {
  /** Aborting it stops the request; the promise then rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Milliseconds before the request fails with `timeout` (default 15 s). */
  timeout?: number | undefined;
}

const aborted = (signal: AbortSignal) => signal.reason ?? new DOMException('The request was aborted.', 'AbortError');

/**
 * Fetches `url` and parses it as JSON. Rejects with a {@link FetchJsonError} on an HTTP error, a
 * network error, the timeout, a content type that is not JSON, or JSON that does not parse; with
 * the signal's reason when `signal` aborts it.
 */
export async function fetchJson(url: string, { signal, timeout }: FetchJsonOptions = {}): Promise<unknown> {
  if (signal?.aborted) throw aborted(signal);
  const limit = timeoutOf(timeout);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limit);
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    if (!response.ok) throw new FetchJsonError('http', url, `HTTP ${response.status}`, response.status);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/json/i.test(type)) throw new FetchJsonError('content-type', url, `content type "${type}"`);
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new FetchJsonError('json', url, (error as Error).message);
    }
  } catch (error) {
    if (error instanceof FetchJsonError) throw error;
    if (signal?.aborted) throw aborted(signal);
    if (timedOut) throw new FetchJsonError('timeout', url, `no answer within ${limit} ms`);
    throw new FetchJsonError('network', url, (error as Error).message);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

interface Shared {
  request: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}
const shared = new Map<string, Shared>();

/**
 * Like {@link fetchJson}, but one request per URL for the whole page, and a success is kept for
 * every later caller (a failure is not: the next call tries again). Each caller waits with its own
 * `timeout` and `signal`; a caller that gives up (timeout or abort) stops waiting, and the request
 * itself is aborted only when no caller still waits for it.
 */
export function fetchJsonShared(url: string, { signal, timeout }: FetchJsonOptions = {}): Promise<unknown> {
  if (signal?.aborted) return Promise.reject(aborted(signal));
  let entry = shared.get(url);
  if (!entry) {
    const controller = new AbortController();
    // No timeout of its own (the longest a timer takes): it ends when its last caller stops waiting.
    const request = fetchJson(url, { signal: controller.signal, timeout: 2 ** 31 - 1 });
    const created: Shared = { request, controller, waiting: 0, settled: false };
    entry = created;
    shared.set(url, created);
    request.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        if (shared.get(url) === created) shared.delete(url);
      },
    );
  }
  const current = entry;
  if (current.settled) return current.request;
  current.waiting += 1;
  const limit = timeoutOf(timeout);
  return new Promise<unknown>((resolve, reject) => {
    let done = false;
    const leave = (reason?: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      current.waiting -= 1;
      if (reason !== undefined) {
        if (!current.settled && current.waiting === 0) {
          // Nobody waits any more: stop the request, and let the next caller start a new one.
          if (shared.get(url) === current) shared.delete(url);
          current.controller.abort();
        }
        reject(reason);
      }
    };
    const onAbort = () => leave(aborted(signal!));
    const timer = setTimeout(() => leave(new FetchJsonError('timeout', url, `no answer within ${limit} ms`)), limit);
    signal?.addEventListener('abort', onAbort);
    current.request.then(
      (data) => {
        if (done) return;
        leave();
        resolve(data);
      },
      (error: unknown) => {
        if (done) return;
        leave();
        reject(error);
      },
    );
  });
}

/** True for the rejection of an aborted request (not a failure to report). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
