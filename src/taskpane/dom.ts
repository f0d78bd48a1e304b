/**
 * DOM helpers for the pane. Text always goes in through `textContent`, never `innerHTML`:
 * names, messages and sheet names come from the workbook, and a workbook can be hostile.
 */

/** Attributes to set; `undefined` leaves one out, `true` sets it empty (`hidden`, `disabled`). */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Makes an element with attributes and children; strings become text nodes.
 *
 * @example
 * element('li', { class: 'issue' }, [element('strong', {}, ['High']), ' Ann is over-allocated'])
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** The element with `id`; throws when the page lacks it (a build mistake, not a user's). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page has no element #${id}`);
  return node as T;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, children: readonly (Node | string)[]): void {
  parent.replaceChildren(...children);
}
