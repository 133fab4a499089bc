import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM
 * (`style.setProperty`), never through a `style` attribute: a page with a
 * strict Content-Security-Policy (`style-src 'self'`, no `'unsafe-inline'`)
 * blocks style attributes, but not the CSSOM. (Lit's `styleMap` writes the
 * attribute on the first render.) Use as `<span ${cssProps({'--_c': c})}>`.
 */
class CssPropsDirective extends Directive {
  private _set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() goes in an element position');
  }

  render(_props: Record<string, string | undefined>) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Record<string, string | undefined>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this._set) if (props[name] === undefined) style.removeProperty(name);
    this._set.clear();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this._set.add(name);
    }
    return nothing;
  }
}

export const cssProps = directive(CssPropsDirective);
