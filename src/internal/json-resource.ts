import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEFAULT_TIMEOUT_MS,
  FetchJsonError,
  fetchJson,
  fetchJsonShared,
  isAbort,
  retainShared,
  timeoutOf,
  type FetchJsonResult,
  type Lease,
  type LoadFailure,
} from './fetch-json.js';

export { DEFAULT_TIMEOUT_MS, FetchJsonError, timeoutOf, type LoadFailure };

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading'; key: string }
  /** `url` is where the document came from after redirects; `warning` a problem that did not stop it. */
  | { status: 'loaded'; key: string; url: string; value: T; warning?: string | undefined }
  /** `detail` says what came, for the console; `url` is the URL asked for. */
  | { status: 'failed'; key: string; url: string; failure: LoadFailure; detail: string; httpStatus?: number | undefined };

export interface JsonResourceOptions<T> {
  /** Bytes a document may have (read at each load, so an element's property can change it). */
  maxBytes: () => number;
  /** The element's `timeout` as given (read at each load, through {@link timeoutOf}). */
  timeout: () => unknown;
  /** One request per URL for the page, kept while an element on the page uses it (the map's geometry). */
  shared?: boolean;
  /** The URL to fetch for a key (after loading code that knows it, say); the key itself by default. */
  url?: (key: string) => string | Promise<string>;
  /**
   * Turns the parsed JSON into the value the element uses. A {@link FetchJsonError} it throws is that
   * failure; any other error fails the load with `geometry` (data that is not what was asked for).
   */
  parse?: (data: unknown, url: string) => T | Promise<T>;
}

/**
 * The one way an element loads a JSON document (`<event-card src>`, the map's geometry): a
 * reactive controller with typed failures, the timeout rule of {@link timeoutOf} (counted from the
 * moment the request starts, not while it waits in the page-wide queue), a byte limit, and abort:
 * a new key aborts the running request, so a slow answer for an old URL can never overwrite a newer
 * one; leaving the page aborts too, and coming back loads again. Shared resources hold their
 * document in the page's cache only while their element is on the page and shows it.
 */
export class JsonResource<T = unknown> implements ReactiveController {
  state: LoadState<T> = { status: 'idle' };
  private controller: AbortController | undefined;
  private lease: Lease | undefined;
  /** What the lease was for, to take it again when the element comes back. */
  private held: { url: string; result: FetchJsonResult } | undefined;
  private connected = false;

  private readonly options: JsonResourceOptions<T>;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: JsonResourceOptions<T>,
  ) {
    // Own properties only: on a page that added `url` or `parse` to Object.prototype, a hook the
    // element did not give must not be called (test/prototype-pollution.test.ts).
    this.options = Object.assign(Object.create(null), options);
    host.addController(this);
  }

  /** The key loaded, loading or failed (undefined when idle). */
  get key(): string | undefined {
    return this.state.status === 'idle' ? undefined : this.state.key;
  }

  /**
   * Loads `key`; `undefined` stops loading and returns to idle. Loading the current key again is a
   * no-op unless it failed or `force` is set. Off the page, the load waits until the element is back.
   */
  load(key: string | undefined, force = false): Promise<void> {
    if (!force && key === this.key && this.state.status !== 'failed') return Promise.resolve();
    this.abort();
    this.drop();
    if (key === undefined) {
      this.set({ status: 'idle' });
      return Promise.resolve();
    }
    this.set({ status: 'loading', key });
    // A server render never connects: nothing is fetched there (event-highlights/ssr takes data, not URLs).
    return this.connected ? this.run(key) : Promise.resolve();
  }

  hostConnected(): void {
    this.connected = true;
    // Reconnected while a request had been aborted by a disconnect: start it again.
    if (this.state.status === 'loading' && !this.controller) void this.run(this.state.key);
    // Shown again: the shared document is used again (kept, or put back, in the page's cache).
    if (this.options.shared && this.held && !this.lease) this.lease = retainShared(this.held.url, this.held.result);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.abort();
    // Off the page, the element still has its value, but the page's cache no longer keeps it for it.
    this.lease?.release();
    this.lease = undefined;
  }

  private abort(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  private drop(): void {
    this.lease?.release();
    this.lease = undefined;
    this.held = undefined;
  }

  private set(state: LoadState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private async run(key: string): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    const current = () => this.controller === controller && !controller.signal.aborted;
    let url = key;
    let lease: Lease | undefined;
    try {
      try {
        url = this.options.url ? await this.options.url(key) : key;
      } catch (error) {
        // The code that knows the URL (the map's drawing module) did not load: a network failure.
        throw new FetchJsonError('network', key, `the code to load it failed (${(error as Error)?.message ?? String(error)})`);
      }
      if (!current()) return;
      const request = { signal: controller.signal, timeout: timeoutOf(this.options.timeout()), maxBytes: this.options.maxBytes() };
      let result: FetchJsonResult;
      if (this.options.shared) {
        lease = await fetchJsonShared(url, request);
        result = lease.result;
      } else result = await fetchJson(url, request);
      if (!current()) return lease?.release();
      const value = this.options.parse ? await this.options.parse(result.data, result.url) : (result.data as T);
      if (!current()) return lease?.release();
      this.lease = lease;
      if (lease) this.held = { url, result };
      this.set({ status: 'loaded', key, url: result.url, value, warning: result.warning });
    } catch (error) {
      lease?.release();
      // Aborted because the key changed or the element left the page: nothing to report.
      if (!current() || isAbort(error)) return;
      const failure: FetchJsonError =
        error instanceof FetchJsonError
          ? error
          : new FetchJsonError(this.options.parse ? 'geometry' : 'network', url, String((error as Error)?.message ?? error));
      this.set({ status: 'failed', key, url, failure: failure.failure, detail: failure.detail, httpStatus: failure.status });
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }
}
