import { formatCount } from '../render/format-number.js';
import { field, select, textInput, type Controls } from './controls.js';
import { h } from './dom.js';

/** Adds dropped or chosen files to the list (a second file of the same name is refused: messages name files by name). */
export function addFiles(c: Controls, list: FileList | File[]): string[] {
  const errors: string[] = [];
  for (const f of Array.from(list)) {
    if (c.state.entries.some((e) => e.file.name === f.name)) {
      errors.push(c.t('web.sameName', { file: f.name }));
      continue;
    }
    c.state.entries.push({ file: { name: f.name, blob: f }, period: c.state.entries.length + 1 });
  }
  return errors;
}

/** The drop zone with its "choose files" button. */
function dropZone(c: Controls, onFiles: (files: FileList) => void): HTMLElement {
  const input = h('input', { type: 'file', id: 'files', multiple: true, accept: '.xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt', hidden: true });
  input.addEventListener('change', () => {
    if (input.files?.length) onFiles(input.files);
    input.value = '';
  });
  return h(
    'div',
    { class: 'drop', id: 'drop' },
    h('span', {}, c.t('web.drop')),
    ' ',
    h('button', { type: 'button', class: 'primary', onclick: () => input.click() }, c.t('web.choose')),
    input,
  );
}

/** Summary (one population) or comparison (files assigned to periods). */
function modeChoice({ state, t, changed }: Controls): HTMLElement {
  return h(
    'fieldset',
    { class: 'mode' },
    h('legend', {}, t('web.mode')),
    ...(['summary', 'compare'] as const).map((m) =>
      h(
        'label',
        {},
        h('input', {
          type: 'radio',
          name: 'mode',
          id: `mode-${m}`,
          value: m,
          checked: state.mode === m,
          onchange: () => {
            state.mode = m;
            changed(true);
          },
        }),
        ` ${t(`web.mode.${m}`)}`,
      ),
    ),
  );
}

/** The files given, each with its size, its period in a comparison and a remove button. */
function fileRows({ state, t, changed }: Controls): HTMLElement[] {
  const n = state.entries.length;
  return state.entries.map((e, i) =>
    h(
      'li',
      {},
      h('span', { class: 'name' }, e.file.name),
      // An empty file says so (it was "1 KB", the least a size was rounded up to).
      h(
        'span',
        { class: 'size' },
        e.file.blob.size === 0 ? t('web.emptyFile') : `${formatCount(Math.max(1, Math.round(e.file.blob.size / 1024)), state.lang)} KB`,
      ),
      state.mode === 'compare'
        ? select(
            `period-${i}`,
            String(e.period),
            Array.from({ length: Math.max(n, 2) }, (_, p) => [String(p + 1), `${t('web.period')} ${p + 1}`]),
            (v) => {
              e.period = Number(v);
              changed(true);
            },
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          id: `remove-${i}`,
          onclick: () => {
            state.entries.splice(i, 1);
            changed(true);
          },
        },
        t('web.remove'),
      ),
    ),
  );
}

/** The files part of the controls: drop zone, the list, the mode and, in a comparison, each period's label. */
export function fileList(c: Controls, onFiles: (files: FileList) => void): Array<HTMLElement> {
  const { state, t, changed } = c;
  const periods = state.mode === 'compare' ? [...new Set(state.entries.map((e) => e.period))].sort((a, b) => a - b) : [];
  const labelInputs = periods.map((p) =>
    field(
      t('web.periodLabel', { n: p }),
      textInput(`label-${p}`, state.labels[p - 1] ?? '', (v) => {
        state.labels[p - 1] = v;
        changed();
      }),
    ),
  );
  return [
    dropZone(c, onFiles),
    state.entries.length
      ? h(
          'div',
          { class: 'files' },
          h('h2', {}, t('web.files')),
          h('ul', { id: 'file-list' }, ...fileRows(c)),
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              id: 'clear',
              onclick: () => {
                state.entries = [];
                changed(true);
              },
            },
            t('web.clear'),
          ),
        )
      : h('p', { class: 'empty' }, t('web.empty')),
    modeChoice(c),
    ...labelInputs,
  ];
}
