/**
 * The custom states of our hosts (ElementInternals.states), matched by `:host(:state(name))` in
 * the shadow styles: a way to style the host from what the element finds out about the page
 * (its background, its rendering mode) without writing into the page's DOM (no attribute, no
 * inline style). One ElementInternals per element, attached here only.
 */
const internals = new WeakMap<HTMLElement, Set<string> | null>();

/** The host's custom states, or undefined where the browser has none. */
export function hostStates(host: HTMLElement): Set<string> | undefined {
  if (!internals.has(host)) {
    let states: Set<string> | null;
    try {
      // A page's subclass of one of our elements that attached internals of its own keeps today's behaviour.
      states = (host.attachInternals().states as unknown as Set<string> | undefined) ?? null;
    } catch {
      states = null;
    }
    internals.set(host, states);
  }
  return internals.get(host) ?? undefined;
}
