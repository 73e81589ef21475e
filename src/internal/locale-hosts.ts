/**
 * Re-rendering the elements on the page when the locale changes, with one listener for the page.
 * @lit/localize's `updateWhenLocaleChanges` gives every instance a controller and a window
 * listener of its own; for a listing of hundreds of cards that is memory and work for nothing.
 */
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';

/** The connected elements: each is added when it connects and removed when it disconnects. */
const hosts = new Set<ReactiveControllerHost>();
let listening = false;

function onLocaleStatus(event: WindowEventMap[typeof LOCALE_STATUS_EVENT]): void {
  if (event.detail.status === 'ready') for (const host of hosts) host.requestUpdate();
}

/** Renders `host` again whenever a new locale is ready, until `unfollowLocale(host)`. */
export function followLocale(host: ReactiveControllerHost): void {
  hosts.add(host);
  if (!listening) {
    window.addEventListener(LOCALE_STATUS_EVENT, onLocaleStatus);
    listening = true;
  }
}

export function unfollowLocale(host: ReactiveControllerHost): void {
  hosts.delete(host);
}
