import type { Lang } from '../model/options.js';
import type { SourceSheet } from '../report/types.js';
import { formatCount } from '../render/format-number.js';
import { FORM_IDS, FORMS } from '../vocab/forms.js';
import { ui } from '../vocab/ui.js';
import { h, textTable } from './dom.js';
import type { DownloadAsk, RunResult } from './protocol.js';

const ROWS_SHOWN = 30;

/** The HTML report (the CLI's `--format html`) inside a shadow root, so its styles and the page's stay apart. */
function reportFrame(html: string): HTMLElement {
  const host = h('div', { class: 'report', id: 'report' });
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const shadow = host.attachShadow({ mode: 'open' });
  // The report's page-wide rules (its Times New Roman, its A4 width) are for its own <html> and <body>,
  // which a shadow root has not: they go to the frame itself (:host).
  for (const style of Array.from(doc.head.querySelectorAll('style'))) {
    style.textContent = (style.textContent ?? '').replace(/(^|\n)(?:html|body) \{/g, '$1:host {');
    shadow.append(style);
  }
  shadow.append(...Array.from(doc.body.childNodes));
  return host;
}

function problemsView(result: RunResult, lang: Lang): HTMLElement {
  const t = (id: string, vars: Record<string, string | number> = {}): string => ui(id, lang, vars);
  const problems = result.problems;
  const title = t('web.problems', { n: formatCount(result.problemCount, lang) });
  if (result.problemCount === 0) return h('section', { id: 'problems' }, h('h2', {}, title), h('p', {}, t('web.noProblems')));
  return h(
    'section',
    { id: 'problems' },
    h(
      'details',
      {},
      h(
        'summary',
        {},
        h('h2', {}, title),
        problems.length < result.problemCount ? ` ${t('web.problemsShown', { shown: formatCount(problems.length, lang) })}` : '',
      ),
      textTable(
        [t('web.col.file'), t('web.col.sheet'), t('web.col.cell'), t('web.col.field'), t('web.col.value'), t('web.col.message')],
        problems.map((p) => [p.file, p.sheet, p.cell, p.field, p.value, p.message]),
      ),
    ),
  );
}

function skippedView(sources: readonly SourceSheet[], lang: Lang): HTMLElement | null {
  const t = (id: string, vars: Record<string, string | number> = {}): string => ui(id, lang, vars);
  const rows: string[][] = [];
  let n = 0;
  for (const s of sources) {
    const byReason = new Map<string, number[]>();
    for (const r of s.skipped) byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r.row]);
    for (const [reason, list] of byReason) {
      n += list.length;
      const shown = list.slice(0, ROWS_SHOWN).join(', ') + (list.length > ROWS_SHOWN ? `, ${t('web.more', { n: list.length - ROWS_SHOWN })}` : '');
      rows.push([s.file, s.sheet, t(`web.reason.${reason}`), formatCount(list.length, lang), shown]);
    }
  }
  if (rows.length === 0) return null;
  return h(
    'section',
    { id: 'skipped' },
    h(
      'details',
      {},
      h('summary', {}, h('h2', {}, t('web.skipped', { n: formatCount(n, lang) }))),
      textTable([t('web.col.file'), t('web.col.sheet'), t('web.col.reason'), t('web.col.count'), t('web.col.rows')], rows, [3]),
    ),
  );
}

function columnsView(sources: readonly SourceSheet[], lang: Lang): HTMLElement | null {
  const t = (id: string): string => ui(id, lang);
  const rows = sources.flatMap((s) => s.columns.map((c) => [s.file, s.sheet, c.field, c.column, c.title]));
  if (rows.length === 0) return null;
  return h(
    'section',
    { id: 'columns' },
    h(
      'details',
      {},
      h('summary', {}, h('h2', {}, t('web.columns'))),
      textTable([t('web.col.file'), t('web.col.sheet'), t('web.col.field'), t('web.col.column'), t('web.col.title')], rows),
    ),
  );
}

function downloadsView(lang: Lang, withForm: boolean, download: (d: DownloadAsk) => void): HTMLElement {
  const t = (id: string): string => ui(id, lang);
  const form = h(
    'select',
    { id: 'dl-form' },
    h('option', { value: '' }, t('web.dl.noForm')),
    ...FORM_IDS.map((id) => h('option', { value: id }, FORMS[id].code)),
  );
  const button = (id: string, label: string, d: () => DownloadAsk) => h('button', { type: 'button', id, onclick: () => download(d()) }, label);
  return h(
    'section',
    { class: 'downloads', id: 'downloads' },
    h('h2', {}, t('web.downloads')),
    h(
      'div',
      { class: 'row' },
      button('dl-xlsx', t('web.dl.xlsx'), () => ({ format: 'xlsx', csvLocale: 'default', form: (form.value || undefined) as DownloadAsk['form'] })),
      withForm ? h('label', {}, `${t('web.dl.form')}: `, form) : null,
      button('dl-csv', t('web.dl.csv'), () => ({ format: 'csv', csvLocale: 'default' })),
      button('dl-csv-vi', t('web.dl.csvVi'), () => ({ format: 'csv', csvLocale: 'vi' })),
      button('dl-html', t('web.dl.html'), () => ({ format: 'html', csvLocale: 'default' })),
      button('dl-json', t('web.dl.json'), () => ({ format: 'json', csvLocale: 'default' })),
    ),
  );
}

/** Everything shown for a result: notes, the paragraph, downloads, the tables and charts, and what could not be read. */
export function resultView(result: RunResult, lang: Lang, download: (d: DownloadAsk) => void): HTMLElement[] {
  const t = (id: string): string => ui(id, lang);
  const paragraph = h('p', { class: 'paragraph', id: 'paragraph' }, result.paragraph.trim());
  const copy = h(
    'button',
    {
      type: 'button',
      id: 'copy',
      onclick: () => {
        void navigator.clipboard?.writeText(result.paragraph.trim()).then(() => (copy.textContent = t('web.copied')));
      },
    },
    t('web.copy'),
  );
  return [
    result.notes.length
      ? h('section', { class: 'notes', id: 'notes' }, h('h2', {}, t('web.notes')), h('ul', {}, ...result.notes.map((n) => h('li', {}, n))))
      : null,
    h('section', { class: 'para' }, h('h2', {}, t('web.paragraph'), ' ', copy), paragraph),
    downloadsView(lang, result.kind === 'summary', download),
    h('section', { class: 'report-section' }, h('h2', {}, t('web.report')), reportFrame(result.html)),
    problemsView(result, lang),
    skippedView(result.sources, lang),
    columnsView(result.sources, lang),
  ].filter((x): x is HTMLElement => x !== null);
}
