import { noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`), always.
 *
 * A page whose Content-Security-Policy has `style-src` without `'unsafe-inline'` blocks style
 * *attributes* (`style="..."` in a template, `setAttribute('style', ...)`) but not the CSSOM.
 * Lit's own `styleMap` writes the attribute on its first render, so it is blocked there; this
 * directive never does. Used in element position: `<div ${styleProps({ left: '4px' })}>`.
 * Properties whose value is `undefined` or `null` are removed.
 */
class StyleProps extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element: <div ${styleProps({...})}>');
  }

  render(_props: Record<string, string | undefined | null>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Record<string, string | undefined | null>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (props[name] === undefined || props[name] === null) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
