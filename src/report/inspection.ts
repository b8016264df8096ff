import type { ColumnMapping, SkipReason } from '../ingest/types.js';
import type { UnitMapping } from '../normalize/unit-map.js';
import type { EligibilityReason } from '../stats/congress.js';

// What `inspect` found in a roster (the JSON schema cadre-stats/inspection@1): made by
// pipeline/inspect-file.ts, printed by render/inspect-text.ts.

/** Values of one field that could not be classified, grouped by text. */
export interface UnrecognisedValue {
  field: string;
  value: string;
  message: string;
  count: number;
  cells: string[];
}

/** One sheet as inspect shows it. */
export interface SheetInspection {
  sheet: string;
  hidden: boolean;
  roster: boolean;
  headerRows: number[];
  numberingRow: number | null;
  scannedRows: [number, number] | null;
  firstDataRow: number | null;
  lastDataRow: number | null;
  records: number;
  columns: Array<ColumnMapping & { letter: string }>;
  skipped: Partial<Record<SkipReason, number>>;
  skippedRows: Array<{ row: number; reason: SkipReason; text?: string }>;
  titleText: string[];
  titleYear: number | null;
  assumptions: string[];
  /** Columns converted from a legacy encoding, e.g. { column: 'B', encoding: 'tcvn3' }. */
  converted: Array<{ column: string; encoding: string }>;
  unrecognised: UnrecognisedValue[];
  /** With `--units-as-of`: each unit name read, the unit in force it maps to, and how (official, config, none, ambiguous). */
  units?: UnitMapping[];
  /** Formula cells saved without their result (read as empty); present only when there are some. */
  formulasWithoutValue?: { count: number; cells: string[] };
  /** Present when the sheet was not read: its name says it holds examples, instructions or codes. */
  skippedAs?: 'sample';
  /** Per field: the column chosen and every candidate, with title, content share, fill and score. */
  evidence: FieldEvidence[];
  /** `--map` options worth trying where a choice was close. */
  suggestions: string[];
}

/** Why a field's column was chosen (inspect). */
export interface FieldEvidence {
  field: string;
  chosen: string | null;
  candidates: Array<{ column: string; title: string; titleScore: number; how: string; share: number | null; fill: number; score: number; rejected?: string }>;
}

/** A tái cử / lần đầu person whose service left falls short of the congress rule, or cannot be told. */
export interface EligibilityShortfall {
  sheet: string;
  row: number;
  name: string;
  term: string;
  level: string;
  gender: string;
  birth: string | null;
  reference: string | null;
  retires: string | null;
  monthsLeft: number | null;
  needed: number;
  reason: EligibilityReason;
}

/** Everything inspect found in one roster. */
export interface Inspection {
  schema: 'cadre-stats/inspection@1';
  file: string;
  asOf: string;
  sheets: SheetInspection[];
  /** With `--eligibility`: the people who fall short of the congress age rule, by row. */
  eligibility?: { checked: number; shortfalls: EligibilityShortfall[] };
}
