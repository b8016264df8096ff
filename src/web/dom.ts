type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((ev: Event) => void)>;

/** A DOM element with attributes (`on…` are listeners; false/undefined are left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k in el && k !== 'list' && k !== 'for' && typeof v !== 'string') (el as unknown as Record<string, unknown>)[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** A table of text cells; `numeric` columns are right-aligned. */
export function textTable(head: string[], rows: string[][], numeric: readonly number[] = [], attrs: Attrs = {}): HTMLTableElement {
  const td = (tag: 'th' | 'td', text: string, i: number) => h(tag, numeric.includes(i) ? { class: 'r' } : {}, text);
  return h(
    'table',
    attrs,
    h('thead', {}, h('tr', {}, ...head.map((t, i) => td('th', t, i)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((t, i) => td('td', t, i))))),
  );
}
