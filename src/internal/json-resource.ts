import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT_MS, FetchJsonError, fetchJson, type LoadFailure } from './fetch-json.js';

export { DEFAULT_TIMEOUT_MS, type LoadFailure };

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'loaded'; url: string; data: unknown }
  | { status: 'failed'; url: string; failure: LoadFailure; detail: string; httpStatus?: number };

/**
 * Fetches one JSON document for an element. A new URL aborts the running request, so a slow
 * answer for an old URL can never overwrite a newer one; leaving the page aborts too, and coming
 * back loads again.
 */
export class JsonResource implements ReactiveController {
  state: LoadState = { status: 'idle' };
  timeout = DEFAULT_TIMEOUT_MS;
  private controller: AbortController | undefined;
  private url: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Loads `url`; `undefined` stops loading and returns to idle. Loading the current URL again is a no-op unless it failed. */
  load(url: string | undefined, force = false): void {
    if (!force && url === this.url && this.state.status !== 'failed' && this.state.status !== 'idle') return;
    this.abort();
    this.url = url;
    if (url === undefined) {
      this.set({ status: 'idle' });
      return;
    }
    void this.run(url);
  }

  hostConnected(): void {
    // Reconnected while a request had been aborted by a disconnect: start it again.
    if (this.url !== undefined && this.state.status === 'loading' && !this.controller) void this.run(this.url);
  }

  hostDisconnected(): void {
    this.abort();
  }

  private abort(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  private set(state: LoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private async run(url: string): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    this.set({ status: 'loading', url });
    try {
      const data = await fetchJson(url, { signal: controller.signal, timeout: this.timeout });
      if (this.controller === controller) this.set({ status: 'loaded', url, data });
    } catch (error) {
      // Aborted because the URL changed or the element left the page: nothing to report.
      if (controller.signal.aborted || !(error instanceof FetchJsonError)) return;
      if (this.controller === controller) this.set({ status: 'failed', url, failure: error.failure, detail: error.detail, httpStatus: error.status });
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }
}
