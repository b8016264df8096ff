import type { Inspection, SheetInspection } from '../report/inspection.js';
import type { Grid } from './summary-text.js';

function range(rows: number[]): string {
  if (rows.length === 0) return '—';
  return rows.length === 1 ? String(rows[0]) : `${rows[0]}–${rows[rows.length - 1]}`;
}

/** The line about formulas saved without their result, if the sheet has any. */
function formulaLines(s: SheetInspection): string[] {
  const f = s.formulasWithoutValue;
  if (!f) return [];
  const cells = f.cells.join(', ') + (f.count > f.cells.length ? ', …' : '');
  return [`  formulas without a saved result, read as empty: ${f.count} (${cells}): open the file in Excel and save it again`];
}

/** The lines and grids `inspect` prints for one sheet (English: it is a diagnostic for whoever fixes the file). */
export function inspectSheet(s: SheetInspection): { lines: string[]; grids: Grid[] } {
  if (s.skippedAs === 'sample') {
    return { lines: [`sheet '${s.sheet}': skipped — its name says it holds examples, instructions or codes (read it with --sheet '${s.sheet}')`], grids: [] };
  }
  if (!s.roster) {
    const scanned = s.scannedRows ? `rows ${s.scannedRows[0]}–${s.scannedRows[1]}` : 'no rows';
    return {
      lines: [`sheet '${s.sheet}': not a roster — no header with "Họ và tên" and two other known columns in ${scanned}`, ...formulaLines(s)],
      grids: [],
    };
  }
  const lines = [
    `sheet '${s.sheet}'${s.hidden ? ' (hidden)' : ''}: ${s.records} people`,
    `  header rows ${range(s.headerRows)}${s.numberingRow ? `, numbering row ${s.numberingRow}` : ''}, data rows ${s.firstDataRow ?? '—'}–${s.lastDataRow ?? '—'}`,
  ];
  if (s.titleText.length) lines.push(`  title: ${s.titleText.join(' / ')}`);
  const skipped = Object.entries(s.skipped).map(([reason, n]) => `${reason} ${n}`);
  lines.push(`  skipped rows: ${skipped.length ? skipped.join(', ') : 'none'}`);
  const byReason = new Map<string, number[]>();
  for (const r of s.skippedRows) if (r.reason !== 'title' && r.reason !== 'header') byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r.row]);
  for (const [reason, rows] of byReason) lines.push(`    ${reason}: rows ${rows.slice(0, 12).join(', ')}${rows.length > 12 ? ', …' : ''}`);
  for (const a of s.assumptions) lines.push(`  assumed: ${a}`);
  for (const m of s.suggestions) lines.push(`  close call: if the choice below is wrong, try ${m}`);
  const names: Record<string, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };
  for (const enc of [...new Set(s.converted.map((c) => c.encoding))]) {
    lines.push(
      `  converted to Unicode from ${names[enc] ?? enc}: columns ${s.converted
        .filter((c) => c.encoding === enc)
        .map((c) => c.column)
        .join(', ')}`,
    );
  }
  lines.push(...formulaLines(s));
  const grids: Grid[] = [
    {
      title: 'columns',
      head: ['col', 'title', 'field'],
      rows: s.columns.map((c) => [c.letter, c.title, c.field ?? 'ignored']),
      align: ['l', 'l', 'l'],
    },
  ];
  if (s.evidence.length) {
    const pct = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);
    grids.push({
      title: 'column choice (score from title, content share and fill; weights in src/vocab/evidence.json)',
      head: ['field', 'col', 'title', 'by title', 'content', 'fill', 'score', 'decision'],
      rows: s.evidence.flatMap((e) =>
        e.candidates.map((c, i) => [
          i === 0 ? e.field : '',
          c.column,
          c.title,
          `${c.titleScore} ${c.how}`,
          pct(c.share),
          pct(c.fill),
          String(c.score),
          c.column === e.chosen ? 'chosen' : (c.rejected ?? 'beaten'),
        ]),
      ),
      align: ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'l'],
    });
  }
  if (s.unrecognised.length) {
    grids.push({
      title: 'values not recognised',
      head: ['field', 'value', 'count', 'cells'],
      rows: s.unrecognised.map((u) => [u.field, u.value, String(u.count), u.cells.join(', ') + (u.count > u.cells.length ? ', …' : '')]),
      align: ['l', 'l', 'r', 'l'],
    });
  }
  if (s.units) {
    const counts = ['official', 'config', 'ambiguous', 'none'].map((h) => `${h} ${s.units!.filter((u) => u.how === h).length}`);
    lines.push(`  units in force: ${counts.join(', ')}`);
    grids.push({
      title: 'units (as read → in force)',
      head: ['read', 'in force', 'how'],
      rows: s.units.map((u) => [u.read, u.mappedTo ?? (u.candidates ? `? ${u.candidates.join(' / ')}` : '—'), u.how]),
      align: ['l', 'l', 'l'],
    });
  }
  return { lines, grids };
}

/** Everything `inspect` prints, as blocks of lines and grids (drawn by the table renderer). */
export function inspectBlocks(inspection: Inspection): Array<{ lines: string[]; grids: Grid[] }> {
  const head = { lines: [`${inspection.file}: ${inspection.sheets.length} sheet(s); ages as of ${inspection.asOf}`], grids: [] };
  const blocks = [head, ...inspection.sheets.map(inspectSheet)];
  const e = inspection.eligibility;
  if (e) {
    const reasons: Record<string, string> = {
      short: 'too little service left',
      no_birth: 'no birth month',
      no_gender: 'no gender',
      no_reference: 'no reference date for this level: give --congress-date',
    };
    blocks.push({
      lines: [`eligibility: ${e.checked} people marked tái cử or lần đầu, ${e.shortfalls.length} fall short of the congress age rule (or cannot be told)`],
      grids: e.shortfalls.length
        ? [
            {
              title: 'falling short',
              head: ['sheet', 'row', 'name', 'term', 'level', 'born', 'reference', 'retires', 'months left', 'needed', 'why'],
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
                reasons[x.reason] ?? x.reason,
              ]),
              align: ['l', 'r', 'l', 'l', 'l', 'l', 'l', 'l', 'r', 'r', 'l'],
            },
          ]
        : [],
    });
  }
  return blocks;
}
