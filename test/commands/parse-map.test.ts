import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../src/commands/parse-map.js';
import { loadConfig } from '../../src/commands/resolve-options.js';
import { CadreError } from '../../src/model/cadre-error.js';
import { mapKeyText, mapOptionText, parseMapKey } from '../../src/model/map-key.js';
import { forcedOf } from '../../src/pipeline/sheet-settings.js';

const usage = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(CadreError);
    expect((err as CadreError).exitCode).toBe(2);
    return (err as CadreError).message;
  }
  throw new Error('no error');
};

describe('--map values', () => {
  it('plain field=COLUMN applies to every sheet (letter or title, spaces trimmed)', () => {
    expect(parseMap(['professional=O', ' unit = Phòng (Đơn vị) '])).toEqual({ professional: 'O', unit: 'Phòng (Đơn vị)' });
    // A title may hold "!" and "=": only the first "=" splits.
    expect(parseMap(['unit=Phòng!=x'])).toEqual({ unit: 'Phòng!=x' });
  });

  it('SHEET!field=COLUMN names one sheet, with or without Excel quotes', () => {
    expect(parseMap(['XUAT du lieu!professional=M'])).toEqual({ "'XUAT du lieu'!professional": 'M' });
    expect(parseMap(["'XUAT du lieu'!professional=M"])).toEqual({ "'XUAT du lieu'!professional": 'M' });
    expect(parseMap(['DS!gender=F'])).toEqual({ 'DS!gender': 'F' });
    // In quotes a sheet name may hold "=", "!" and a doubled "'".
    expect(parseMapKey("'a=b!c'!gender")).toEqual({ sheet: 'a=b!c', field: 'gender' });
    expect(parseMapKey("'Chị Lan''s'!gender")).toEqual({ sheet: "Chị Lan's", field: 'gender' });
    // Unquoted, the sheet name runs to the last "!".
    expect(parseMapKey('Tổ 1!2!rank')).toEqual({ sheet: 'Tổ 1!2', field: 'rank' });
    expect(parseMap(["'Chị Lan''s'!gender=Giới tính"])).toEqual({ "'Chị Lan''s'!gender": 'Giới tính' });
  });

  it.each([['gender'], ['gender='], ['bogus=F'], ['!gender=F'], ["'unterminated!gender=F"], ["'DS'gender=F"], ['DS!Gender=F'], ['=F']])(
    '%j is a usage error',
    (v) => {
      expect(usage(() => parseMap([v]))).toBe(`--map "${v}": expected field=COLUMN or SHEET!field=COLUMN`);
    },
  );

  it('keys and options are written back as Excel and a shell take them', () => {
    expect(mapKeyText({ sheet: 'DS', field: 'gender' })).toBe('DS!gender');
    expect(mapKeyText({ sheet: 'NHẬP du lieu', field: 'gender' })).toBe("'NHẬP du lieu'!gender");
    expect(mapOptionText('gender', 'CỘT')).toBe('--map gender=CỘT');
    expect(mapOptionText('gender', 'CỘT', 'NHẬP du lieu')).toBe("--map 'NHẬP du lieu!gender=CỘT'");
    expect(mapOptionText('gender', 'F', "Chị Lan's")).toBe(`--map "'Chị Lan''s'!gender=F"`);
    // What a hint prints parses back to the same sheet and field.
    expect(parseMapKey('NHẬP du lieu!gender')).toEqual({ sheet: 'NHẬP du lieu', field: 'gender' });
  });

  it("a sheet's forced columns: plain maps, then its own, which win (the sheet name compared folded)", () => {
    const map = { gender: 'F', professional: 'O', "'Phòng A'!professional": 'M', 'Phòng B!gender': 'Giới tính' };
    expect(forcedOf(map, 'phòng a')).toEqual({ gender: 5, professional: 12 });
    expect(forcedOf(map, 'Phòng B')).toEqual({ gender: 'Giới tính', professional: 14 });
    expect(forcedOf(map, 'Phòng C')).toEqual({ gender: 5, professional: 14 });
    // The command line (merged last) wins over the config for the same sheet.
    expect(forcedOf({ 'Phòng A!professional': 'M', "'Phòng A'!professional": 'N' }, 'Phòng A')).toEqual({ professional: 13 });
  });
});

describe('"map" in --config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-map-config-'));
  const config = (map: unknown): string => {
    const path = join(dir, `c${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify({ map }));
    return path;
  };

  it('takes the same keys as --map', async () => {
    expect((await loadConfig(config({ professional: 'O', 'XUAT du lieu!professional': 'M', "'NHẬP du lieu'!gender": 'F' }), 'en')).map).toEqual({
      professional: 'O',
      'XUAT du lieu!professional': 'M',
      "'NHẬP du lieu'!gender": 'F',
    });
  });

  it('refuses a key that is neither a field nor SHEET!field, naming it (exit 1)', async () => {
    const path = config({ 'XUAT du lieu!bogus': 'M' });
    try {
      await loadConfig(path, 'en');
      throw new Error('no error');
    } catch (err) {
      expect((err as CadreError).code).toBe('BAD_CONFIG');
      expect((err as CadreError).message).toBe(`--config ${path}: map."XUAT du lieu!bogus": expected a field or SHEET!field`);
    }
  });
});
