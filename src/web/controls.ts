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

/** A text input that calls `set` with its value when the person leaves it or presses Enter. */
export function textInput(id: string, value: string, set: (v: string) => void, attrs: Record<string, string> = {}): HTMLInputElement {
  const el = h('input', { type: 'text', id, value, ...attrs });
  el.addEventListener('change', () => set(el.value));
  return el;
}
