import { ui } from '../vocab/ui.js';
import { takeTyped, type Controls } from './controls.js';
import { h } from './dom.js';
import { addFiles, fileList } from './file-list.js';
import { optionsForm } from './options-form.js';
import { initialState, pageOptions, planJob } from './page-state.js';
import type { DownloadAsk } from './protocol.js';
import { RowRate } from '../render/row-rate.js';
import { resultView } from './result-view.js';
import { saveFile } from './save-file.js';
import { statusView } from './status-view.js';
import { workerClient } from './worker-client.js';

/** Starts the page: controls, the worker that reads, and the results. */
export function startPage(root: HTMLElement, scriptText: string): void {
  const state = initialState();
  const t = (id: string, vars: Record<string, string | number> = {}): string => ui(id, state.lang, vars);
  const worker = workerClient(scriptText);
  // For a person nothing; for the end-to-end test: is a run going, how many ended, which one is shown, the last one started, how many were cancelled,
  // how many sheets the one shown read on a second thread.
  const mark = (key: 'busy' | 'runs' | 'shown' | 'started' | 'cancelled' | 'threads', value: string | number): void =>
    void (document.body.dataset[key] = String(value));

  // While the files given are being taken, what was typed is taken too, without a run of its own.
  let taking = false;
  const controls: Controls = {
    state,
    t,
    changed: (redraw = false) => {
      if (taking) return;
      if (redraw) drawControls();
      run();
    },
  };

  function run(): void {
    const plan = state.asOfInvalid ? {} : planJob(state);
    if (!plan.job) {
      // Nothing to run (no file, one period, a date that is not a date): a run still reading is stopped.
      worker.cancel();
      mark('cancelled', worker.cancelled);
      state.running = false;
      mark('busy', 'false');
      if (!state.asOfInvalid) {
        state.result = undefined;
        state.error = plan.needTwo ? { line: t('web.needTwo'), detail: '', title: 'run' } : undefined;
      }
      draw();
      return;
    }
    state.running = true;
    state.progress = undefined;
    state.rate = undefined;
    state.error = undefined;
    const rate = new RowRate();
    mark('busy', 'true');
    const id = worker.run(
      plan.job,
      pageOptions(state),
      (p) => {
        state.progress = p;
        state.rate = rate.at(p.rows, p.ms);
        drawStatus();
      },
      (end) => {
        state.running = false;
        mark('busy', 'false');
        mark('runs', Number(document.body.dataset.runs ?? 0) + 1);
        mark('shown', id);
        mark('threads', end.type === 'result' ? end.result.threads : 0);
        state.result = end.type === 'result' ? end.result : undefined;
        state.error = end.type === 'error' ? end.error : undefined;
        draw();
      },
    );
    mark('started', id);
    mark('cancelled', worker.cancelled);
    drawStatus();
  }

  function download(d: DownloadAsk): void {
    worker.download(d, (end) => {
      if (end.type === 'file') return saveFile(end.name, end.mime, end.data);
      state.error = end.error;
      drawStatus();
    });
  }

  function onFiles(list: FileList | File[]): void {
    taking = true;
    try {
      takeTyped(controlsBox);
    } finally {
      taking = false;
    }
    const refused = addFiles(controls, list);
    state.notice = refused.length ? refused.join('\n') : undefined;
    drawControls();
    run();
  }

  // Layout: header, controls, status (progress / error), results.
  const header = h('header', { class: 'top' });
  const controlsBox = h('section', { class: 'controls' });
  const status = h('section', { class: 'status', 'aria-live': 'polite' });
  const results = h('main', { class: 'results' });
  const footer = h('footer', { class: 'foot' });
  root.replaceChildren(header, controlsBox, status, results, footer);

  root.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    root.classList.add('dragging');
  });
  root.addEventListener('dragleave', () => root.classList.remove('dragging'));
  root.addEventListener('drop', (ev) => {
    ev.preventDefault();
    root.classList.remove('dragging');
    if (ev.dataTransfer?.files.length) onFiles(ev.dataTransfer.files);
  });

  function drawHeader(): void {
    const lang = h('button', { type: 'button', class: 'lang', id: 'lang' }, t('web.lang'));
    lang.addEventListener('click', () => {
      state.lang = state.lang === 'vi' ? 'en' : 'vi';
      document.documentElement.lang = state.lang;
      document.title = `cadre-stats — ${t('web.title')}`;
      draw();
      run();
    });
    header.replaceChildren(h('div', {}, h('h1', {}, t('web.title')), h('p', { class: 'offline' }, t('web.offline'))), lang);
    footer.replaceChildren(t('web.footer', { version: __CADRE_STATS_VERSION__ }));
  }

  function drawControls(): void {
    controlsBox.replaceChildren(...fileList(controls, onFiles), optionsForm(controls));
  }

  function drawStatus(): void {
    status.replaceChildren(...statusView(state, t));
    // While a newer run reads, or while the date typed is no date, the result shown is an earlier run's:
    // dimmed, and its buttons (downloads) cannot be used.
    const stale = state.running || state.asOfInvalid;
    results.classList.toggle('stale', stale);
    results.inert = stale;
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
