/**
 * Fetching a JSON document, shared by every element that loads one (`<event-card src>`, the map's
 * geometry): one page-wide queue, one timeout rule, a byte limit, a charset check, JSON parsing,
 * abort, and one kind per failure so each element can say what went wrong in the reader's language.
 * Elements do not call this directly: they go through the resource controller (json-resource.ts).
 */

/**
 * Why a load failed: an HTTP error status, no answer at all, too slow, not JSON, broken JSON, more
 * bytes than the element accepts, text in an encoding that cannot be trusted, or (the map) JSON that
 * is not the geometry or could not be drawn.
 */
export type LoadFailure = 'http' | 'network' | 'timeout' | 'content-type' | 'json' | 'too-large' | 'charset' | 'geometry';

/** Default time a request may take, from the moment it starts, before the element gives up and offers a retry. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** The longest delay `setTimeout` honours (2³¹−1 ms, about 24.8 days): a longer one fires at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/** Requests of the page's elements under way at once to one origin; the others wait their turn (see {@link fetchJson}). */
export const CONCURRENT_REQUESTS = 4;

/**
 * The one timeout rule, for every `timeout` an element reads: a positive number of milliseconds,
 * at most {@link MAX_TIMEOUT_MS} (a larger value would make the timer fire at once); anything else
 * (missing, zero, negative, not a number) means {@link DEFAULT_TIMEOUT_MS}.
 */
export function timeoutOf(value: unknown): number {
  return typeof value === 'number' && value > 0 && !Number.isNaN(value) ? Math.min(value, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
}

/** A byte limit as given (a property or attribute): a positive number, else `fallback`. */
export function byteLimitOf(value: unknown, fallback: number): number {
  return typeof value === 'number' && value > 0 && !Number.isNaN(value) ? Math.floor(value) : fallback;
}

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

export interface FetchJsonOptions {
  /** Aborting it stops the request (or its wait in the queue); the promise then rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Milliseconds from the start of the request (not from the call: time in the queue does not count), by {@link timeoutOf}. */
  timeout?: number | undefined;
  /** Bytes of body accepted; a larger document fails with `too-large` without being parsed. */
  maxBytes: number;
  /** Called when the request leaves the queue and starts. */
  onStart?: (() => void) | undefined;
}

/** A parsed document, the URL it came from after redirects, and what the console should hear about it. */
export interface FetchJsonResult {
  data: unknown;
  /** The response's URL (after redirects): relative URLs in the document resolve against it. */
  url: string;
  /** A problem that did not stop the load (a declared charset other than UTF-8), for the console. */
  warning?: string | undefined;
}

const aborted = (signal: AbortSignal) => signal.reason ?? new DOMException('The request was aborted.', 'AbortError');

/** True for the rejection of an aborted request (not a failure to report). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

// The page-wide queue, one line per origin. Browsers open about six HTTP/1.1 connections per host
// and queue the rest inside fetch(), where a timer started at the call would count the wait: a long
// archive of cards timed out at the end. Here a request waits its turn before fetch() is called,
// and its timer starts only then. Requests start in the order they were asked for (the cards near
// the top first). One line per origin, as the browser's limit is per host: a server that hangs
// does not hold up requests to another.
const lines = new Map<string, { running: number; waiting: (() => void)[] }>();

/** Waits for a free place in the queue of `url`'s origin; resolves to the function that gives it back. */
function turn(url: string, signal: AbortSignal | undefined): Promise<() => void> {
  let origin: string;
  try {
    origin = new URL(url, document.baseURI).origin;
  } catch {
    origin = '';
  }
  let line = lines.get(origin);
  if (!line) lines.set(origin, (line = { running: 0, waiting: [] }));
  const queue = line;
  return new Promise((resolve, reject) => {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      queue.running -= 1;
      const next = queue.waiting.shift();
      if (next) next();
      else if (!queue.running) lines.delete(origin);
    };
    const start = () => {
      signal?.removeEventListener('abort', leave);
      queue.running += 1;
      resolve(release);
    };
    const leave = () => {
      const index = queue.waiting.indexOf(start);
      if (index >= 0) queue.waiting.splice(index, 1);
      reject(aborted(signal!));
    };
    if (queue.running < CONCURRENT_REQUESTS) return start();
    signal?.addEventListener('abort', leave, { once: true });
    queue.waiting.push(start);
  });
}

/** The charset parameter of a content type, lower case, or undefined. */
function charsetOf(type: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(type)?.[1]?.toLowerCase();
}

/** The body's bytes, read as they stream; past `maxBytes` reading stops and the request fails. */
async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  // Refused before reading a byte of it: the server says how much is coming.
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw new FetchJsonError('too-large', url, `${declared} bytes (Content-Length), more than the limit of ${maxBytes}`);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Counted as it streams (a server may send no length, or a false one): stop reading here.
      void reader.cancel().catch(() => undefined);
      throw new FetchJsonError('too-large', url, `more than the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The body as text. JSON travels as UTF-8 (RFC 8259), which is what the browser's own
 * `response.json()` assumes whatever the header says; a document saved in Latin-1 then shows
 * mojibake with no sign of trouble. So: a declared charset other than UTF-8 that the browser can
 * decode is decoded as declared (the server told us what the bytes mean, so the text can be
 * trusted) with a console warning; bytes that are not valid UTF-8 with no other charset declared,
 * or a charset no decoder knows, fail with `charset`: any text shown from them could be wrong, and
 * a wrong name or title looks like data, so the element shows its error state instead.
 */
function decode(bytes: Uint8Array, type: string, url: string): { text: string; warning?: string } {
  const charset = charsetOf(type);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset, { fatal: true });
    } catch {
      throw new FetchJsonError('charset', url, `charset "${charset}", which cannot be decoded`);
    }
    try {
      return { text: decoder.decode(bytes), warning: `charset "${charset}" (decoded as declared; JSON should be UTF-8)` };
    } catch {
      throw new FetchJsonError('charset', url, `bytes that are not valid ${charset}`);
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    throw new FetchJsonError('charset', url, 'bytes that are not valid UTF-8 (no other charset declared)');
  }
}

/**
 * Fetches `url` and parses it as JSON, after waiting its turn in the page-wide queue. Rejects with
 * a {@link FetchJsonError} on an HTTP error, a network error, the timeout (counted from the start
 * of the request), a content type that is not JSON, a body past `maxBytes`, text that is not valid
 * in its charset, or JSON that does not parse; with the signal's reason when `signal` aborts it.
 */
export async function fetchJson(url: string, { signal, timeout, maxBytes, onStart }: FetchJsonOptions): Promise<FetchJsonResult> {
  if (signal?.aborted) throw aborted(signal);
  const release = await turn(url, signal);
  onStart?.();
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
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new FetchJsonError('http', url, `HTTP ${response.status}`, response.status);
    }
    const type = response.headers.get('content-type') ?? '';
    if (type && !/json/i.test(type)) {
      void response.body?.cancel().catch(() => undefined);
      throw new FetchJsonError('content-type', url, `content type "${type}"`);
    }
    const { text, warning } = decode(await readBody(response, url, maxBytes), type, url);
    try {
      // A response built by a script (a service worker, a test) may have no URL: the request's then.
      return { data: JSON.parse(text) as unknown, url: response.url || new URL(url, document.baseURI).href, warning };
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
    release();
  }
}

/** A shared document one caller uses: `release()` when it no longer does (another URL, off the page). */
export interface Lease {
  result: FetchJsonResult;
  release(): void;
}

interface Shared {
  request: Promise<FetchJsonResult>;
  controller: AbortController;
  /** Resolves when the request leaves the queue and starts: each caller's timer starts then. */
  started: Promise<void>;
  waiting: number;
  /** Callers that got the document and still use it (an element on the page showing it). */
  holders: number;
  result: FetchJsonResult | undefined;
}
const shared = new Map<string, Shared>();
/** URLs kept even when no element uses them (the default geometry: the next map needs it). */
const pinned = new Set<string>();

/** Keeps the document at `url` once loaded, even when no element uses it. */
export function pinShared(url: string): void {
  pinned.add(url);
}

/** Drops a settled entry nobody holds (unless pinned): the page keeps only what it shows. */
function evict(url: string, entry: Shared): void {
  if (entry.result && entry.holders === 0 && entry.waiting === 0 && !pinned.has(url) && shared.get(url) === entry) shared.delete(url);
}

function lease(url: string, entry: Shared, result: FetchJsonResult): Lease {
  entry.holders += 1;
  let released = false;
  return {
    result,
    release() {
      if (released) return;
      released = true;
      entry.holders -= 1;
      evict(url, entry);
    },
  };
}

/**
 * Uses again a document this caller had released (an element back on the page): kept for the
 * callers that come next, with no new request.
 */
export function retainShared(url: string, result: FetchJsonResult): Lease {
  let entry = shared.get(url);
  if (!entry?.result) {
    entry = { request: Promise.resolve(result), controller: new AbortController(), started: Promise.resolve(), waiting: 0, holders: 0, result };
    shared.set(url, entry);
  }
  return lease(url, entry, entry.result!);
}

/**
 * Like {@link fetchJson}, but one request per URL for the whole page. A success is kept while a
 * caller holds it (see {@link Lease}) or its URL is pinned, and dropped when the last one lets go;
 * a failure is not kept (the next call tries again). Each caller waits with its own `timeout`
 * (from the start of the request) and `signal`; a caller that gives up stops waiting, and the
 * request itself is aborted only when no caller still waits for it.
 */
export function fetchJsonShared(url: string, { signal, timeout, maxBytes }: FetchJsonOptions): Promise<Lease> {
  if (signal?.aborted) return Promise.reject(aborted(signal));
  let entry = shared.get(url);
  if (!entry) {
    const controller = new AbortController();
    let started!: () => void;
    const created: Shared = {
      request: undefined as never,
      controller,
      started: new Promise((resolve) => (started = resolve)),
      waiting: 0,
      holders: 0,
      result: undefined,
    };
    // No timeout of its own (the longest a timer takes): it ends when its last caller stops waiting.
    created.request = fetchJson(url, { signal: controller.signal, timeout: MAX_TIMEOUT_MS, maxBytes, onStart: started });
    entry = created;
    shared.set(url, created);
    created.request.then(
      (result) => {
        created.result = result;
        // Kept only if a caller took it (each waiting caller takes a lease as it resolves).
        queueMicrotask(() => evict(url, created));
      },
      () => {
        if (shared.get(url) === created) shared.delete(url);
      },
    );
  }
  const current = entry;
  if (current.result) return Promise.resolve(lease(url, current, current.result));
  current.waiting += 1;
  const limit = timeoutOf(timeout);
  return new Promise<Lease>((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const leave = (reason?: unknown) => {
      if (done) return false;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      current.waiting -= 1;
      if (reason !== undefined) {
        if (!current.result && current.waiting === 0) {
          // Nobody waits any more: stop the request, and let the next caller start a new one.
          if (shared.get(url) === current) shared.delete(url);
          current.controller.abort();
        }
        reject(reason);
      }
      return true;
    };
    const onAbort = () => leave(aborted(signal!));
    signal?.addEventListener('abort', onAbort);
    void current.started.then(() => {
      if (!done) timer = setTimeout(() => leave(new FetchJsonError('timeout', url, `no answer within ${limit} ms`)), limit);
    });
    current.request.then(
      (result) => {
        if (leave()) resolve(lease(url, current, result));
      },
      (error: unknown) => {
        if (leave()) reject(error);
      },
    );
  });
}
