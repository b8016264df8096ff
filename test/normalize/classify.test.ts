import { describe, expect, it } from 'vitest';
import { classify } from '../../src/normalize/classify.js';
import type { ClassifiedDimension } from '../../src/model/dimensions.js';

type Row = [ClassifiedDimension, string, string, boolean?];

const rows: Row[] = [
  ['professional', 'Tiến sĩ', 'doctorate'],
  ['professional', 'Tiến sỹ Kinh tế', 'doctorate'],
  ['professional', 'TSKH', 'doctorate'],
  ['professional', 'PGS.TS', 'doctorate'],
  ['professional', 'BSCK II', 'doctorate'],
  ['professional', 'Thạc sĩ', 'master'],
  ['professional', 'Thạc sỹ QLBV', 'master'],
  ['professional', 'ThS', 'master'],
  ['professional', 'Th.S', 'master'],
  ['professional', 'Ths Luật', 'master'],
  ['professional', 'Cao học', 'master'],
  ['professional', 'BSCK I', 'master'],
  ['professional', 'Trên ĐH', 'master'],
  ['professional', 'Tha\u0323c si\u0303 Luật'.normalize('NFD'), 'master'],
  ['professional', 'Đại học', 'university'],
  ['professional', 'ĐH', 'university'],
  ['professional', 'ÐH Kế toán', 'university'],
  ['professional', 'Cử nhân Luật', 'university'],
  ['professional', 'CN QTKD', 'university'],
  ['professional', 'CNKT', 'university'],
  ['professional', 'Kỹ sư Nông nghiệp', 'university'],
  ['professional', 'Kĩ sư xây dựng', 'university'],
  ['professional', 'KS', 'university'],
  ['professional', 'Bác sĩ đa khoa', 'university'],
  ['professional', 'Bác sỹ', 'university'],
  ['professional', 'Dược sĩ đại học', 'university'],
  ['professional', 'Đại học văn bằng 2', 'university'],
  ['professional', 'dai hoc', 'university'],
  ['professional', 'Cao đẳng', 'college'],
  ['professional', 'CĐ dược', 'college'],
  ['professional', 'Cao đăng điều dưỡng', 'college'],
  ['professional', 'CN CĐKTVXN', 'college'],
  ['professional', 'Trung cấp', 'intermediate'],
  ['professional', 'TC XD', 'intermediate'],
  ['professional', 'Trung cấp kỹ thuật điện', 'intermediate'],
  ['professional', 'THCN', 'intermediate'],
  ['professional', 'Y sỹ', 'intermediate'],
  ['professional', 'Sơ cấp', 'elementary'],
  ['professional', 'SC', 'elementary'],
  ['professional', 'Chưa qua đào tạo', 'none'],
  ['professional', 'Lái xe', 'none'],
  ['professional', '12/12', 'none'],
  ['professional', '', 'none'],
  ['professional', 'ĐH Luật; ThS QLKT', 'master'],
  ['professional', 'CN Kinh tế + CN Luật', 'university'],
  ['professional', 'Đại học, Thạc sĩ', 'master'],
  ['professional', 'Cao đẳng và Đại học', 'university'],
  ['political_theory', 'Cử nhân', 'advanced'],
  ['political_theory', 'Cử nhân chính trị', 'advanced'],
  ['political_theory', 'CNCT', 'advanced'],
  ['political_theory', 'Cao cấp', 'advanced'],
  ['political_theory', 'CC', 'advanced'],
  ['political_theory', 'Cao cấp LLCT', 'advanced'],
  ['political_theory', 'CC LLCT', 'advanced'],
  ['political_theory', 'Cao cấp LLCT-HC', 'advanced'],
  ['political_theory', 'Trung cấp', 'intermediate'],
  ['political_theory', 'TC', 'intermediate'],
  ['political_theory', 'TC LLCT', 'intermediate'],
  ['political_theory', 'Trung cấp LLCT-HC', 'intermediate'],
  ['political_theory', 'TCCT', 'intermediate'],
  ['political_theory', 'Sơ cấp', 'elementary'],
  ['political_theory', 'SCCT', 'elementary'],
  ['political_theory', 'Chưa', 'none'],
  ['political_theory', '-', 'none'],
  ['political_theory', '', 'none'],
  ['state_management', 'CVCC', 'senior_expert'],
  ['state_management', 'Chuyên viên chính', 'principal_expert'],
  ['state_management', 'CVC', 'principal_expert'],
  ['state_management', 'Chương trình chuyên viên chính', 'principal_expert'],
  ['state_management', 'CV', 'expert'],
  ['state_management', 'QLNN ngạch chuyên viên', 'expert'],
  ['state_management', 'Bồi dưỡng QLNN ngạch CV', 'expert'],
  ['state_management', 'Cán sự', 'officer'],
  ['state_management', '', 'none'],
  ['rank', 'Chuyên viên', 'expert'],
  ['rank', '01.003', 'expert'],
  ['rank', '01.002', 'principal_expert'],
  ['rank', '01.001', 'senior_expert'],
  ['rank', '01.004', 'officer'],
  ['rank', '01.005', 'employee'],
  ['rank', 'CVC', 'principal_expert'],
  ['rank', 'Thanh tra viên chính', 'principal_expert'],
  ['rank', 'Kiểm soát viên cao cấp thị trường', 'senior_expert'],
  ['rank', 'Kế toán viên', 'expert'],
  ['rank', 'Cán sự', 'officer'],
  ['rank', 'Nhân viên', 'employee'],
  ['rank', 'A2.1', 'principal_expert'],
  ['rank', 'Giáo viên THPT hạng II', 'principal_expert'],
  ['rank', 'V.07.01.03', 'expert'],
  ['rank', '', 'none'],
  ['general_education', '12/12', 'upper_secondary'],
  ['general_education', '10/10', 'upper_secondary'],
  ['general_education', '9/12', 'lower_secondary'],
  ['general_education', '7/10', 'lower_secondary'],
  ['general_education', '5/12', 'primary'],
  ['general_education', 'THPT', 'upper_secondary'],
  ['general_education', 'PTTH', 'upper_secondary'],
  ['general_education', 'Bổ túc THPT', 'upper_secondary'],
  ['general_education', 'THCS', 'lower_secondary'],
  ['general_education', 'Cấp 2', 'lower_secondary'],
  ['general_education', 'Tiểu học', 'primary'],
  ['general_education', '', 'unknown'],
  ['gender', 'Nam', 'male'],
  ['gender', 'nữ', 'female'],
  ['gender', 'Nu', 'female'],
  ['gender', 'NỮ', 'female'],
  ['ethnicity', 'Kinh', 'kinh'],
  ['ethnicity', 'Kinh (Việt)', 'kinh'],
  ['ethnicity', 'Tày', 'minority'],
  ['ethnicity', "H'Mông", 'minority'],
  ['ethnicity', 'Hmông', 'minority'],
  ['ethnicity', 'Ê-đê', 'minority'],
  ['ethnicity', 'Khơ-me', 'minority'],
  ['ethnicity', 'Hoa', 'minority'],
  ['ethnicity', 'Sán Chay', 'minority'],
  ['ethnicity', '', 'unknown'],
  ['religion', 'Không', 'none'],
  ['religion', 'Không tôn giáo', 'none'],
  ['religion', '-', 'none'],
  ['religion', 'Phật giáo', 'religious'],
  ['religion', 'Thiên Chúa giáo', 'religious'],
  ['religion', 'Phật giáo Hoà Hảo', 'religious'],
  ['religion', '', 'unknown'],
  ['party', 'x', 'member'],
  ['party', 'X', 'member'],
  ['party', 'Đảng viên', 'member'],
  ['party', 'Dự bị', 'member'],
  ['party', 'không', 'non_member'],
  ['party', '', 'non_member'],
  ['category', 'Cán bộ', 'cadre'],
  ['category', 'Công chức', 'civil_servant'],
  ['category', 'Viên chức', 'public_employee'],
  ['category', 'KCT', 'part_time'],
  ['category', 'Người hoạt động không chuyên trách', 'part_time'],
  ['category', 'HĐ 68', 'contract'],
  ['level', 'Xã', 'commune'],
  ['level', 'Huyện', 'district'],
  ['level', 'Tỉnh', 'province'],
  ['level', 'TW', 'central'],
  ['origin', 'x', 'local'],
  ['origin', 'Không', 'non_local'],
];

describe('classify', () => {
  it.each(rows)('%s: %j → %s', (dim, text, key) => {
    const got = classify(dim, text);
    expect(got.key).toBe(key);
    expect(got.matched).toBe(true);
  });

  it.each([
    ['Cử nhân Luật (đang học cao học)', 'university'],
    ['Đang học trung cấp', 'none'],
    ['ĐH (đang học ThS)', 'university'],
  ])('đang học: %j keeps %s and marks studying', (text, key) => {
    expect(classify('professional', text)).toEqual({ key, studying: true, matched: true });
  });

  it('đang học in political theory', () => {
    expect(classify('political_theory', 'Trung cấp (đang học CC)')).toEqual({ key: 'intermediate', studying: true, matched: true });
  });

  it.each([
    ['professional', 'Đại hoc x'],
    ['ethnicity', 'Sao Hỏa'],
    ['rank', '99.999'],
    ['gender', 'khác'],
  ] as const)('%s: %j matches nothing → unknown', (dim, text) => {
    expect(classify(dim, text)).toEqual({ key: 'unknown', studying: false, matched: false });
  });
});

describe('rank codes (src/vocab/rank-codes.json)', () => {
  it.each([
    ['08.051', 'expert'],
    ['08.052', 'officer'],
    ['08.053', 'employee'],
    ['01.008', 'employee'],
    ['16.119', 'officer'],
    ['13.096', 'officer'],
    ['17.170', 'expert'],
    ['V.05.02.07', 'expert'],
    ['V.07.01.01', 'senior_expert'],
    ['V.07.01.02', 'principal_expert'],
    ['V.07.04.31', 'principal_expert'],
    // loosely typed: no dots, number with its zeros lost, V without its dot, a spare word before it
    ['01003', 'expert'],
    ['1.003', 'expert'],
    ['1.01', 'employee'],
    ['V07.01.03', 'expert'],
    ['mã ngạch 01.002', 'principal_expert'],
  ])('%s → %s', (text, key) => {
    expect(classify('rank', text)).toMatchObject({ key, matched: true });
  });

  it('leaves an unmapped code unknown (and unmatched, so its cell is reported)', () => {
    expect(classify('rank', '99.999')).toMatchObject({ key: 'unknown', matched: false });
    expect(classify('rank', '16.130')).toMatchObject({ key: 'unknown', matched: false });
  });
});
