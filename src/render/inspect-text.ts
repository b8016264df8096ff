import type { Inspection, SheetInspection } from '../report/inspection.js';
import type { Lang } from '../model/options.js';
import { say } from '../vocab/sayings.js';
import { ui } from '../vocab/ui.js';
import type { Grid } from './summary-text.js';
import { dmy } from './as-of-dates.js';

function range(rows: number[]): string {
  if (rows.length === 0) return '—';
  const first = rows[0];
  const last = rows[rows.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

/** The line about formulas saved without their result, if the sheet has any. */
function formulaLines(s: SheetInspection, lang: Lang): string[] {
  const f = s.formulasWithoutValue;
  if (!f) return [];
  const cells = f.cells.join(', ') + (f.count > f.cells.length ? ', …' : '');
  return [ui('inspect.formulas', lang, { n: f.count, cells })];
}

/**
 * The lines and grids `inspect` prints for one sheet, in `lang` (Vietnamese by default, like every
 * output); field keys and column letters stay as the options (--map, --where) take them.
 */
export function inspectSheet(s: SheetInspection, lang: Lang): { lines: string[]; grids: Grid[] } {
  const t = (id: string, vars: Record<string, string | number> = {}): string => ui(`inspect.${id}`, lang, vars);
  if (s.skippedAs === 'sample') return { lines: [t('sample', { sheet: s.sheet })], grids: [] };
  if (!s.roster) {
    const line = s.scannedRows ? t('notRoster', { sheet: s.sheet, range: `${s.scannedRows[0]}–${s.scannedRows[1]}` }) : t('emptySheet', { sheet: s.sheet });
    return { lines: [line, ...formulaLines(s, lang)], grids: [] };
  }
  const header = {
    header: range(s.headerRows),
    headers: s.headerRows.length,
    numbering: s.numberingRow ? t('numbering', { row: s.numberingRow }) : '',
  };
  const lines = [
    t('people', { sheet: s.sheet, hidden: s.hidden ? t('hidden') : '', n: s.records }),
    // A form with its header and no one in it yet (a template) has no data rows.
    s.firstDataRow === null || s.lastDataRow === null
      ? t('headerRowsNoData', { ...header })
      : t('headerRows', { ...header, data: range([s.firstDataRow, s.lastDataRow]), datas: s.lastDataRow - s.firstDataRow + 1 }),
  ];
  if (s.titleText.length) lines.push(t('title', { text: s.titleText.join(' / ') }));
  const reason = (r: string): string => t(`skip.${r}`);
  const skipped = Object.entries(s.skipped).map(([r, n]) => `${reason(r)} ${n}`);
  lines.push(t('skipped', { list: skipped.length ? skipped.join(', ') : t('none') }));
  const byReason = new Map<string, number[]>();
  for (const r of s.skippedRows) if (r.reason !== 'title' && r.reason !== 'header') byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r.row]);
  for (const [r, rows] of byReason)
    lines.push(t('skippedRows', { reason: reason(r), n: rows.length, rows: `${rows.slice(0, 12).join(', ')}${rows.length > 12 ? ', …' : ''}` }));
  for (const a of s.assumptions) lines.push(t('assumed', { text: say(a, lang) }));
  for (const m of s.suggestions) lines.push(t('closeCall', { map: m }));
  const names: Record<string, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };
  for (const enc of [...new Set(s.converted.map((c) => c.encoding))]) {
    const columns = s.converted
      .filter((c) => c.encoding === enc)
      .map((c) => c.column)
      .join(', ');
    lines.push(t('converted', { encoding: names[enc] ?? enc, columns }));
  }
  lines.push(...formulaLines(s, lang));
  const grids: Grid[] = [
    {
      title: t('columns'),
      head: [t('col'), t('colTitle'), t('field')],
      rows: s.columns.map((c) => [c.letter, c.title, c.field ?? t('ignored')]),
      align: ['l', 'l', 'l'],
    },
  ];
  if (s.evidence.length) {
    const pct = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);
    const score = (x: number): string => (lang === 'vi' ? String(x).replace('.', ',') : String(x));
    grids.push({
      title: t('choice'),
      head: [t('field'), t('col'), t('colTitle'), t('byTitle'), t('content'), t('fill'), t('score'), t('decision')],
      rows: s.evidence.flatMap((e) =>
        e.candidates.map((c, i) => [
          i === 0 ? e.field : '',
          c.column,
          c.title,
          `${score(c.titleScore)} ${say(c.how, lang)}`,
          pct(c.share),
          pct(c.fill),
          score(c.score),
          c.column === e.chosen ? t('chosen') : c.rejected ? say(c.rejected, lang) : t('beaten'),
        ]),
      ),
      align: ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'l'],
    });
  }
  if (s.unrecognised.length) {
    grids.push({
      title: t('unrecognised'),
      head: [t('field'), t('value'), t('count'), t('cells')],
      rows: s.unrecognised.map((u) => [u.field, u.value, String(u.count), u.cells.join(', ') + (u.count > u.cells.length ? ', …' : '')]),
      align: ['l', 'l', 'r', 'l'],
    });
  }
  if (s.units) {
    const how = (h: string): string => t(`how.${h}`);
    const counts = ['official', 'config', 'ambiguous', 'none'].map((h) => `${how(h)} ${s.units!.filter((u) => u.how === h).length}`);
    lines.push(t('unitsLine', { counts: counts.join(', ') }));
    grids.push({
      title: t('units'),
      head: [t('read'), t('inForce'), t('how')],
      rows: s.units.map((u) => [u.read, u.mappedTo ?? (u.candidates ? `? ${u.candidates.join(' / ')}` : '—'), how(u.how)]),
      align: ['l', 'l', 'l'],
    });
  }
  return { lines, grids };
}

/** Everything `inspect` prints, as blocks of lines and grids (drawn by the table renderer), in `lang`. */
export function inspectBlocks(inspection: Inspection, lang: Lang): Array<{ lines: string[]; grids: Grid[] }> {
  const t = (id: string, vars: Record<string, string | number> = {}): string => ui(`inspect.${id}`, lang, vars);
  // Day/month/year in both languages, as summarize's "Tuổi tính đến ngày" / "Ages as of" line says it.
  const asOf = dmy(inspection.asOf);
  const head = { lines: [t('head', { file: inspection.file, n: inspection.sheets.length, asOf })], grids: [] };
  const blocks = [head, ...inspection.sheets.map((s) => inspectSheet(s, lang))];
  const e = inspection.eligibility;
  if (e) {
    const h = (id: string): string => t(`h.${id}`);
    blocks.push({
      lines: [t('eligibility', { checked: e.checked, n: e.shortfalls.length })],
      grids: e.shortfalls.length
        ? [
            {
              title: t('shortfalls'),
              head: [h('sheet'), h('row'), h('name'), h('term'), h('level'), h('born'), h('reference'), h('retires'), h('monthsLeft'), h('needed'), h('why')],
              rows: e.shortfalls.map((x) => [
                x.sheet,
                String(x.row),
                x.name,
                x.term,
                x.level,
                x.birth ?? '—',
                x.reference ?? '—',
                x.retires ?? '—',
                x.monthsLeft === null ? '—' : String(x.monthsLeft),
                String(x.needed),
                t(`why.${x.reason}`),
              ]),
              align: ['l', 'r', 'l', 'l', 'l', 'l', 'l', 'l', 'r', 'r', 'l'],
            },
          ]
        : [],
    });
  }
  return blocks;
}
