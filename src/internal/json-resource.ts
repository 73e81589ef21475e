import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadFailure = 'http' | 'network' | 'timeout' | 'content-type' | 'json';

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'loaded'; url: string; data: unknown }
  | { status: 'failed'; url: string; failure: LoadFailure; detail: string };

/** Default time a request may take before the element gives up and offers a retry. */
export const DEFAULT_TIMEOUT_MS = 15_000;

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
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeout);
    const fail = (failure: LoadFailure, detail: string) => {
      if (this.controller === controller) this.set({ status: 'failed', url, failure, detail });
    };
    this.set({ status: 'loading', url });
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) return fail('http', `HTTP ${response.status}`);
      const type = response.headers.get('content-type') ?? '';
      if (type && !/json/i.test(type)) return fail('content-type', `content type "${type}"`);
      const text = await response.text();
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        return fail('json', (error as Error).message);
      }
      if (this.controller === controller) this.set({ status: 'loaded', url, data });
    } catch (error) {
      if (timedOut) return fail('timeout', `no answer within ${this.timeout} ms`);
      // Aborted because the URL changed or the element left the page: nothing to report.
      if (controller.signal.aborted) return;
      fail('network', (error as Error).message);
    } finally {
      clearTimeout(timer);
      if (this.controller === controller) this.controller = undefined;
    }
  }
}
