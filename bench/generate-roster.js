// Writes a realistic official-form roster of N people (deterministic seed) for the benchmark:
// title block, two-row merged header with Nam/Nữ birth columns, numbering row, shared strings,
// real date cells and text dates, some NFD cells, a total row and a signature block. 14 columns.
import { mulberry32 } from '../scripts/fixtures/people.js';
import { col, SHEET_START, sharedStrings, writeRosterWorkbook } from './roster-parts.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thành', 'Xuân'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Mỹ', 'Hồng'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Ngọc',
  'Phúc',
  'Phương',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thủy',
  'Trang',
  'Tuấn',
  'Yến',
];
const ETHNIC = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', "H'Mông"];
const RELIGION = ['Không', 'Không', 'Không', 'Không', 'Không', 'Phật giáo', 'Công giáo', 'Không'];
const PLACES = [
  'Xã An Hòa, huyện Yên Thành, tỉnh Nghệ An',
  'Phường 3, TP Vinh, Nghệ An',
  'Xã Tân Lập - Đan Phượng - Hà Nội',
  'Xã Quỳnh Lưu, Quỳnh Lưu, Nghệ An',
  'Thị trấn Đô Lương, Nghệ An',
];
const POSITION = [
  'Chuyên viên',
  'Chuyên viên',
  'Chuyên viên',
  'Phó Trưởng phòng',
  'Trưởng phòng',
  'Bí thư Đảng ủy',
  'Chủ tịch UBND',
  'Công chức Văn phòng - Thống kê',
  'Kế toán',
];
const UNITS = [
  'UBND xã An Hòa',
  'UBND xã Tân Lập',
  'UBND phường 3',
  'Phòng Nội vụ huyện Yên Thành',
  'Văn phòng HĐND và UBND huyện',
  'UBND thị trấn Đô Lương',
  'Phòng Tài chính - Kế hoạch',
];
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
];
const LLCT = ['Trung cấp', 'TC LLCT', 'Cao cấp', 'CC LLCT', 'Sơ cấp', '', 'Cử nhân chính trị', 'Trung cấp'];
const QLNN = ['Chuyên viên', 'CV', 'Chuyên viên chính', 'CVC', '', 'Cán sự', 'Chuyên viên'];
const RANK = ['Chuyên viên', '01.003', 'Chuyên viên chính', 'CVC', 'Cán sự', 'Nhân viên', 'CV', 'Kế toán viên'];

/** Rows that are not people: 5 title, 2 header, 1 numbering, then total, a blank and 2 signature rows. */
export const NON_PERSON_ROWS = 12;

/** Writes a roster whose last row is `rows` (at most Excel's 1,048,576); returns the number of people. */
export async function generateRoster(path, rows, seed = 20241231) {
  if (rows > 1048576) throw new Error('Excel sheets have at most 1,048,576 rows');
  const people = rows - NON_PERSON_ROWS;
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const table = sharedStrings();
  const sst = table.index;
  const sCell = (ref, s) => `<c r="${ref}" t="s"><v>${sst(s)}</v></c>`;
  const title = [
    [1, 'A', 'UBND HUYỆN YÊN THÀNH'],
    [1, 'H', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [2, 'H', 'Độc lập - Tự do - Hạnh phúc'],
    [3, 'A', 'DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2024'],
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
  ];
  const head2 = ['', '', 'Nam', 'Nữ', '', '', '', '', '', 'Chuyên môn', 'Lý luận chính trị', 'Quản lý nhà nước', '', ''];
  function* sheet() {
    yield SHEET_START;
    for (const [r, c, t] of title) yield `<row r="${r}">${sCell(`${c}${r}`, t)}</row>`;
    yield `<row r="6">${head1.map((t, i) => (t ? sCell(`${col(i)}6`, t) : '')).join('')}</row>`;
    yield `<row r="7">${head2.map((t, i) => (t ? sCell(`${col(i)}7`, t) : '')).join('')}</row>`;
    yield `<row r="8">${head1.map((_, i) => sCell(`${col(i)}8`, `(${i + 1})`)).join('')}</row>`;
    let buf = [];
    for (let p = 0; p < people; p++) {
      const r = p + 9;
      const female = rnd() < 0.35;
      const name = `${pick(FAMILY)} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(GIVEN)}`;
      const year = 1960 + Math.floor(rnd() * 42);
      const month = 1 + Math.floor(rnd() * 12);
      const day = 1 + Math.floor(rnd() * 28);
      const serial = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
      const asText = rnd() < 0.3;
      const birthCol = female ? 'D' : 'C';
      const birth = asText
        ? sCell(`${birthCol}${r}`, `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`)
        : `<c r="${birthCol}${r}" s="1"><v>${serial}</v></c>`;
      let prof = pick(PROF);
      if (rnd() < 0.05) prof = prof.normalize('NFD');
      const cells = [
        `<c r="A${r}"><v>${p + 1}</v></c>`,
        sCell(`B${r}`, rnd() < 0.02 ? name.normalize('NFD') : name),
        birth,
        sCell(`E${r}`, pick(ETHNIC)),
        sCell(`F${r}`, pick(RELIGION)),
        sCell(`G${r}`, pick(PLACES)),
        sCell(`H${r}`, pick(POSITION)),
        sCell(`I${r}`, pick(UNITS)),
        sCell(`J${r}`, prof),
      ];
      const llct = pick(LLCT);
      if (llct) cells.push(sCell(`K${r}`, llct));
      const qlnn = pick(QLNN);
      if (qlnn) cells.push(sCell(`L${r}`, qlnn));
      cells.push(sCell(`M${r}`, pick(RANK)));
      if (rnd() < 0.85) cells.push(`<c r="N${r}" s="1"><v>${serial + 8000 + Math.floor(rnd() * 3000)}</v></c>`);
      buf.push(`<row r="${r}">${cells.join('')}</row>`);
      if (buf.length === 5000) {
        yield buf.join('');
        buf = [];
      }
    }
    yield buf.join('');
    const end = people + 9;
    yield `<row r="${end}">${sCell(`B${end}`, 'Tổng cộng')}<c r="C${end}"><v>${people}</v></c></row>`;
    yield `<row r="${end + 2}">${sCell(`H${end + 2}`, 'Yên Thành, ngày 31 tháng 12 năm 2024')}</row>`;
    yield `<row r="${end + 3}">${sCell(`B${end + 3}`, 'NGƯỜI LẬP BIỂU')}${sCell(`H${end + 3}`, 'THỦ TRƯỞNG ĐƠN VỊ')}</row>`;
    yield '</sheetData><mergeCells count="9"><mergeCell ref="A6:A7"/><mergeCell ref="B6:B7"/><mergeCell ref="C6:D6"/><mergeCell ref="E6:E7"/><mergeCell ref="F6:F7"/><mergeCell ref="G6:G7"/><mergeCell ref="H6:H7"/><mergeCell ref="I6:I7"/><mergeCell ref="J6:L6"/></mergeCells></worksheet>';
  }
  await writeRosterWorkbook(path, sheet(), table, {
    cellXfs: ['<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'],
  });
  return people;
}
