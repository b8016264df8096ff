import { describe, expect, it } from 'vitest';
import { DIMENSION_KEYS } from '../../src/model/dimensions.js';
import { compareSections, type ComparisonReport } from '../../src/report/comparison-report.js';
import type { CategoryRow, SummaryReport } from '../../src/report/types.js';
import { BAR_WIDTH, percentBar } from '../../src/render/bar.js';
import { periodName, renderComparisonParagraph, renderSummaryParagraph } from '../../src/render/paragraph.js';
import { midSentence } from '../../src/render/paragraph-writer.js';
import type { RenderContext } from '../../src/render/render-context.js';

type Section = Pick<SummaryReport, 'population' | 'dimensions' | 'indicators'>;

const vi: RenderContext = { lang: 'vi', decimals: 2, color: false, csvLocale: 'default', bars: false };
const en: RenderContext = { ...vi, lang: 'en' };

function row(key: string, label: string, count: number, population: number): CategoryRow {
  return { key, label, count, percent: population ? Math.round((count * 10000) / population) / 100 : 0 };
}

/** A small section: `female` women, `unknownDegree` people with an unrecognised degree, optionally no religion column. */
function section(population: number, female: number, opts: { unknownDegree?: number; noReligionColumn?: boolean; doctors?: number } = {}): Section {
  const unknown = opts.unknownDegree ?? 0;
  const doctors = opts.doctors ?? 0;
  return {
    population,
    dimensions: {
      gender: { label: 'Giới tính', categories: [row('male', 'Nam', population - female, population), row('female', 'Nữ', female, population)] },
      age_band: {
        label: 'Độ tuổi',
        categories: [row('0-30', 'Từ 30 trở xuống', population, population), row('31-40', 'Từ 31 đến 40', 0, population), row('61+', 'Trên 60', 0, population)],
      },
      religion: {
        label: 'Tôn giáo',
        ...(opts.noReligionColumn ? { missing: true } : {}),
        categories: opts.noReligionColumn
          ? [row('unknown', 'Không rõ', population, population)]
          : [row('none', 'Không', population - 1, population), row('religious', 'Có tôn giáo', 1, population)],
      },
      professional: {
        label: 'Trình độ chuyên môn',
        categories: [
          row('doctorate', 'Tiến sĩ', doctors, population),
          row('master', 'Thạc sĩ', 0, population),
          row('university', 'Đại học', population - unknown - doctors, population),
          ...(unknown ? [row('unknown', 'Không rõ', unknown, population)] : []),
        ],
      },
    },
    indicators: {
      'gender.female': { ...row('', '', female, population), label: 'Nữ', base: population },
      'religion.religious': {
        label: 'Có tôn giáo',
        count: opts.noReligionColumn ? 0 : 1,
        base: population,
        percent: opts.noReligionColumn ? 0 : Math.round(10000 / population) / 100,
      },
      'professional.university_or_higher': { ...row('', '', population - unknown, population), label: 'Đại học trở lên', base: population },
      'age.average': { label: 'Tuổi bình quân', value: 28.2, base: population },
    },
  };
}

/** Fails with a readable diff when `text` does not start with `prefix`. */
function expectStart(text: string, prefix: string): void {
  expect(text.slice(0, prefix.length)).toBe(prefix);
}

function summary(s: Section, groups: Array<{ key: string; label: string; section: Section }> = []): SummaryReport {
  return {
    schema: 'cadre-stats/summary@1',
    asOf: '2024-12-31',
    filters: [],
    sources: [],
    problems: [],
    ...s,
    ...(groups.length ? { groups: groups.map((g) => ({ key: g.key, label: g.label, ...g.section })) } : {}),
  };
}

function comparison(sections: Section[], labels: string[], today: number[] = []): ComparisonReport {
  return {
    schema: 'cadre-stats/comparison@1',
    periods: labels.map((label, i) => ({
      label,
      files: [],
      asOf: today.includes(i) ? '2026-12-04' : '2025-12-31',
      asOfSource: today.includes(i) ? 'today' : 'title',
      population: sections[i].population,
    })),
    filters: [],
    movements: {
      from: labels[0],
      to: labels[labels.length - 1],
      matchedBy: 'name+birth',
      stayed: 0,
      joined: 0,
      left: 0,
      ambiguous: { older: 0, newer: 0, examples: [] },
      changes: [],
    },
    ...compareSections(sections, labels, 2),
  };
}

describe('summary paragraph', () => {
  it('opens with the subject named and the total, then the women, as counts and shares of the report', () => {
    const text = renderSummaryParagraph(summary(section(8, 3)), vi);
    expectStart(text, 'Tổng số cán bộ, công chức, viên chức: 8 người, trong đó nữ 3 người (37,50%), người có tôn giáo 1 người (12,50%).');
  });

  it('names the subject from the categories present: "công chức" when only they are counted', () => {
    const s = section(8, 3);
    s.dimensions.category = { label: 'Đối tượng', categories: [row('cadre', 'Cán bộ', 0, 8), row('civil_servant', 'Công chức', 8, 8)] };
    expectStart(renderSummaryParagraph(summary(s), vi), 'Tổng số công chức: 8 người,');
    s.dimensions.category.categories.push(row('unknown', 'Không rõ', 0, 8));
    s.dimensions.category.categories[0] = row('cadre', 'Cán bộ', 2, 8);
    s.dimensions.category.categories[1] = row('civil_servant', 'Công chức', 6, 8);
    expectStart(renderSummaryParagraph(summary(s), vi), 'Tổng số cán bộ, công chức: 8 người,');
    expectStart(renderSummaryParagraph(summary(s), en), 'Cadres and civil servants in total: 8,');
  });

  it('is one line ending with a newline, one sentence per section, ". " between them; the average age says "tuổi"', () => {
    const text = renderSummaryParagraph(summary(section(8, 3)), vi);
    expect(text).toBe(
      'Tổng số cán bộ, công chức, viên chức: 8 người, trong đó nữ 3 người (37,50%), người có tôn giáo 1 người (12,50%). ' +
        'Về trình độ chuyên môn: đại học 8 người (100,00%); từ đại học trở lên 8 người (100,00%). ' +
        'Về độ tuổi: từ 30 tuổi trở xuống 8 người (100,00%); tuổi bình quân 28,2 tuổi.\n',
    );
  });

  it('leaves out categories with nobody (Thạc sĩ 0, Từ 31 đến 40 0, Trên 60 0)', () => {
    const text = renderSummaryParagraph(summary(section(8, 3)), vi);
    expect(text).not.toContain('thạc sĩ');
    expect(text).not.toContain('31');
    expect(text).not.toContain('trên 60');
    expect(text).not.toMatch(/ 0 người/);
  });

  it('names the unknown category last, in the table\'s own word ("không rõ"), before the "or higher" figures', () => {
    const text = renderSummaryParagraph(summary(section(10, 3, { unknownDegree: 2, doctors: 1 })), vi);
    expect(text).toContain(
      'Về trình độ chuyên môn: tiến sĩ 1 người (10,00%), đại học 7 người (70,00%), không rõ 2 người (20,00%); từ đại học trở lên 8 người (80,00%).',
    );
  });

  it('leaves out a dimension whose column is missing, and its indicator', () => {
    const text = renderSummaryParagraph(summary(section(8, 3, { noReligionColumn: true })), vi);
    expect(text).not.toContain('tôn giáo');
    expect(text).not.toContain('không rõ');
    expectStart(text, 'Tổng số cán bộ, công chức, viên chức: 8 người, trong đó nữ 3 người (37,50%). ');
  });

  it('drops "trong đó" when no flag has anyone', () => {
    const s = section(4, 0, { noReligionColumn: true });
    expectStart(renderSummaryParagraph(summary(s), vi), 'Tổng số cán bộ, công chức, viên chức: 4 người. Về trình độ');
  });

  it('writes English with --lang en', () => {
    const text = renderSummaryParagraph(summary(section(8, 1)), en);
    expectStart(
      text,
      'Cadres, civil servants and public employees in total: 8, of whom women 1 (12.50%), with a religion 1 (12.50%). Professional qualification: ',
    );
    // Category labels are the report's own (this fixture's are Vietnamese); the rest is worded by the paragraph.
    expect(text).toContain('; university or higher 8 (100.00%). Age: aged 30 or under 8 (100.00%); average age 28.2 years.\n');
  });

  it('follows --decimals', () => {
    expect(renderSummaryParagraph(summary(section(8, 3)), { ...vi, decimals: 1 })).toContain('nữ 3 người (37,5%)');
  });

  it('says a dimension added later than the wording under a heading made from its label', () => {
    const s = section(8, 3);
    (s.dimensions as Record<string, unknown>).employment = {
      label: 'Loại hình',
      categories: [row('permanent', 'Biên chế', 6, 8), row('contract_gov', 'Hợp đồng theo NĐ 111/2022', 2, 8)],
    };
    const original = DIMENSION_KEYS as unknown as string[];
    original.push('employment');
    try {
      expect(renderSummaryParagraph(summary(s), vi)).toContain('Về loại hình: biên chế 6 người (75,00%), hợp đồng theo NĐ 111/2022 2 người (25,00%).');
    } finally {
      original.pop();
    }
  });

  it('adds one paragraph per --by group after the total, starting with the group label', () => {
    const text = renderSummaryParagraph(
      summary(section(8, 3), [
        { key: 'a', label: 'Xã An Hòa', section: section(5, 2) },
        { key: 'b', label: 'Xã Tân Lập', section: section(3, 1) },
      ]),
      vi,
    );
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expectStart(lines[0], 'Tổng số cán bộ, công chức, viên chức: 8 người');
    expectStart(lines[1], 'Xã An Hòa: Tổng số cán bộ, công chức, viên chức: 5 người, trong đó nữ 2 người (40,00%)');
    expectStart(lines[2], 'Xã Tân Lập: Tổng số cán bộ, công chức, viên chức: 3 người, trong đó nữ 1 người (33,33%)');
  });
});

describe('comparison paragraph', () => {
  it('states the change of the count and, apart, of the share in "điểm phần trăm"; an unchanged count is said so', () => {
    const up = renderComparisonParagraph(comparison([section(8, 2), section(8, 3)], ['2020', '2025']), vi);
    expect(up).toContain('Trong đó, so với năm 2020: nữ 3 người (37,50%), tăng 1 người, tỷ lệ tăng 12,50 điểm phần trăm;');
    const down = renderComparisonParagraph(comparison([section(8, 3), section(8, 2)], ['2020', '2025']), vi);
    expect(down).toContain('nữ 2 người (25,00%), giảm 1 người, tỷ lệ giảm 12,50 điểm phần trăm');
    const same = renderComparisonParagraph(comparison([section(8, 3), section(8, 3)], ['2020', '2025']), vi);
    expect(same).toContain('nữ 3 người (37,50%), không thay đổi;');
    const shareOnly = renderComparisonParagraph(comparison([section(8, 3), section(10, 3)], ['2020', '2025']), vi);
    expect(shareOnly).toContain('nữ 3 người (30,00%), không thay đổi về số lượng, tỷ lệ giảm 7,50 điểm phần trăm');
    expect(up).not.toContain('điểm %');
  });

  it('says the comparison base once per sentence, never after each figure', () => {
    const text = renderComparisonParagraph(comparison([section(8, 2), section(8, 3)], ['2020', '2025']), vi);
    for (const sentence of text.trim().split('. ')) expect(sentence.split('so với năm 2020').length - 1, sentence).toBeLessThanOrEqual(1);
    expect(text).toContain('Về trình độ chuyên môn, so với năm 2020: đại học 8 người (100,00%), không thay đổi;');
  });

  it('opens with the last period, the subject and the headcount change', () => {
    expectStart(
      renderComparisonParagraph(comparison([section(5, 2), section(8, 3)], ['2020', '2025']), vi),
      'Năm 2025, tổng số cán bộ, công chức, viên chức là 8 người, tăng 3 người so với năm 2020. Trong đó',
    );
    expect(renderComparisonParagraph(comparison([section(8, 3), section(5, 2)], ['2020', '2025']), vi)).toContain('là 5 người, giảm 3 người so với năm 2020.');
    expect(renderComparisonParagraph(comparison([section(8, 3), section(8, 2)], ['2020', '2025']), vi)).toContain(
      'là 8 người, không thay đổi so với năm 2020.',
    );
  });

  it('gives every period of three, in turn, with the change since the first', () => {
    const text = renderComparisonParagraph(comparison([section(5, 2), section(6, 2), section(8, 3)], ['2020', '2022', '2025']), vi);
    expectStart(
      text,
      'Tổng số cán bộ, công chức, viên chức năm 2020 là 5 người, năm 2022 là 6 người và năm 2025 là 8 người; năm 2025 tăng 3 người so với năm 2020. ' +
        'Trong đó (lần lượt năm 2020, năm 2022 và năm 2025; tăng, giảm so với năm 2020): nữ 2, 2 và 3 người (40,00%, 33,33% và 37,50%), tăng 1 người, tỷ lệ giảm 2,50 điểm phần trăm;',
    );
    expect(text).toContain('tuổi bình quân 28,2, 28,2 và 28,2 tuổi, không thay đổi.');
  });

  it('mentions a category that fell to zero, not one that is zero in both periods', () => {
    const text = renderComparisonParagraph(comparison([section(10, 3, { doctors: 1 }), section(10, 3)], ['2020', '2025']), vi);
    expect(text).toContain('tiến sĩ 0 người (0,00%), giảm 1 người, tỷ lệ giảm 10,00 điểm phần trăm');
    expect(text).not.toContain('thạc sĩ');
  });

  it('gives the change of the average age in years', () => {
    const older = section(8, 3);
    older.indicators['age.average'] = { label: 'Tuổi bình quân', value: 30, base: 8 };
    const text = renderComparisonParagraph(comparison([section(8, 3), older], ['2020', '2025']), vi);
    expect(text).toContain('tuổi bình quân 30,0 tuổi, tăng 1,8 tuổi.');
  });

  it('against a period with nobody in it, gives the figures of the other without changes of shares', () => {
    const text = renderComparisonParagraph(comparison([section(0, 0, { noReligionColumn: true }), section(8, 3)], ['2020', '2025']), vi);
    expectStart(text, 'Năm 2025, tổng số cán bộ, công chức, viên chức là 8 người, tăng 8 người so với năm 2020. Trong đó: nữ 3 người (37,50%)');
    expect(text).not.toContain('điểm phần trăm');
    expect(text).toContain('Về trình độ chuyên môn: đại học 8 người (100,00%)');
    const emptied = renderComparisonParagraph(comparison([section(8, 3), section(0, 0, { noReligionColumn: true })], ['2020', '2025']), vi);
    expect(emptied).toBe('Năm 2025, tổng số cán bộ, công chức, viên chức là 0 người, giảm 8 người so với năm 2020.\n');
  });

  it('says nothing of a dimension in which nobody is in a known category', () => {
    const s = section(8, 3, { unknownDegree: 8 });
    const text = renderSummaryParagraph(summary(s), vi);
    expect(text).not.toContain('Về trình độ chuyên môn');
    expect(text).not.toContain('không rõ');
    const pair = renderComparisonParagraph(comparison([section(8, 3, { unknownDegree: 8 }), section(8, 3, { unknownDegree: 8 })], ['2020', '2025']), vi);
    expect(pair).not.toContain('Về trình độ chuyên môn');
  });

  it('no "so với" before flags none of which has a change (the first period\'s base unknown)', () => {
    const older = section(8, 0, { noReligionColumn: true });
    older.indicators['gender.female'] = { label: 'Nữ', count: 0, base: 0, percent: null } as unknown as (typeof older.indicators)['gender.female'];
    const report = comparison([older, section(8, 3, { noReligionColumn: true })], ['2020', '2025']);
    report.indicators['gender.female'].change = { count: null, points: null, index: null };
    const text = renderComparisonParagraph(report, vi);
    expect(text).toContain('so với năm 2020. Trong đó: nữ 3 người (37,50%)');
  });

  it('says which period was aged today, its roster naming no date', () => {
    const text = renderComparisonParagraph(comparison([section(8, 2), section(8, 3)], ['xa-cu', '2025'], [0]), vi);
    expect(text.trimEnd().endsWith(' Tuổi của xa-cu tính đến hôm nay (04/12/2026) vì danh sách không ghi ngày hay năm.')).toBe(true);
    expect(renderComparisonParagraph(comparison([section(8, 2), section(8, 3)], ['2020', '2025']), vi)).not.toContain('hôm nay');
  });

  it('names a period by its label when it is not a year', () => {
    const text = renderComparisonParagraph(comparison([section(8, 2), section(8, 3)], ['nhiệm kỳ 2015-2020', 'nhiệm kỳ 2020-2025']), vi);
    expectStart(text, 'Nhiệm kỳ 2020-2025, tổng số cán bộ, công chức, viên chức là 8 người, không thay đổi so với nhiệm kỳ 2015-2020.');
  });

  it('writes English with --lang en', () => {
    const text = renderComparisonParagraph(comparison([section(8, 3), section(9, 2)], ['2020', '2025']), en);
    expectStart(
      text,
      'In 2025, cadres, civil servants and public employees numbered 9, up 1 on 2020. Of whom, compared with 2020: women 2 (22.22%), down 1, share down 15.28 percentage points;',
    );
  });

  it('says nothing about a dimension missing in the last period; one missing in the first is given for the period that has it', () => {
    const gone = renderComparisonParagraph(comparison([section(8, 3), section(8, 3, { noReligionColumn: true })], ['2020', '2025']), vi);
    expect(gone).not.toContain('tôn giáo');
    const fresh = renderComparisonParagraph(comparison([section(8, 3, { noReligionColumn: true }), section(8, 3)], ['2020', '2025']), vi);
    expect(fresh).toContain('người có tôn giáo 1 người (12,50%). ');
  });

  it('adds one paragraph per group, starting with the group label', () => {
    const report = comparison([section(8, 2), section(8, 3)], ['2020', '2025']);
    report.groups = [{ key: 'a', label: 'Xã An Hòa', ...compareSections([section(4, 1), section(5, 1)], ['2020', '2025'], 2) }];
    const lines = renderComparisonParagraph(report, vi).split('\n');
    expect(lines).toHaveLength(3);
    expectStart(
      lines[1],
      'Xã An Hòa: Năm 2025, tổng số cán bộ, công chức, viên chức là 5 người, tăng 1 người so với năm 2020. Trong đó, so với năm 2020: nữ 1 người (20,00%), không thay đổi về số lượng, tỷ lệ giảm 5,00 điểm phần trăm;',
    );
  });
});

describe('helpers', () => {
  it('periodName: "năm 2020" for a year in Vietnamese, the year alone in English, other labels as they are', () => {
    expect(periodName('2020', 'vi')).toBe('năm 2020');
    expect(periodName('2020', 'en')).toBe('2020');
    expect(periodName('term 1', 'en')).toBe('term 1');
    // A term's years, as compare labels a term roster.
    expect(periodName('2015–2020', 'vi')).toBe('nhiệm kỳ 2015–2020');
    expect(periodName('2015-2020', 'en')).toBe('the 2015–2020 term');
  });

  it('midSentence lower-cases a label but not an acronym', () => {
    expect(midSentence('Tiến sĩ')).toBe('tiến sĩ');
    expect(midSentence('THPT')).toBe('THPT');
    expect(midSentence('Đại học')).toBe('đại học');
  });
});

describe('percentBar', () => {
  it('is as long for 50% as half of 100%, and 100% fills the width', () => {
    expect(percentBar(100)).toBe('█'.repeat(BAR_WIDTH));
    expect(percentBar(50).length * 2).toBe(percentBar(100).length);
    expect(percentBar(50)).toBe('█'.repeat(BAR_WIDTH / 2));
  });

  it('draws eighths of a cell with partial blocks', () => {
    expect(percentBar(0)).toBe('');
    expect(percentBar(100 / 160)).toBe('▏');
    expect(percentBar(3.33)).toBe('▋'); // 0.666 cells → 5/8
    expect(percentBar(67)).toBe(`${'█'.repeat(13)}▍`); // 13.4 cells → 13 + 3/8
    expect(percentBar(25, 8)).toBe('██');
  });

  it('grows with the percent and is clamped to 0–100', () => {
    for (let p = 0; p < 100; p += 0.5) expect(percentBar(p + 0.5).length).toBeGreaterThanOrEqual(percentBar(p).length);
    expect(percentBar(130)).toBe(percentBar(100));
    expect(percentBar(-5)).toBe('');
  });
});
