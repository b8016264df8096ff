import { createSheetIngester, emptyCounts, type IngestedRecord } from '../ingest/sheet-ingester.js';
import type { SheetLayout } from '../ingest/types.js';
import { MAX_CELLS } from '../io/limits.js';
import { cellAddress, type MergeRange, type RowValues, type SharedCells, type SheetRef, type WorkbookSource } from '../io/sheet-rows.js';
import { CadreError } from '../model/cadre-error.js';
import type { Official } from '../model/official.js';
import type { DayDate } from '../model/options.js';
import type { Problem } from '../model/problem.js';
import { foldText } from '../normalize/fold-text.js';
import { baseName } from '../model/file-name.js';
import { toOfficial, type RecordContext } from '../normalize/to-official.js';
import { checkCountRow, countRow, scratchOfficial } from '../normalize/count-row.js';
import { LegacyFix } from './legacy-fix.js';
import { MergesMatter } from './merges-retry.js';
import { pickSheets } from './pick-sheets.js';
import { isSampleSheetName } from '../ingest/header-vocab.js';
import { loadUnitLists, type UnitMapper } from '../normalize/unit-map.js';
import { OriginMemo } from '../normalize/place.js';
import { SharedRows } from './shared-rows.js';
import {
  dayNumber,
  FORMULA_CELLS_SHOWN,
  problemsOf,
  type AsOfSource,
  type LoadOptions,
  type LoadResult,
  type PeopleEvent,
  type ReadProgress,
  type RosterDate,
  type RosterEvent,
  type SheetReport,
} from './roster-events.js';
import { checkMapSheets, forcedOf, isTwoLevel, unitMapperFor } from './sheet-settings.js';
import { fileNameDateOf, type NamedDate } from '../ingest/title-year.js';
/**
 * Reads rosters end to end, pulled by the caller: `for await (const event of roster)` gives each table's
 * layout, then its people batch by batch (every chosen sheet of every file, streamed through layout
 * detection and classification); `roster.result()` then says what was read. Throws NO_ROSTER_FOUND when a
 * file holds no roster. Each command is one loop over these events (summarizeFiles, inspectFile).
 */
export class RosterReader implements AsyncIterable<RosterEvent> {
  private loaded: LoadResult | undefined;
  constructor(
    private readonly files: readonly string[],
    private readonly opts: LoadOptions,
  ) {}

  /** What was read: known once the events have all been taken. */
  result(): LoadResult {
    if (!this.loaded) throw new Error('RosterReader.result() before the last event was read');
    return this.loaded;
  }

  [Symbol.asyncIterator](): AsyncIterator<RosterEvent> {
    return readRosters(this.files, this.opts, (r) => (this.loaded = r));
  }
}

async function* readRosters(files: readonly string[], opts: LoadOptions, done: (r: LoadResult) => void): AsyncGenerator<RosterEvent> {
  const sheets: SheetReport[] = [];
  const dates: RosterDate[] = [];
  const skippedFiles: LoadResult['skippedFiles'] = [];
  let noRoster: CadreError | undefined;
  // The reference date of the file being read: --as-of, else its own, set at its first roster table.
  let asOf: DayDate | undefined;
  let asOfSource: AsOfSource = 'today';
  let rowsRead = 0;
  const renames = new Map(Object.entries(opts.config.unitRenames ?? {}).map(([from, to]) => [foldText(from), to]));
  const maxCells = opts.maxCells ?? MAX_CELLS;
  // The run's caches live here, not in modules: a second run in the same process (a web page) starts afresh.
  const origins = new OriginMemo(opts.locality);
  let cells = 0;
  const seen = opts.mapSheets?.seen ?? [];
  // The counting lane (see LoadOptions.count): off, or checked against toOfficial, by the environment (none in a browser).
  const proc = (globalThis as { process?: { env: Record<string, string | undefined>; stderr: { write(text: string): unknown } } }).process;
  const laneMode = proc?.env.CADRE_STATS_LANE;
  const count = laneMode === 'off' ? undefined : opts.count;
  const scratch = scratchOfficial();
  let counted = 0;
  let readFully = 0;
  if (opts.units) await loadUnitLists();
  for (const [n, file] of files.entries()) {
    cells = 0;
    asOf = opts.asOf;
    asOfSource = asOf ? 'option' : 'today';
    const wb: WorkbookSource = await opts.open(file);
    const fileSheets: SheetReport[] = [];
    try {
      // Sheets named like a template's examples or instructions ("Ví dụ", "Hướng dẫn") are read only when
      // no other sheet of the file holds a roster; `--sheet` names them to read them anyway.
      const picked = pickSheets(wb, opts.sheet);
      seen.push({ file: wb.file, sheets: picked.map((r) => r.name) });
      if (n === files.length - 1 && (opts.mapSheets?.last ?? true)) checkMapSheets(opts.config.map, seen);
      const samples = opts.sheet === 'all' ? picked.filter((r) => isSampleSheetName(r.name)) : [];
      for (const ref of picked) if (!samples.includes(ref)) fileSheets.push(yield* readSheet(wb, ref));
      const anyRoster = fileSheets.some((s) => s.layout);
      for (const ref of samples) fileSheets.push(anyRoster ? sampleSheet(wb, ref) : yield* readSheet(wb, ref));
      fileSheets.sort((a, b) => a.index - b.index);
    } finally {
      await wb.close();
    }
    if (!fileSheets.some((s) => s.layout)) {
      const scanned = fileSheets.map((s) => `'${s.sheet}'${s.scannedRows ? ` (rows ${s.scannedRows[0]}–${s.scannedRows[1]})` : ' (empty)'}`).join(', ');
      const err = new CadreError(
        'NO_ROSTER_FOUND',
        `${file}: no roster found: no header with "Họ và tên" and two other known columns in ${scanned || 'any sheet'}`,
        'if the columns have other titles, add them with --config (see README, "Configuration")',
      );
      // A file of a folder: skipped and said, unless no file of the run holds a roster (then the first's error).
      if (opts.optionalFiles?.has(file)) {
        skippedFiles.push({ file, sheets: fileSheets.map((x) => ({ sheet: x.sheet, ...(x.scannedRows ? { rows: x.scannedRows } : {}) })) });
        noRoster ??= Object.assign(err, { sheets: fileSheets });
        continue;
      }
      // `inspect` still shows what it scanned.
      throw Object.assign(err, { sheets: fileSheets });
    }
    sheets.push(...fileSheets);
    // A roster table without people sets no date while read: its own is still its title's or file name's.
    if (!asOf) ({ asOf, asOfSource } = ownDate(fileSheets.find((s) => s.layout)?.titleDate, wb.file));
    dates.push({ file: wb.file, asOf, asOfSource });
  }
  if (noRoster && dates.length === 0) throw noRoster;
  // One date for the whole reading (the report's): the files' common date, else the latest of them.
  const latest = dates.reduce<RosterDate | undefined>((a, d) => (a && dayNumber(a.asOf) >= dayNumber(d.asOf) ? a : d), undefined);
  if (laneMode === 'check') proc!.stderr.write(`count lane: ${counted} counted, ${readFully} read by toOfficial\n`);
  done({ sheets, asOf: latest?.asOf ?? opts.asOf ?? opts.today, asOfSource: latest?.asOfSource ?? (opts.asOf ? 'option' : 'today'), dates, skippedFiles });

  /**
   * A roster's own date, from its title, else its file name, else today: the day named ("Tính đến ngày
   * 30/6/2025"), else 31/12 of the year named, or of a term's first year (the congress that elects it).
   */
  function ownDate(titleDate: NamedDate | undefined, file: string): { asOf: DayDate; asOfSource: AsOfSource } {
    const named = titleDate ?? fileNameDateOf(baseName(file));
    if (!named) return { asOf: opts.today, asOfSource: 'today' };
    const found = titleDate ? 'title' : 'file name';
    if (named.month && named.day) return { asOf: { year: named.year, month: named.month, day: named.day }, asOfSource: `${found} date` };
    return { asOf: { year: named.year, month: 12, day: 31 }, asOfSource: named.termEnd ? `${found} term` : found };
  }

  function sampleSheet(wb: WorkbookSource, ref: SheetRef): SheetReport {
    return {
      index: ref.index,
      layout: null,
      moreTables: [],
      scannedRows: null,
      skipped: [],
      skippedCounts: emptyCounts(),
      records: 0,
      titleText: [],
      file: wb.file,
      sheet: ref.name,
      hidden: ref.state !== 'visible',
      converted: [],
      formulasWithoutValue: { count: 0, cells: [] },
      skippedAs: 'sample',
    };
  }

  /** One sheet, row batch by row batch: decode → ingest → record → official, yielded per batch. */
  async function* readSheet(wb: WorkbookSource, ref: SheetRef): AsyncGenerator<RosterEvent, SheetReport> {
    // xlsx writes the merged ranges after the cells: read as if there were none, and checked at the end.
    const later = wb.mergesAfterRows === true && !opts.mergesFirst;
    const merges = later ? [] : await wb.readMerges(ref);
    let layout: SheetLayout | null = null;
    let ctxAsOf: DayDate;
    let firstDataRow: number | undefined;
    let lastDataRow: number | undefined;
    let recordCtx: RecordContext | undefined;
    let mapper: UnitMapper | undefined;
    const ingester = createSheetIngester({
      sheet: ref.name,
      merges,
      extraTitles: opts.config.columns,
      forced: forcedOf(opts.config.map, ref.name),
      classifier: opts.classifier,
      keepColumns: opts.keepColumns,
      mergesLater: later,
      sharedIndex: (values, col) => (values === handing && col < values.length ? handingCells!.index[handingAt + col] : -1),
    });
    // The row being handed to the ingester, as the reader gave it, and where its shared strings are (see IngestOptions.sharedIndex).
    let handing: RowValues | undefined;
    let handingCells: SharedCells | undefined;
    let handingAt = 0;

    /** The records the ingester completed, as officials: a layout event before each table's first person. */
    function* officials(records: readonly IngestedRecord[]): Generator<RosterEvent> {
      let batch: PeopleEvent | undefined;
      // An index, not for…of: across this generator's yields the array iterator's result object was made
      // per person (a million 40-byte objects at 1M rows).
      for (let r = 0; r < records.length; r++) {
        const raw = records[r];
        if (raw.layout !== layout) {
          // The sheet's first table, or a second roster table below it (its own columns, unit and level).
          if (batch) yield batch;
          batch = undefined;
          if (!layout && !asOf) ({ asOf, asOfSource } = ownDate(ingester.titleDate, wb.file));
          ctxAsOf ??= asOf!;
          layout = raw.layout;
          recordCtx = undefined;
          yield { kind: 'layout', layout, file: wb.file, withoutMerges: later };
        }
        firstDataRow ??= raw.row;
        lastDataRow = raw.row;
        if (!recordCtx) {
          const twoLevel = asOfSource !== 'today' && isTwoLevel(ctxAsOf);
          mapper = unitMapperFor(opts.units, ctxAsOf, twoLevel, ingester.titleText ?? [], renames);
          recordCtx = {
            file: wb.file,
            layout,
            date1904: wb.date1904 ?? false,
            classifier: opts.classifier,
            locality: opts.locality,
            unitRenames: renames,
            twoLevel,
            unitMapper: mapper,
            origins,
          };
        }
        const shared = sharedRows.find(raw.row, raw.values);
        if (count && shared && countRow(raw, recordCtx, shared, scratch, opts.countNames)) {
          if (laneMode === 'check') checkCountRow(raw, recordCtx, shared, scratch, opts.countNames);
          // The people before it first: every person is taken in row order (first-seen ids, problems).
          if (batch) yield batch;
          batch = undefined;
          count(scratch, ctxAsOf, scratch.slots);
          counted++;
          continue;
        }
        batch ??= { kind: 'people', people: [], asOf: ctxAsOf, problems: [], problemEnds: [] };
        batch.people.push(toOfficial(raw, recordCtx, batch.problems, shared));
        readFully++;
        batch.problemEnds.push(batch.problems.length);
      }
      if (batch) yield batch;
    }

    // Where each record's row is among the batches' shared strings (xlsx from the scanning thread).
    const sharedRows = new SharedRows();
    const legacy = new LegacyFix((row, values) => ingester.push(row, values));
    const formulas = { count: 0, cells: [] as string[] };
    const tell: ReadProgress = { file: wb.file, sheet: ref.name, rows: 0 };
    let lateMerges: MergeRange[] | undefined;
    for await (const batch of wb.rows(ref)) {
      if (batch.merges) lateMerges = batch.merges;
      sharedRows.add(batch);
      for (let i = 0; i < batch.formulas.length; i += 2) {
        if (formulas.count++ < FORMULA_CELLS_SHOWN) formulas.cells.push(cellAddress(batch.formulas[i], batch.formulas[i + 1]));
      }
      const { numbers, values } = batch;
      // One workbook's table for the whole sheet: its shared strings' answers are by index.
      const cellsOf = batch.shared && (handingCells === undefined || batch.shared.strings === handingCells.strings) ? batch.shared : undefined;
      for (let i = 0; i < numbers.length; i++) {
        // Counted per row, not per cell: the row's width bounds its non-empty cells.
        cells += values[i].length;
        if (cells > maxCells) {
          throw new CadreError(
            'FILE_TOO_LARGE',
            `${wb.file}: more than ${maxCells.toLocaleString('en')} cells (at sheet '${ref.name}' row ${numbers[i]})`,
            'split the roster into smaller files',
          );
        }
        if (cellsOf) {
          handing = values[i];
          handingCells = cellsOf;
          handingAt = cellsOf.rowStart[i];
        }
        legacy.push(numbers[i], values[i]);
      }
      handing = undefined;
      yield* officials(ingester.take());
      rowsRead += numbers.length;
      if (opts.onProgress) {
        tell.rows = rowsRead;
        tell.bytes = batch.bytes;
        tell.totalBytes = batch.totalBytes;
        opts.onProgress(tell);
      }
    }
    legacy.end();
    const result = ingester.end();
    yield* officials(ingester.take());
    if (later) {
      if (!lateMerges) throw new Error(`${wb.file} › ${ref.name}: the reader gave no merged cells after the rows`);
      if (ingester.mergesMatter(lateMerges)) throw new MergesMatter(wb.file, ref.name);
    }
    return {
      ...result,
      index: ref.index,
      file: wb.file,
      sheet: ref.name,
      hidden: ref.state !== 'visible',
      firstDataRow,
      lastDataRow,
      converted: legacy.converted,
      formulasWithoutValue: formulas,
      ...(mapper ? { units: mapper.mappings() } : {}),
    };
  }
}

/**
 * The people of rosters without the loop: for callers that only need each person (tests, tools). Commands
 * read a RosterReader's events themselves.
 */
export async function loadRosters(
  files: readonly string[],
  opts: LoadOptions & { onOfficial(o: Official, asOf: DayDate, problems: Problem[]): void },
): Promise<LoadResult> {
  // Each person is handed on as read: merged ranges are read first, so that no reading is ever taken back.
  const roster = new RosterReader(files, { mergesFirst: true, ...opts });
  for await (const event of roster) {
    if (event.kind === 'people') for (let i = 0; i < event.people.length; i++) opts.onOfficial(event.people[i], event.asOf, problemsOf(event, i));
  }
  return roster.result();
}
