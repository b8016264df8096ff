import type { PageState } from './page-state.js';
import { h } from './dom.js';

/** What a group of controls needs from the page: the state, the words, and what to do after a change. */
export interface Controls {
  state: PageState;
  t: (id: string, vars?: Record<string, string | number>) => string;
  /** After a change of the files or options: redraw the controls when asked, then run again. */
  changed: (redraw?: boolean) => void;
}

/** A `<select>` of [value, label] choices. */
export function select(id: string, value: string, choices: Array<[string, string]>, onchange: (v: string) => void): HTMLSelectElement {
  const el = h('select', { id, onchange: () => onchange(el.value) }, ...choices.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
  return el;
}

/** A labelled control with an optional hint under it. */
export function field(label: string, control: HTMLElement, hint?: HTMLElement | string): HTMLElement {
  return h('label', { class: 'field' }, h('span', { class: 'label' }, label), control, hint ? (typeof hint === 'string' ? h('small', {}, hint) : hint) : null);
}

/** How each text input takes what was typed in it (see `takeTyped`). */
const takers = new WeakMap<HTMLInputElement, () => void>();

/**
 * A text input that calls `set` with its value when the person leaves it or presses Enter, or when `takeTyped`
 * takes it first; a value already taken is not set again.
 */
export function textInput(id: string, value: string, set: (v: string) => void, attrs: Record<string, string> = {}): HTMLInputElement {
  const el = h('input', { type: 'text', id, value, ...attrs });
  let taken = value;
  const take = (): void => {
    if (el.value === taken) return;
    taken = el.value;
    set(el.value);
  };
  el.addEventListener('change', take);
  takers.set(el, take);
  return el;
}

/**
 * Takes what was typed in the text inputs under `root` and not yet left: a person types the date and drops the
 * file without leaving the field, and the run is to use that date. (Otherwise the browser says "changed" only
 * when the redrawn controls take the field away, after the run began with the old date: the run was cancelled
 * and a new worker read the whole file again.)
 */
export function takeTyped(root: ParentNode): void {
  for (const el of root.querySelectorAll('input')) takers.get(el)?.();
}
