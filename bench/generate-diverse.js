// The benchmark's high-cardinality roster ("diverse" shape), as a province-wide roster is: about one
// unit per 25 people (≈ 42,000 units at a million rows), ≈ 150,000 distinct full names, home towns at
// commune / district / province level in thousands of spellings (with and without "xã/huyện/tỉnh",
// abbreviations, dashes and commas), a few hundred positions, birth dates as real dates, text dates and
// year-only, every cell styled so empty cells are written, a title block with merged title rows.
// Same 14 columns and header as the low-cardinality shape (generate-roster.js). Deterministic; invented
// names built from syllables (no real person, no real commune list). With { ids: true } a 15th column
// "Số CCCD" holds a distinct 12-digit căn cước number per person as text (as rosters keyed to the national
// database will: a million more shared strings); the numbers are invented from the row (province code,
// century and sex digit, birth year, serial), and every other cell is as without it.
import { mulberry32 } from '../scripts/fixtures/people.js';
import { col, SHEET_START, sharedStrings, writeRosterWorkbook } from './roster-parts.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const FAMILY_RARE = ['Đinh', 'Trương', 'Lưu', 'Cao', 'Mai', 'Tạ', 'Hà', 'Lâm', 'Kiều', 'Chu', 'Thái', 'Tô', 'Lương', 'Đoàn'];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thành', 'Xuân', 'Công', 'Đình', 'Trọng', 'Quang', 'Bá', 'Ngọc', 'Tiến', 'Mạnh'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Mỹ', 'Hồng', 'Kim', 'Bích', 'Diệu', 'Phương', 'Hoài', 'Thùy', 'Minh', 'Khánh'];
// Given names: one syllable, or two (a middle-like syllable and a given one) for one in twelve: about
// 150,000 distinct full names in a million people.
const GIVEN = (
  'An Anh Bảo Bình Châu Chi Cường Diệp Dũng Duy Dương Đạt Điệp Đông Giang Hà Hải Hạnh Hằng Hậu Hiền Hiếu Hòa Hoa Hoàn Hùng ' +
  'Huy Huyền Hương Khang Khánh Khoa Kiên Lan Lâm Liên Linh Loan Long Lộc Lợi Luân Lực Mai Minh My Nam Nga Nghĩa Ngọc Nhân ' +
  'Nhung Oanh Phong Phúc Phương Quân Quang Quý Quyên Sang Sơn Tài Tâm Tân Thắng Thanh Thảo Thịnh Thơ Thủy Thư Tiến Toàn ' +
  'Trang Trí Trinh Trung Tú Tuấn Tùng Tuyết Uyên Vân Việt Vinh Vũ Xuân Yến'
).split(' ');
const GIVEN_PRE = ['Anh', 'Bảo', 'Gia', 'Hoài', 'Khánh', 'Minh', 'Ngọc', 'Phương', 'Quốc', 'Thanh', 'Thu', 'Tuấn', 'Xuân', 'Hải', 'Kim'];
// Place names are two invented syllables.
const SYL = (
  'An Bình Cát Châu Diên Đại Đông Đức Giao Hà Hải Hòa Hồng Hưng Khánh Kim Lạc Lâm Lập Long Lộc Minh Mỹ Nam Nghĩa Ngọc ' +
  'Nhân Phú Phúc Phước Quang Quế Quỳnh Sơn Tân Thạch Thái Thành Thạnh Thịnh Thuận Tiên Trung Trường Vĩnh Xuân Yên'
).split(' ');
const PROVINCES = [
  'Nghệ An',
  'Hà Tĩnh',
  'Thanh Hóa',
  'Quảng Bình',
  'Hà Nội',
  'Nam Định',
  'Thái Bình',
  'Bắc Giang',
  'Phú Thọ',
  'Quảng Nam',
  'Bình Định',
  'Đắk Lắk',
];
const DISTRICTS_PER_PROVINCE = 12;
const COMMUNES_PER_DISTRICT = 20;
const UNIT_TYPES = [
  'UBND xã',
  'Đảng ủy xã',
  'Trường Mầm non',
  'Trường Tiểu học',
  'Trường THCS',
  'Trạm Y tế xã',
  'Hội Nông dân xã',
  'Hội Liên hiệp Phụ nữ xã',
  'Đoàn Thanh niên xã',
  'Mặt trận Tổ quốc xã',
  'Hợp tác xã Nông nghiệp',
  'Trường Tiểu học số 2',
  'Trường Mầm non số 2',
  'Ban Quản lý chợ xã',
  'Công an xã',
];
const POS_BASE = [
  'Chuyên viên',
  'Phó Trưởng phòng',
  'Trưởng phòng',
  'Giáo viên',
  'Nhân viên',
  'Kế toán',
  'Phó Hiệu trưởng',
  'Hiệu trưởng',
  'Y sĩ',
  'Điều dưỡng',
  'Công chức',
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Bí thư',
  'Bí thư',
  'Văn thư',
  'Thủ quỹ',
  'Cán bộ',
  'Viên chức',
  'Tổ trưởng',
];
const POS_OF = [
  '',
  ' Văn phòng - Thống kê',
  ' Tài chính - Kế toán',
  ' Tư pháp - Hộ tịch',
  ' Địa chính - Xây dựng',
  ' Văn hóa - Xã hội',
  ' Toán',
  ' Ngữ văn',
  ' Tiếng Anh',
  ' chuyên môn',
  ' Đảng ủy',
  ' UBND',
  ' HĐND',
  ' hợp đồng',
  ', kiêm nhiệm',
];
const ETHNIC = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', "H'Mông", 'Dao', 'Ê Đê'];
const RELIGION = ['Không', 'Không', 'Không', 'Không', 'Không', 'Phật giáo', 'Công giáo', 'Không', '', 'Tin lành'];
const PROF = [
  'Đại học',
  'ĐH Luật',
  'Cử nhân Kinh tế',
  'Thạc sĩ',
  'ThS QLKT',
  'Thạc sỹ Luật',
  'Kỹ sư Nông nghiệp',
  'Cao đẳng',
  'Trung cấp',
  'TC Kế toán',
  'Tiến sĩ',
  'Đại học',
  'Cử nhân Luật (đang học cao học)',
  'Đại học Sư phạm',
  'CĐ Sư phạm',
  'Bác sĩ',
  '',
];
const LLCT = ['Trung cấp', 'TC LLCT', 'Cao cấp', 'CC LLCT', 'Sơ cấp', '', 'Cử nhân chính trị', 'Trung cấp', '', ''];
const QLNN = ['Chuyên viên', 'CV', 'Chuyên viên chính', 'CVC', '', 'Cán sự', 'Chuyên viên', '', ''];
const RANK = ['Chuyên viên', '01.003', 'Chuyên viên chính', 'CVC', 'Cán sự', 'Nhân viên', 'CV', 'Kế toán viên', 'Giáo viên THCS hạng II', ''];

/** Rows that are not people: 5 title, 2 header, 1 numbering, then total, a blank and 2 signature rows. */
export const DIVERSE_NON_PERSON_ROWS = 12;

/** Invented two-syllable names, distinct within the list. */
function placeNames(rnd, n, taken) {
  const out = [];
  while (out.length < n) {
    const a = SYL[Math.floor(rnd() * SYL.length)];
    const b = SYL[Math.floor(rnd() * SYL.length)];
    const name = `${a} ${b}`;
    if (a === b || taken.has(name)) continue;
    taken.add(name);
    out.push(name);
  }
  return out;
}

/** The places: every commune with its district and province. */
function gazetteer(rnd) {
  const taken = new Set();
  const communes = [];
  for (const province of PROVINCES) {
    for (const district of placeNames(rnd, DISTRICTS_PER_PROVINCE, taken)) {
      for (const commune of placeNames(rnd, COMMUNES_PER_DISTRICT, new Set([district]))) communes.push({ commune, district, province });
    }
  }
  return communes;
}

/** One of many ways people write a home town, at commune, district or province level. */
function spellHometown(rnd, { commune, district, province }) {
  const r = rnd();
  const v = Math.floor(rnd() * 8);
  if (r < 0.6) {
    switch (v) {
      case 0:
        return `Xã ${commune}, huyện ${district}, tỉnh ${province}`;
      case 1:
        return `${commune} - ${district} - ${province}`;
      case 2:
        return `${commune}, ${district}, ${province}`;
      case 3:
        return `X. ${commune}, H. ${district}, T. ${province}`;
      case 4:
        return `xã ${commune} huyện ${district} tỉnh ${province}`;
      case 5:
        return `${commune}-${district}-${province}`;
      case 6:
        return `Xã ${commune} - ${district}`;
      default:
        return `Thôn ${1 + Math.floor(rnd() * 12)}, xã ${commune}, ${district}, ${province}`;
    }
  }
  if (r < 0.85) {
    switch (v % 4) {
      case 0:
        return `Huyện ${district}, tỉnh ${province}`;
      case 1:
        return `${district} - ${province}`;
      case 2:
        return `H. ${district}, ${province}`;
      default:
        return `${district}, ${province}`;
    }
  }
  return v % 2 ? `Tỉnh ${province}` : province;
}

/** Writes a diverse roster whose last row is `rows`; returns { people, units, names, hometowns, positions }. */
export async function generateDiverseRoster(path, rows, seed = 20241231, { ids = false } = {}) {
  const width = ids ? 15 : 14;
  if (rows > 1048576) throw new Error('Excel sheets have at most 1,048,576 rows');
  const people = rows - DIVERSE_NON_PERSON_ROWS;
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const places = gazetteer(mulberry32(7));
  const unitCount = Math.max(1, Math.round(people / 25));
  const table = sharedStrings();
  const sst = table.index;
  const names = new Set();
  const hometowns = new Set();
  const positions = new Set();
  const sCell = (ref, s) => `<c r="${ref}" s="2" t="s"><v>${sst(s)}</v></c>`;
  const eCell = (ref) => `<c r="${ref}" s="2"/>`;
  const title = [
    [1, 'A', 'UBND TỈNH NGHỆ AN'],
    [1, 'H', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [2, 'A', 'SỞ NỘI VỤ'],
    [2, 'H', 'Độc lập - Tự do - Hạnh phúc'],
    [3, 'A', 'DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2024'],
    [4, 'A', '(Tính đến ngày 31/12/2024)'],
  ];
  const head1 = [
    'STT',
    'Họ và tên',
    'Ngày, tháng, năm sinh',
    '',
    'Dân tộc',
    'Tôn giáo',
    'Quê quán',
    'Chức vụ',
    'Đơn vị công tác',
    'Trình độ',
    '',
    '',
    'Ngạch',
    'Ngày vào Đảng',
    ...(ids ? ['Số CCCD'] : []),
  ];
  const head2 = ['', '', 'Nam', 'Nữ', '', '', '', '', '', 'Chuyên môn', 'Lý luận chính trị', 'Quản lý nhà nước', '', '', ...(ids ? [''] : [])];
  const styledRow = (r, texts) => `<row r="${r}">${texts.map((t, i) => (t ? sCell(`${col(i)}${r}`, t) : eCell(`${col(i)}${r}`))).join('')}</row>`;
  function* sheet() {
    yield SHEET_START;
    for (let r = 1; r <= 5; r++) {
      const texts = new Array(width).fill('');
      for (const [tr, c, t] of title) if (tr === r) texts[c.charCodeAt(0) - 65] = t;
      yield styledRow(r, texts);
    }
    yield styledRow(6, head1);
    yield styledRow(7, head2);
    yield styledRow(
      8,
      head1.map((_, i) => `(${i + 1})`),
    );
    let buf = [];
    let unitNo = -1;
    let unitName = '';
    let home = places[0];
    for (let p = 0; p < people; p++) {
      const r = p + 9;
      // Units are contiguous blocks of about 25 people, as a roster lists them.
      const u = Math.min(unitCount - 1, Math.floor((p * unitCount) / people));
      if (u !== unitNo) {
        unitNo = u;
        home = places[u % places.length];
        const type = UNIT_TYPES[Math.floor(u / places.length) % UNIT_TYPES.length];
        const round = Math.floor(u / (places.length * UNIT_TYPES.length));
        unitName = `${type} ${home.commune}${round ? ` (${round + 1})` : ''}, huyện ${home.district}`;
      }
      const female = rnd() < 0.4;
      const family = rnd() < 0.85 ? pick(FAMILY) : pick(FAMILY_RARE);
      const given = rnd() < 0.08 ? `${pick(GIVEN_PRE)} ${pick(GIVEN)}` : pick(GIVEN);
      const name = `${family} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${given}`;
      names.add(name);
      const year = 1960 + Math.floor(rnd() * 42);
      const month = 1 + Math.floor(rnd() * 12);
      const day = 1 + Math.floor(rnd() * 28);
      const serial = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
      const birthCol = female ? 3 : 2;
      const kind = rnd();
      const dd = String(day).padStart(2, '0');
      const mm = String(month).padStart(2, '0');
      let birth;
      if (kind < 0.55) birth = `<c r="${col(birthCol)}${r}" s="1"><v>${serial}</v></c>`;
      else if (kind < 0.75) birth = sCell(`${col(birthCol)}${r}`, `${dd}/${mm}/${year}`);
      else if (kind < 0.82) birth = sCell(`${col(birthCol)}${r}`, `${day}-${month}-${year}`);
      else if (kind < 0.87) birth = sCell(`${col(birthCol)}${r}`, `${dd}.${mm}.${year}`);
      else if (kind < 0.94) birth = `<c r="${col(birthCol)}${r}" s="2"><v>${year}</v></c>`;
      else birth = sCell(`${col(birthCol)}${r}`, String(year));
      // Two in three are from the unit's own commune (written at some level), the rest from anywhere.
      const from = rnd() < 0.66 ? home : pick(places);
      const hometown = spellHometown(rnd, from);
      hometowns.add(hometown);
      const position = `${pick(POS_BASE)}${pick(POS_OF)}`;
      positions.add(position);
      const texts = [
        null,
        rnd() < 0.02 ? name.normalize('NFD') : name,
        null,
        null,
        pick(ETHNIC),
        pick(RELIGION),
        hometown,
        position,
        unitName,
        rnd() < 0.05 ? pick(PROF).normalize('NFD') : pick(PROF),
        pick(LLCT),
        pick(QLNN),
        pick(RANK),
        null,
      ];
      const cells = [`<c r="A${r}" s="2"><v>${p + 1}</v></c>`];
      for (let i = 1; i < width; i++) {
        const ref = `${col(i)}${r}`;
        if (i === 14) {
          // Province code (odd, one per million people), century and sex, birth year, serial: distinct by construction.
          const province = String(1 + 2 * Math.floor(p / 1e6)).padStart(3, '0');
          const cccd = `${province}${(year < 2000 ? 0 : 2) + (female ? 1 : 0)}${String(year % 100).padStart(2, '0')}${String(p % 1e6).padStart(6, '0')}`;
          cells.push(sCell(ref, cccd));
        } else if (i === birthCol) cells.push(birth);
        else if (i === 2 || i === 3) cells.push(eCell(ref));
        else if (i === 13) cells.push(rnd() < 0.7 ? `<c r="${ref}" s="1"><v>${serial + 8000 + Math.floor(rnd() * 3000)}</v></c>` : eCell(ref));
        else cells.push(texts[i] ? sCell(ref, texts[i]) : eCell(ref));
      }
      buf.push(`<row r="${r}">${cells.join('')}</row>`);
      if (buf.length === 5000) {
        yield buf.join('');
        buf = [];
      }
    }
    yield buf.join('');
    const end = people + 9;
    yield `<row r="${end}">${sCell(`B${end}`, 'Tổng cộng')}<c r="C${end}" s="2"><v>${people}</v></c></row>`;
    yield `<row r="${end + 2}">${sCell(`H${end + 2}`, 'Nghệ An, ngày 31 tháng 12 năm 2024')}</row>`;
    yield `<row r="${end + 3}">${sCell(`B${end + 3}`, 'NGƯỜI LẬP BIỂU')}${sCell(`H${end + 3}`, 'GIÁM ĐỐC')}</row>`;
    const last = col(width - 1);
    const merges = [
      'A1:E1',
      `H1:${last}1`,
      'A2:E2',
      `H2:${last}2`,
      `A3:${last}3`,
      `A4:${last}4`,
      'A6:A7',
      'B6:B7',
      'C6:D6',
      'E6:E7',
      'F6:F7',
      'G6:G7',
      'H6:H7',
      'I6:I7',
      'J6:L6',
      'M6:M7',
      'N6:N7',
      ...(ids ? ['O6:O7'] : []),
    ];
    yield `</sheetData><mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells></worksheet>`;
  }
  // Style 1: a date; style 2: a bordered text cell (every roster cell carries it, empty ones too).
  await writeRosterWorkbook(path, sheet(), table, {
    borders: '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border>',
    cellXfs: [
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>',
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>',
    ],
  });
  return { people, units: unitCount, names: names.size, hometowns: hometowns.size, positions: positions.size };
}
