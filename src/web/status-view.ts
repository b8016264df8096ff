import { formatCount } from '../render/format-number.js';
import { h } from './dom.js';
import type { PageState } from './page-state.js';

/** The status line: the progress bar with rows/s while reading, the time taken when done, and the error if any. */
export function statusView(state: PageState, t: (id: string, vars?: Record<string, string | number>) => string): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const p = state.progress;
  if (state.running) {
    const share = p?.bytes !== undefined && p.totalBytes ? p.bytes / p.totalBytes : undefined;
    const rows = p ? formatCount(p.rows, state.lang) : '';
    parts.push(
      h(
        'div',
        { class: 'progress', id: 'progress' },
        h('progress', share === undefined ? {} : { max: 1, value: share }),
        h(
          'span',
          {},
          p
            ? `${t('web.reading', { file: `${p.file} › ${p.sheet}` })}: ${state.rate === undefined ? t('web.rows', { rows }) : t('web.rate', { rows, rate: formatCount(state.rate, state.lang) })}`
            : t('web.reading', { file: '…' }),
        ),
      ),
    );
  } else if (state.result) {
    const seconds = (state.result.ms / 1000).toLocaleString(state.lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
    parts.push(h('p', { class: 'done', id: 'done' }, t('web.doneIn', { rows: formatCount(state.result.rows, state.lang), seconds })));
  }
  // A date that is no date runs nothing: the figures shown are the last run's, not the options' now.
  if (state.asOfInvalid && state.result && !state.running) parts.push(h('p', { class: 'notice', id: 'stale' }, t('web.stale')));
  if (state.notice) parts.push(h('p', { class: 'notice', id: 'notice', role: 'status' }, state.notice));
  if (state.error) {
    parts.push(
      h(
        'div',
        { class: 'error', role: 'alert', id: 'error' },
        h('strong', {}, t(state.error.title === 'run' ? 'web.errorTitle.run' : 'web.errorTitle')),
        h('p', { class: 'line' }, state.error.line),
        state.error.detail ? h('p', { class: 'detail' }, h('small', {}, `${t('web.errorDetail')}: `), h('code', {}, state.error.detail)) : null,
      ),
    );
  }
  return parts;
}
