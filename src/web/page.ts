import { CATEGORY_KEYS } from '../model/dimensions.js';
import type { Lang } from '../model/options.js';
import { categoryLabel } from '../normalize/classify.js';
import { formatCount } from '../render/format-number.js';
import { parseAgeBands, presetNames } from '../stats/age-bands.js';
import { ui } from '../vocab/ui.js';
import { h } from './dom.js';
import type { DownloadAsk, FromWorker, Job, PageError, PageFile, PageOptions, RunResult, ToWorker } from './protocol.js';
import { resultView } from './result-view.js';

/** The age-band presets, each shown with its bands ("bnv: 0-30, 31-40, …"). */
const AGE_PRESETS = presetNames();

interface Entry {
  file: PageFile;
  /** 1-based period in a comparison. */
  period: number;
}

interface State {
  lang: Lang;
  mode: Job['kind'];
  entries: Entry[];
  labels: string[];
  asOf: string;
  ageBands: string;
  category: string;
  level: string;
  unit: string;
  position: string;
  byUnit: boolean;
  result?: RunResult;
  error?: PageError;
  progress?: Extract<FromWorker, { type: 'progress' }>;
  running: boolean;
}

/** The `--where` conditions the filters stand for. */
function whereOf(s: State): string[] {
  return [
    ...(s.category ? [`category=${s.category}`] : []),
    ...(s.level ? [`level=${s.level}`] : []),
    ...(s.unit.trim() ? [`unit~${s.unit.trim()}`] : []),
    ...(s.position.trim() ? [`position~${s.position.trim()}`] : []),
  ];
}

/** Starts the page: controls, the worker that reads, and the results. */
export function startPage(root: HTMLElement, scriptText: string): void {
  const state: State = {
    lang: 'vi',
    mode: 'summary',
    entries: [],
    labels: [],
    asOf: '',
    ageBands: 'bnv',
    category: '',
    level: '',
    unit: '',
    position: '',
    byUnit: false,
    running: false,
  };
  const t = (id: string, vars: Record<string, string | number> = {}): string => ui(id, state.lang, vars);
  const worker = new Worker(URL.createObjectURL(new Blob([scriptText], { type: 'text/javascript' })));
  let nextId = 1;
  let runId = 0;
  const pending = new Map<number, (msg: FromWorker) => void>();
  worker.onmessage = (ev: MessageEvent<FromWorker>) => pending.get(ev.data.id)?.(ev.data);

  function ask(msg: ToWorker, onMessage: (msg: FromWorker) => void): void {
    pending.set(msg.id, onMessage);
    worker.postMessage(msg);
  }

  function run(): void {
    if (state.entries.length === 0) {
      state.result = undefined;
      state.error = undefined;
      draw();
      return;
    }
    let job: Job;
    if (state.mode === 'summary') job = { kind: 'summary', files: state.entries.map((e) => e.file) };
    else {
      const used = [...new Set(state.entries.map((e) => e.period))].sort((a, b) => a - b);
      if (used.length < 2) {
        state.result = undefined;
        state.error = { line: t('web.needTwo'), detail: '' };
        draw();
        return;
      }
      job = {
        kind: 'compare',
        periods: used.map((p) => ({
          label: state.labels[p - 1]?.trim() || undefined,
          files: state.entries.filter((e) => e.period === p).map((e) => e.file),
        })),
      };
    }
    const options: PageOptions = { lang: state.lang, asOf: state.asOf, ageBands: state.ageBands, where: whereOf(state), byUnit: state.byUnit };
    const id = nextId++;
    runId = id;
    state.running = true;
    state.progress = undefined;
    state.error = undefined;
    // For a person nothing; for the end-to-end test, which run the page is showing.
    document.body.dataset.busy = 'true';
    drawStatus();
    ask({ type: 'run', id, job, options }, (msg) => {
      if (id !== runId) return;
      if (msg.type === 'progress') {
        state.progress = msg;
        drawStatus();
        return;
      }
      pending.delete(id);
      state.running = false;
      document.body.dataset.busy = 'false';
      document.body.dataset.runs = String(Number(document.body.dataset.runs ?? 0) + 1);
      if (msg.type === 'result') {
        state.result = msg.result;
        state.error = undefined;
      } else if (msg.type === 'error') {
        state.result = undefined;
        state.error = msg.error;
      }
      draw();
    });
  }

  function download(d: DownloadAsk): void {
    const id = nextId++;
    ask({ type: 'download', id, ask: d }, (msg) => {
      if (msg.type === 'progress') return;
      pending.delete(id);
      if (msg.type === 'error') {
        state.error = msg.error;
        drawStatus();
        return;
      }
      if (msg.type !== 'file') return;
      const url = URL.createObjectURL(new Blob([msg.data as BlobPart], { type: msg.mime }));
      const a = h('a', { href: url, download: msg.name, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });
  }

  function addFiles(list: FileList | File[]): void {
    const errors: string[] = [];
    for (const f of Array.from(list)) {
      if (state.entries.some((e) => e.file.name === f.name)) {
        errors.push(t('web.sameName', { file: f.name }));
        continue;
      }
      state.entries.push({ file: { name: f.name, blob: f }, period: state.entries.length + 1 });
    }
    if (errors.length) {
      state.error = { line: errors.join('\n'), detail: '' };
      drawStatus();
    }
    drawControls();
    run();
  }

  // Layout: header, controls, status (progress / error), results.
  const header = h('header', { class: 'top' });
  const controls = h('section', { class: 'controls' });
  const status = h('section', { class: 'status', 'aria-live': 'polite' });
  const results = h('main', { class: 'results' });
  const footer = h('footer', { class: 'foot' });
  root.replaceChildren(header, controls, status, results, footer);

  root.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    root.classList.add('dragging');
  });
  root.addEventListener('dragleave', () => root.classList.remove('dragging'));
  root.addEventListener('drop', (ev) => {
    ev.preventDefault();
    root.classList.remove('dragging');
    if (ev.dataTransfer?.files.length) addFiles(ev.dataTransfer.files);
  });

  function drawHeader(): void {
    header.replaceChildren(
      h('div', {}, h('h1', {}, t('web.title')), h('p', { class: 'offline' }, t('web.offline'))),
      h(
        'button',
        {
          type: 'button',
          class: 'lang',
          id: 'lang',
          onclick: () => {
            state.lang = state.lang === 'vi' ? 'en' : 'vi';
            document.documentElement.lang = state.lang;
            draw();
            run();
          },
        },
        t('web.lang'),
      ),
    );
    footer.replaceChildren(t('web.footer', { version: __CADRE_STATS_VERSION__ }));
  }

  function select(id: string, value: string, choices: Array<[string, string]>, onchange: (v: string) => void): HTMLSelectElement {
    const el = h('select', { id, onchange: () => onchange(el.value) }, ...choices.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
    return el;
  }

  function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
    return h('label', { class: 'field' }, h('span', { class: 'label' }, label), control, hint ? h('small', {}, hint) : null);
  }

  function drawControls(): void {
    const input = h('input', { type: 'file', id: 'files', multiple: true, accept: '.xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt', hidden: true });
    input.addEventListener('change', () => {
      if (input.files?.length) addFiles(input.files);
      input.value = '';
    });
    const drop = h(
      'div',
      { class: 'drop', id: 'drop' },
      h('span', {}, t('web.drop')),
      ' ',
      h('button', { type: 'button', class: 'primary', onclick: () => input.click() }, t('web.choose')),
      input,
    );
    const modes = h(
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
              drawControls();
              run();
            },
          }),
          ` ${t(`web.mode.${m}`)}`,
        ),
      ),
    );
    const n = state.entries.length;
    const fileRows = state.entries.map((e, i) =>
      h(
        'li',
        {},
        h('span', { class: 'name' }, e.file.name),
        h('span', { class: 'size' }, `${formatCount(Math.max(1, Math.round(e.file.blob.size / 1024)), state.lang)} KB`),
        state.mode === 'compare'
          ? select(
              `period-${i}`,
              String(e.period),
              Array.from({ length: Math.max(n, 2) }, (_, p) => [String(p + 1), `${t('web.period')} ${p + 1}`]),
              (v) => {
                e.period = Number(v);
                drawControls();
                run();
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
              drawControls();
              run();
            },
          },
          t('web.remove'),
        ),
      ),
    );
    const periods = state.mode === 'compare' ? [...new Set(state.entries.map((e) => e.period))].sort((a, b) => a - b) : [];
    const labelInputs = periods.map((p) => {
      const el = h('input', { type: 'text', id: `label-${p}`, value: state.labels[p - 1] ?? '' });
      el.addEventListener('change', () => {
        state.labels[p - 1] = el.value;
        run();
      });
      return field(t('web.periodLabel', { n: p }), el);
    });
    const text = (id: string, value: string, set: (v: string) => void): HTMLInputElement => {
      const el = h('input', { type: 'text', id, value });
      el.addEventListener('change', () => {
        set(el.value);
        run();
      });
      return el;
    };
    const asOf = h('input', { type: 'date', id: 'as-of', value: state.asOf });
    asOf.addEventListener('change', () => {
      state.asOf = asOf.value;
      run();
    });
    const custom = !AGE_PRESETS.includes(state.ageBands);
    const bands = select(
      'age-bands',
      custom ? 'custom' : state.ageBands,
      [...AGE_PRESETS.map((p): [string, string] => [p, `${p}: ${parseAgeBands(p).keys.join(', ')}`]), ['custom', t('web.ageBands.custom')]],
      (v) => {
        state.ageBands = v === 'custom' ? '30,40,50,60' : v;
        drawControls();
        run();
      },
    );
    const keys = (dim: 'category' | 'level'): Array<[string, string]> => [
      ['', t('web.any')],
      ...CATEGORY_KEYS[dim].filter((k) => k !== 'unknown').map((k): [string, string] => [k, categoryLabel(dim, k, state.lang)]),
    ];
    controls.replaceChildren(
      drop,
      n
        ? h(
            'div',
            { class: 'files' },
            h('h2', {}, t('web.files')),
            h('ul', { id: 'file-list' }, ...fileRows),
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                id: 'clear',
                onclick: () => {
                  state.entries = [];
                  drawControls();
                  run();
                },
              },
              t('web.clear'),
            ),
          )
        : h('p', { class: 'empty' }, t('web.empty')),
      modes,
      ...labelInputs,
      h(
        'fieldset',
        { class: 'options' },
        h('legend', {}, t('web.options')),
        field(t('web.asOf'), asOf, t('web.asOfHint')),
        field(t('web.ageBands'), bands),
        custom
          ? field(
              t('web.ageBands.custom'),
              text('age-bands-list', state.ageBands, (v) => (state.ageBands = v.trim() || 'bnv')),
            )
          : null,
        field(
          t('web.filterCategory'),
          select('filter-category', state.category, keys('category'), (v) => {
            state.category = v;
            run();
          }),
        ),
        field(
          t('web.filterLevel'),
          select('filter-level', state.level, keys('level'), (v) => {
            state.level = v;
            run();
          }),
        ),
        field(
          t('web.filterUnit'),
          text('filter-unit', state.unit, (v) => (state.unit = v)),
        ),
        field(
          t('web.filterPosition'),
          text('filter-position', state.position, (v) => (state.position = v)),
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
              run();
            },
          }),
          ` ${t('web.byUnit')}`,
        ),
      ),
    );
  }

  function drawStatus(): void {
    const parts: HTMLElement[] = [];
    const p = state.progress;
    if (state.running) {
      const share = p?.bytes !== undefined && p.totalBytes ? p.bytes / p.totalBytes : undefined;
      const rate = p && p.ms > 0 ? Math.round((p.rows * 1000) / p.ms) : 0;
      parts.push(
        h(
          'div',
          { class: 'progress', id: 'progress' },
          h('progress', share === undefined ? {} : { max: 1, value: share }),
          h(
            'span',
            {},
            p
              ? `${t('web.reading', { file: `${p.file} › ${p.sheet}` })}: ${t('web.rate', { rows: formatCount(p.rows, state.lang), rate: formatCount(rate, state.lang) })}`
              : t('web.reading', { file: '…' }),
          ),
        ),
      );
    } else if (state.result) {
      const seconds = (state.result.ms / 1000).toLocaleString(state.lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
      parts.push(h('p', { class: 'done', id: 'done' }, t('web.doneIn', { rows: formatCount(state.result.rows, state.lang), seconds })));
    }
    if (state.error) {
      parts.push(
        h(
          'div',
          { class: 'error', role: 'alert', id: 'error' },
          h('strong', {}, t('web.errorTitle')),
          h('p', { class: 'line' }, state.error.line),
          state.error.detail ? h('p', { class: 'detail' }, h('small', {}, `${t('web.errorDetail')}: `), h('code', {}, state.error.detail)) : null,
        ),
      );
    }
    status.replaceChildren(...parts);
  }

  function drawResults(): void {
    results.replaceChildren(...(state.result ? resultView(state.result, state.lang, download) : []));
  }

  function draw(): void {
    drawHeader();
    drawControls();
    drawStatus();
    drawResults();
  }

  draw();
}
