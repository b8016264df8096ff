import { CATEGORY_KEYS } from '../model/dimensions.js';
import { categoryLabel } from '../normalize/classify.js';
import { parseAgeBands, presetNames } from '../stats/age-bands.js';
import { field, select, textInput, type Controls } from './controls.js';
import { formatDayText, parseDayText } from './day-text.js';
import { h } from './dom.js';

/** The age-band presets, each shown by its name and its bands ("Biểu BM01, BM02 (Bộ Nội vụ): 0-30, 31-40, …"). */
const AGE_PRESETS = presetNames();

/** The reference date, typed dd/mm/yyyy; a text that is no date is said under the field and nothing runs. */
function asOfField({ state, t, changed }: Controls): HTMLElement {
  const input = textInput(
    'as-of',
    state.asOfInvalid ? state.asOfText : formatDayText(state.asOf),
    (v) => {
      const iso = parseDayText(v);
      state.asOfText = v;
      state.asOfInvalid = iso === undefined;
      if (iso !== undefined) state.asOf = iso;
      changed(true);
    },
    { placeholder: t('web.asOfPlaceholder'), inputmode: 'numeric', autocomplete: 'off', size: '12' },
  );
  if (state.asOfInvalid) input.setAttribute('aria-invalid', 'true');
  const hint = state.asOfInvalid
    ? h('small', { class: 'invalid', id: 'as-of-error', role: 'alert' }, t('web.asOfInvalid', { text: state.asOfText.trim() }))
    : h('small', {}, t('web.asOfHint'));
  return field(t('web.asOf'), input, hint);
}

/** A field two columns wide (the age-band presets show their bands: "btctw: 0-30, 31-35, …, 61+"). */
function wide(el: HTMLElement): HTMLElement {
  el.classList.add('span2');
  return el;
}

/** The options fieldset: reference date, age bands, filters and units side by side (the CLI options they stand for in protocol.ts). */
export function optionsForm(c: Controls): HTMLElement {
  const { state, t, changed } = c;
  const custom = !AGE_PRESETS.includes(state.ageBands);
  const bands = select(
    'age-bands',
    custom ? 'custom' : state.ageBands,
    [...AGE_PRESETS.map((p): [string, string] => [p, `${t(`web.ageBands.${p}`)}: ${parseAgeBands(p).keys.join(', ')}`]), ['custom', t('web.ageBands.custom')]],
    (v) => {
      state.ageBands = v === 'custom' ? '30,40,50,60' : v;
      changed(true);
    },
  );
  const keys = (dim: 'category' | 'level'): Array<[string, string]> => [
    ['', t('web.any')],
    ...CATEGORY_KEYS[dim].filter((k) => k !== 'unknown').map((k): [string, string] => [k, categoryLabel(dim, k, state.lang)]),
  ];
  return h(
    'fieldset',
    { class: 'options' },
    h('legend', {}, t('web.options')),
    asOfField(c),
    wide(field(t('web.ageBands'), bands)),
    custom
      ? field(
          t('web.ageBands.custom'),
          textInput('age-bands-list', state.ageBands, (v) => {
            state.ageBands = v.trim() || 'bnv';
            changed();
          }),
        )
      : null,
    field(
      t('web.filterCategory'),
      select('filter-category', state.category, keys('category'), (v) => {
        state.category = v;
        changed();
      }),
    ),
    field(
      t('web.filterLevel'),
      select('filter-level', state.level, keys('level'), (v) => {
        state.level = v;
        changed();
      }),
    ),
    field(
      t('web.filterUnit'),
      textInput('filter-unit', state.unit, (v) => {
        state.unit = v;
        changed();
      }),
    ),
    field(
      t('web.filterPosition'),
      textInput('filter-position', state.position, (v) => {
        state.position = v;
        changed();
      }),
    ),
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        id: 'by-unit',
        checked: state.byUnit,
        onchange: (ev: Event) => {
          state.byUnit = (ev.target as HTMLInputElement).checked;
          changed();
        },
      }),
      ` ${t('web.byUnit')}`,
    ),
  );
}
