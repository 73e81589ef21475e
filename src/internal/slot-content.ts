import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { MutationController } from '@lit-labs/observers/mutation-controller.js';

/**
 * The one way an element follows the content a page puts inside it (its slots' content, or, for
 * `<group-photo>`, the `<img>` and caption it reads): `has(name)` says whether a slot has content,
 * and the element renders again whenever that content changes, however late the page adds,
 * removes or reassigns it.
 *
 * Templates render a slot only when it has content (an empty media box or quote takes no room),
 * so `slotchange` alone cannot tell: a slot not rendered fires nothing. A mutation observer on the
 * light DOM (children added or removed, `slot` attributes changed, and any other attributes or text
 * the element reads, given as `watch`) covers that; `slotchange` covers what reaches a rendered
 * slot by other ways (a nested slot's content, say). Both stop while the element is off the page.
 */
export class SlotContent implements ReactiveController {
  /** The answers `has()` gave since the last render, to render again only when one changes on `slotchange`. */
  private readonly answers = new Map<string, boolean>();

  constructor(
    private readonly host: ReactiveElement,
    watch: { attributes?: string[]; text?: boolean } = {},
  ) {
    new MutationController(host, {
      config: { childList: true, subtree: true, attributes: true, attributeFilter: ['slot', ...(watch.attributes ?? [])], characterData: !!watch.text },
      skipInitial: true,
    });
    host.addController(this);
  }

  /** Whether the named slot (`''`: the default slot) has content: an element, or text that is not only white space. */
  has(name = ''): boolean {
    // A server render sees no light DOM: slots are rendered once the element hydrates and looks.
    if (isServer) return false;
    const has = [...this.host.childNodes].some((node) =>
      node instanceof Element ? (node.getAttribute('slot') ?? '') === name : !name && node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim(),
    );
    this.answers.set(name, has);
    return has;
  }

  private readonly onSlotChange = (): void => {
    if ([...this.answers].some(([name, had]) => this.has(name) !== had)) this.host.requestUpdate();
  };

  hostConnected(): void {
    this.host.renderRoot.addEventListener('slotchange', this.onSlotChange);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('slotchange', this.onSlotChange);
  }
}
