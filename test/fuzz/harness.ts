/**
 * What every fuzz case checks about the page around the element: no uncaught exception or
 * unhandled rejection, no script executed (the generator's payloads set `window.__fuzzTrap`),
 * host content untouched, nothing added to <body>, no prototype pollution.
 */
import { expect } from '@open-wc/testing';

declare global {
  interface Window {
    __fuzzTrap?: number;
  }
}

export function watchPage() {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => void uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => void uncaught.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const outside = document.createElement('p');
  outside.textContent = 'host content';
  document.body.append(outside);
  let bodyChildren = document.body.children.length;
  return {
    uncaught,
    /** Call after adding the element (or its holder) to <body>: the count every case must keep. */
    settle() {
      bodyChildren = document.body.children.length;
    },
    /** The page-level invariants, after one case. */
    check(where: string) {
      expect(window.__fuzzTrap, `${where}: no script ran`).to.equal(undefined);
      expect(document.body.children.length, `${where}: nothing added outside`).to.equal(bodyChildren);
      expect(outside.textContent, `${where}: host content untouched`).to.equal('host content');
      expect(({} as Record<string, unknown>).polluted, `${where}: no prototype pollution`).to.equal(undefined);
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      outside.remove();
    },
  };
}
