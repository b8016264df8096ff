// Writes the fixture workbooks of fixtures/ from invented people (scripts/fixtures/people.js), plus
// fixtures/data/*.json (the people, readable) and fixtures/manifest.json (what each file must give).
// Deterministic: `npm run fixtures` twice writes the same cell values.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { officialForm, plainRoster } from './fixtures/layouts.js';
import { toTcvn3, toVni } from './fixtures/legacy.js';
import { makePeople } from './fixtures/people.js';
import { comparePeriods, wardPeople } from './fixtures/scenarios.js';
import { writeFormatTwins } from './fixtures/twins.js';
import { writeState2025Fixtures } from './fixtures/state-2025.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.argv[2] ?? join(root, 'fixtures');
mkdirSync(join(outDir, 'data'), { recursive: true });
const FIXED = new Date(Date.UTC(2024, 11, 31));
const manifest = {};

const COUNTED = ['gender', 'party', 'general_education', 'professional', 'political_theory', 'state_management', 'rank', 'category', 'level', 'origin'];
// A roster dated after 1/7/2025 reports each person it places at district level (by the unit's name), in
// sheet order: the people grouped by unit in first-seen order, as officialForm writes them.
function districtAfter2025(people) {
  const units = [...new Set(people.map((p) => p.unit))];
  return units.flatMap((u) => people.filter((p) => p.unit === u && p.level === 'district').map((p) => ({ field: 'level', value: p.unit })));
}

// twoLevel: the roster is dated on or after 1/7/2025, when the district level ceased to exist; people the
// script placed at district level are then read as level unknown (and reported), not as district.
function expected(people, { rank = true, origin = true, twoLevel = false } = {}) {
  const counts = {};
  for (const dim of COUNTED) {
    if ((dim === 'rank' && !rank) || (dim === 'origin' && !origin)) continue;
    counts[dim] = {};
    for (const p of people) {
      let key = dim === 'party' ? (p.party ? 'member' : 'non_member') : p[dim];
      if (dim === 'level' && twoLevel && key === 'district') key = 'unknown';
      counts[dim][key] = (counts[dim][key] ?? 0) + 1;
    }
  }
  counts.ethnicity = { kinh: people.filter((p) => p.ethnicity === 'Kinh').length, minority: people.filter((p) => p.ethnicity !== 'Kinh').length };
  counts.religion = { none: people.filter((p) => !p.religion).length, religious: people.filter((p) => p.religion).length };
  return { population: people.length, counts, studying: { professional: people.filter((p) => p.studyingProfessional).length } };
}

// Rows a reader must skip, by reason, summed over the roster sheets of a layout.
function skipped(layout) {
  const sheets = layout.sheets ? Object.values(layout.sheets) : [layout];
  const out = { title: 0, header: 0, numbering: 0, group: 0, total: 0, signature: 0 };
  for (const l of sheets) {
    out.title += l.titleRows?.length ?? 0;
    out.header += l.headerRows.length;
    out.numbering += l.numberingRow ? 1 : 0;
    out.group += l.groupRows?.length ?? 0;
    out.total += l.totalRow ? 1 : 0;
    out.signature += l.signatureRows?.length ?? 0;
  }
  return out;
}

async function save(name, build, people, extra = {}) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cadre-stats fixtures';
  wb.created = FIXED;
  wb.modified = FIXED;
  const layout = build(wb);
  await wb.xlsx.writeFile(join(outDir, name));
  writeFileSync(join(outDir, 'data', name.replace(/\.xlsx$/, '.people.json')), `${JSON.stringify(people, null, 1)}\n`);
  const sheets = wb.worksheets.map((ws) => ws.name);
  manifest[name] = { ...expected(people, extra.expect), sheets, layout, skipped: skipped(layout), ...extra.manifest };
}

const DISTRICT = { district: 'Yên Thành', province: 'tỉnh Nghệ An' };
const communes = ['An Hòa', 'Tân Lập', 'Hợp Thành', 'Phúc Thành', 'Mỹ Thành'].map((place) => ({
  name: `UBND xã ${place}`,
  level: 'commune',
  place,
  ...DISTRICT,
}));
const offices = ['Phòng Nội vụ', 'Phòng Tư pháp', 'Văn phòng HĐND và UBND'].map((office) => ({
  name: `${office} huyện Yên Thành`,
  level: 'district',
  place: 'Yên Thành',
  ...DISTRICT,
}));

// 1. Official form, ~40 people in three communes.
const official = makePeople(40, communes.slice(0, 3), 11);
await save('official-form.xlsx', (wb) => officialForm(wb.addWorksheet('DS'), official, { year: 2024 }), official);

// 2. Plain one-row header with Giới tính and year-only births.
const plain = makePeople(30, [...communes.slice(0, 2), offices[0]], 12).map((p) => ({ ...p, birth: { year: p.birth.year } }));
await save('plain-roster.xlsx', (wb) => plainRoster(wb.addWorksheet('Sheet1'), plain), plain);

// 3. One sheet per unit (named after it, no unit column) and a summary sheet of counts first.
const wards = ['Phường 1', 'Phường 2', 'Xã Tân Lập'].map((n) => ({ name: n, level: 'commune', place: n.replace(/^(Phường|Xã) /, ''), ...DISTRICT }));
const perSheet = makePeople(36, wards, 13);
await save(
  'units-per-sheet.xlsx',
  (wb) => {
    const sum = wb.addWorksheet('Tổng hợp');
    sum.addRow(['BÁO CÁO TỔNG HỢP SỐ LƯỢNG']);
    sum.addRow([]);
    sum.addRow(['Đơn vị', 'Tổng số', 'Nữ', 'Đảng viên']);
    const layouts = {};
    for (const w of wards) {
      const mine = perSheet.filter((p) => p.unit === w.name);
      sum.addRow([w.name, mine.length, mine.filter((p) => p.gender === 'female').length, mine.filter((p) => p.party).length]);
      layouts[w.name] = plainRoster(wb.addWorksheet(w.name), mine, { unitColumn: false });
    }
    return { sheets: layouts, notRosters: ['Tổng hợp'] };
  },
  perSheet,
);

// 4. Twins: the same 60 people, clean (plain, canonical) and messy (official form, synonyms, NFD, Ð, old tones).
const twins = makePeople(60, [communes[0], communes[1], offices[0], offices[1]], 14);
await save('twin-clean.xlsx', (wb) => plainRoster(wb.addWorksheet('Danh sách'), twins, { fullBirth: true }), twins);
// Format twins of the clean roster (one sheet, one header row: the plain layout a CSV can carry).
writeFormatTwins(join(outDir, 'twin-clean.xlsx'));
// Legacy-font twins: the clean roster typed in TCVN3 (.VnTime) and in VNI (VNI-Times).
await save(
  'twin-tcvn3.xlsx',
  (wb) => plainRoster(wb.addWorksheet('Danh sach'), twins, { fullBirth: true, encode: toTcvn3, font: { name: '.VnTime', size: 13 } }),
  twins,
);
await save(
  'twin-vni.xlsx',
  (wb) => plainRoster(wb.addWorksheet('Danh sach'), twins, { fullBirth: true, encode: toVni, font: { name: 'VNI-Times', size: 13 } }),
  twins,
);
await save('twin-messy.xlsx', (wb) => officialForm(wb.addWorksheet('DS'), twins, { year: 2024, messy: true, extraTinHoc: true }), twins);

// 5. The README's sample: ~300 people, two levels, eight units, two odd cells that must be reported.
const sample = makePeople(300, [...communes, ...offices], 2024);
sample[17] = { ...sample[17], professional: 'unknown', oddProfessional: 'Đại hoc x' };
sample[123] = { ...sample[123], professional: 'unknown', oddProfessional: 'Bằng khen' };
await save(
  'sample-roster.xlsx',
  (wb) => {
    const layout = officialForm(wb.addWorksheet('Danh sách'), sample, { year: 2024, title: 'DANH SÁCH CÁN BỘ, CÔNG CHỨC HUYỆN YÊN THÀNH' });
    return layout;
  },
  sample,
  {
    manifest: {
      expectedProblems: [
        { field: 'professional', value: 'Đại hoc x' },
        { field: 'professional', value: 'Bằng khen' },
      ],
    },
  },
);

// 6. A published-style ward report reproduced from people-level rows.
const ward = wardPeople();
await save(
  'ward-report-2024.xlsx',
  (wb) => plainRoster(wb.addWorksheet('Phường Hưng Dũng'), ward.people, { unitColumn: false, fullBirth: true }),
  ward.people,
  { manifest: { publishedFigures: ward.figures } },
);

// 7. Three periods of one district: departures, arrivals, promotions; 2020 has no Ngạch column.
const periods = comparePeriods([...communes.slice(0, 2), offices[0]]);
for (const [year, people] of Object.entries(periods.rosters)) {
  await save(
    `compare-${year}.xlsx`,
    (wb) => officialForm(wb.addWorksheet('DS'), people, { year: Number(year), idColumn: true, rankColumn: year !== '2020' }),
    people,
    {
      expect: { rank: year !== '2020', twoLevel: year === '2025' },
      manifest: year === '2025' ? { twoLevel: true, expectedProblems: districtAfter2025(people) } : {},
    },
  );
}
manifest.movements = periods.movements;

// The two-level state (issue 18): hand-checked in their own tests, not in the manifest.
await writeState2025Fixtures(outDir);
writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
console.log(`wrote ${Object.keys(manifest).length - 1} workbooks to ${outDir}`);
