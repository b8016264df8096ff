import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_KEYS, type FixedDimension } from '../../src/model/dimensions.js';
import { summarizeFiles, type SummarizeSettings } from '../../src/pipeline/summarize-files.js';
import type { RenderContext } from '../../src/render/render-context.js';
import { layoutForm } from '../../src/render/xlsx/form-layout.js';
import { renderSummaryXlsx } from '../../src/render/xlsx/workbook.js';
import { INDICATOR_DEFS } from '../../src/stats/indicator-defs.js';
import { FORM_IDS, FORMS, FormDefinitionSchema, formIndicators, isTwoLevelDate, type FormNode } from '../../src/vocab/forms.js';
import { FIX, settings } from '../helpers/settings.js';

const FORMS_DIR = new URL('../../src/vocab/forms/', import.meta.url);
const ctx = (form: string): RenderContext => ({ lang: 'vi', decimals: 2, color: false, csvLocale: 'default', bars: false, by: 'unit', form });

async function formSheet(file: string, form: string, over: Partial<SummarizeSettings> = {}): Promise<ExcelJS.Worksheet> {
  const { report } = await summarizeFiles([FIX(file)], settings({ by: 'unit', extraIndicators: formIndicators(FORMS[form]), ...over }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await renderSummaryXlsx(report, ctx(form))) as unknown as ExcelJS.Buffer);
  return wb.getWorksheet(FORMS[form].sheetName)!;
}

function leaves(nodes: readonly FormNode[]): FormNode[] {
  return nodes.flatMap((n) => ('children' in n ? leaves(n.children) : [n]));
}

describe('form definitions (src/vocab/forms/*.json)', () => {
  it('one file per form: its name is the --form id', () => {
    const files = readdirSync(FORMS_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(FORM_IDS).toEqual(files);
    expect(FORM_IDS).toEqual(expect.arrayContaining(['bm01', 'bm02']));
  });

  it.each(FORM_IDS)('%s names its source and fills each figure from a real category or indicator', (id) => {
    const def = FORMS[id];
    expect(def.source.document.length).toBeGreaterThan(10);
    expect(def.source.layout.length).toBeGreaterThan(10);
    for (const leaf of leaves(def.columns)) {
      if (!('count' in leaf) || !leaf.count || leaf.count === 'population') continue;
      if ('indicator' in leaf.count)
        expect(
          INDICATOR_DEFS.map((d) => d.id),
          JSON.stringify(leaf.label),
        ).toContain(leaf.count.indicator);
      else if (leaf.count.dim in CATEGORY_KEYS) expect(CATEGORY_KEYS[leaf.count.dim as FixedDimension], JSON.stringify(leaf.label)).toContain(leaf.count.key);
    }
  });

  it('a definition without its source, or with a column of unknown shape, is refused', () => {
    const bm01 = JSON.parse(readFileSync(new URL('bm01.json', FORMS_DIR), 'utf8')) as Record<string, unknown>;
    expect(FormDefinitionSchema.safeParse(bm01).success).toBe(true);
    const { source: _source, ...unsourced } = bm01;
    expect(FormDefinitionSchema.safeParse(unsourced).success).toBe(false);
    expect(FormDefinitionSchema.safeParse({ ...bm01, columns: [{ label: 'Nữ', count: { dim: 'gender', key: 'female' }, width: 3 }] }).success).toBe(false);
  });

  it('BM01 and BM02 keep their 38 numbered columns under a four-row header', () => {
    for (const id of ['bm01', 'bm02']) expect([id, layoutForm(FORMS[id].columns).width, layoutForm(FORMS[id].columns).depth]).toEqual([id, 38, 4]);
  });
});

describe('what a form covers in the two-level state (rosters dated on or after 1/7/2025)', () => {
  it('the date rule follows policy.json twoLevelSince', () => {
    expect([isTwoLevelDate('2025-06-30'), isTwoLevelDate('2025-07-01'), isTwoLevelDate('2026-12-31')]).toEqual([false, true, true]);
  });

  it('a 2026 roster: BM01 and BM02 print their scope line above the table; a 2024 roster: none', async () => {
    for (const id of ['bm01', 'bm02']) {
      const ws = await formSheet('units-yen-thanh-2026.xlsx', id);
      expect(ws.getCell(6, 1).value).toBe('Tính đến ngày 31/12/2026');
      expect(ws.getCell(7, 1).value).toBe(FORMS[id].twoLevel!.line);
      expect(ws.getCell(7, 1).value).toMatch(/^Từ ngày 01\/7\/2025/);
    }
    const old = await formSheet('sample-roster.xlsx', 'bm01');
    expect(old.getCell(6, 1).value).toBe('Tính đến ngày 31/12/2024');
    expect(old.getCell(7, 1).value).toBeNull();
  });
});
