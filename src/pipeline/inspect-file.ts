import type { SheetLayout } from '../ingest/types.js';
import { EVIDENCE } from '../ingest/evidence-weights.js';
import { CadreError } from '../model/cadre-error.js';
import type { Config } from '../model/config.js';
import { mapOptionText } from '../model/map-key.js';
import { foldText } from '../normalize/fold-text.js';
import { isoDay, type DayDate, type Lang } from '../model/options.js';
import { createClassifier } from '../normalize/classifier.js';
import { RosterReader } from './load-roster.js';
import { problemsOf, type OpenRoster, type SheetReport } from './roster-events.js';
import type { EligibilityShortfall, FieldEvidence, Inspection, UnrecognisedValue } from '../report/inspection.js';
import { congressFacts, type CongressRules } from '../stats/congress.js';
import type { YearMonth } from '../stats/retirement.js';

/** A sheet's evidence, and the `--map` options worth trying (naming the sheet when `sheet` is given). */
function evidenceOf(layout: SheetLayout | null, sheet?: string): { evidence: FieldEvidence[]; suggestions: string[] } {
  const ev = layout?.evidence;
  if (!ev) return { evidence: [], suggestions: [] };
  const fields = [...new Set(ev.candidates.map((c) => c.field))];
  const evidence = fields.map((field) => {
    const chosen = ev.choices.find((c) => c.field === field);
    const cands = ev.candidates.filter((c) => c.field === field).sort((a, b) => b.score - a.score);
    return {
      field,
      chosen: chosen ? letter(chosen.col) : null,
      candidates: cands.map((c) => ({
        column: letter(c.col),
        title: c.title,
        titleScore: c.titleScore,
        how: c.how,
        share: c.share,
        fill: c.fill,
        score: c.score,
        ...(c.rejected ? { rejected: c.rejected } : {}),
      })),
    };
  });
  const suggestions = ev.choices.flatMap((c) =>
    c.runnerUp && c.score - c.runnerUp.score <= EVIDENCE.thresholds.close ? [mapOptionText(c.field, letter(c.runnerUp.col), sheet)] : [],
  );
  return { evidence, suggestions };
}

const EXAMPLE_CELLS = 5;

function letter(col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Reads one roster and reports what was found, without counting anything. NO_ROSTER_FOUND is returned, not thrown. */
export async function inspectFile(
  file: string,
  opts: {
    open: OpenRoster;
    sheet: string;
    config: Config;
    lang: Lang;
    today: DayDate;
    asOf?: DayDate;
    locality?: string;
    eligibility?: CongressRules;
    units?: { asOf: DayDate; province?: string };
  },
): Promise<{ inspection: Inspection; error?: CadreError }> {
  const unrecognised = new Map<string, Map<string, UnrecognisedValue>>();
  let loadError: CadreError | undefined;
  let sheets: SheetReport[] = [];
  let asOf = opts.asOf ?? opts.today;
  const eligibility = opts.eligibility ? { checked: 0, shortfalls: [] as EligibilityShortfall[] } : undefined;
  const ym = (m: YearMonth | undefined): string | null => (m ? `${m.year}-${String(m.month).padStart(2, '0')}` : null);
  try {
    // Merged ranges read first (a second pass over the sheet): inspect is not timed, and reads once.
    const roster = new RosterReader([file], { ...opts, classifier: createClassifier(opts.lang, opts.config.synonyms), mergesFirst: true });
    for await (const event of roster) {
      if (event.kind !== 'people') continue;
      for (let i = 0; i < event.people.length; i++) {
        const o = event.people[i];
        if (eligibility && opts.eligibility) {
          const f = congressFacts(o, opts.eligibility);
          if (f.eligible !== undefined) eligibility.checked++;
          if (f.eligible === false) {
            const b = o.birth;
            eligibility.shortfalls.push({
              sheet: o.sheet,
              row: o.row,
              name: o.name,
              term: o.term,
              level: o.level,
              gender: o.gender,
              birth: b ? (b.month ? `${b.year}-${String(b.month).padStart(2, '0')}` : String(b.year)) : null,
              reference: ym(f.reference),
              retires: ym(f.retires),
              monthsLeft: f.monthsLeft ?? null,
              needed: f.needed!,
              reason: f.reason!,
            });
          }
        }
        for (const p of problemsOf(event, i)) {
          const bySheet = unrecognised.get(p.sheet) ?? new Map<string, UnrecognisedValue>();
          unrecognised.set(p.sheet, bySheet);
          const key = `${p.field}\u0000${p.value}`;
          const u = bySheet.get(key) ?? { field: p.field, value: p.value, message: p.message, count: 0, cells: [] };
          bySheet.set(key, u);
          u.count++;
          if (u.cells.length < EXAMPLE_CELLS) u.cells.push(p.cell);
        }
      }
    }
    const load = roster.result();
    sheets = load.sheets;
    asOf = load.asOf;
  } catch (err) {
    if (!(err instanceof CadreError) || err.code !== 'NO_ROSTER_FOUND' || !(err as CadreError & { sheets?: SheetReport[] }).sheets) throw err;
    loadError = err;
    sheets = (err as CadreError & { sheets: SheetReport[] }).sheets;
  }
  // With roster sheets of more than one name, a suggested --map names its sheet (it would move the others' too).
  const perSheet = new Set(sheets.filter((s) => s.layout && s.skippedAs !== 'sample').map((s) => foldText(s.sheet))).size > 1;
  return {
    inspection: {
      schema: 'cadre-stats/inspection@1',
      file,
      asOf: isoDay(asOf),
      sheets: sheets.map((s) => ({
        sheet: s.sheet,
        hidden: s.hidden,
        roster: Boolean(s.layout),
        headerRows: s.layout?.headerRows ?? [],
        numberingRow: s.layout?.numberingRow ?? null,
        scannedRows: s.scannedRows,
        firstDataRow: s.firstDataRow ?? null,
        lastDataRow: s.lastDataRow ?? null,
        records: s.records,
        columns: (s.layout?.columns ?? []).map((c) => ({ ...c, letter: letter(c.col) })),
        skipped: Object.fromEntries(Object.entries(s.skippedCounts).filter(([, n]) => n > 0)),
        skippedRows: s.skipped,
        titleText: s.titleText,
        titleYear: s.titleDate?.year ?? null,
        assumptions: s.layout?.assumptions ?? [],
        converted: s.converted.map((c) => ({ column: letter(c.col), encoding: c.encoding })),
        unrecognised: [...(unrecognised.get(s.sheet)?.values() ?? [])].sort((a, b) => b.count - a.count || a.field.localeCompare(b.field)),
        ...(s.units ? { units: s.units } : {}),
        ...(s.formulasWithoutValue.count > 0 ? { formulasWithoutValue: s.formulasWithoutValue } : {}),
        ...(s.skippedAs ? { skippedAs: s.skippedAs } : {}),
        ...evidenceOf(s.layout, perSheet ? s.sheet : undefined),
      })),
      ...(eligibility ? { eligibility } : {}),
    },
    error: loadError,
  };
}
