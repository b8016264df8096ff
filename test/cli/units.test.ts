import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// fixtures/units-yen-thanh-{2024,2026}.xlsx (scripts/fixtures/state-2025.js): the staff of huyện Yên
// Thành's communes and district office at the end of 2024, and of the communes that absorbed them in 2026.
const OLD = 'fixtures/units-yen-thanh-2024.xlsx';
const NEW = 'fixtures/units-yen-thanh-2026.xlsx';

type Group = { key: string; label: string; mergedFrom?: string[]; population: { values: number[] } };

describe('old units → the units in force', () => {
  it('compare --by unit lines the 2024 communes up under the 2026 commune that absorbed them', async () => {
    const r = await runCli(['compare', OLD, NEW, '--by', 'unit', '--format', 'json']);
    expect(r.code).toBe(0);
    const groups = (JSON.parse(r.stdout) as { groups: Group[] }).groups;
    const byKey = Object.fromEntries(groups.map((g) => [g.key, g]));
    expect(byKey['Xã Bình Minh'].mergedFrom).toEqual(['UBND xã Mã Thành', 'UBND xã Tiến Thành', 'UBND xã Tân Thành', 'UBND xã Bình Minh']);
    // 3 + 2 + 2 people in 2024; 6 in 2026.
    expect(byKey['Xã Bình Minh'].population.values).toEqual([7, 6]);
    expect(byKey['Xã Giai Lạc'].population.values).toEqual([5, 4]);
    expect(byKey['Xã Quang Đồng'].mergedFrom).toEqual(['UBND xã Kim Thành', 'UBND xã Quang Thành', 'UBND xã Quang Đồng', 'Đảng ủy xã Quang Đồng']);
    expect(byKey['Xã Quang Đồng'].population.values).toEqual([5, 5]);
    expect(byKey['Xã Yên Thành'].population.values).toEqual([2, 3]);
    // Listed under two communes by the official rules as packaged: kept as read, never guessed.
    expect(byKey['UBND xã Hợp Thành'].population.values).toEqual([2, 0]);
    // The district office has no commune.
    expect(byKey['Phòng Nội vụ huyện Yên Thành'].population.values).toEqual([2, 0]);
  });

  it('summarize lists every unit read in sources[].units with how it was mapped', async () => {
    const r = await runCli(['summarize', OLD, '--units-as-of', '2025-07-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const units = (JSON.parse(r.stdout) as { sources: Array<{ units: Array<{ read: string; mappedTo: string | null; how: string }> }> }).sources[0].units;
    expect(units).toContainEqual({ read: 'UBND xã Kim Thành', mappedTo: 'Xã Quang Đồng', how: 'official' });
    expect(units).toContainEqual({ read: 'UBND thị trấn Hoa Thành', mappedTo: 'Xã Yên Thành', how: 'official' });
    expect(units).toContainEqual({ read: 'Phòng Nội vụ huyện Yên Thành', mappedTo: null, how: 'none' });
    expect(units.find((u) => u.read === 'UBND xã Hợp Thành')).toMatchObject({
      mappedTo: null,
      how: 'ambiguous',
      candidates: ['Xã Quang Đồng', 'Xã Yên Thành'],
    });
  });

  it('unitRenames in the config wins over the official rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-units-'));
    const config = join(dir, 'c.json');
    writeFileSync(config, JSON.stringify({ unitRenames: { 'UBND xã Hợp Thành': 'Xã Yên Thành', 'UBND xã Kim Thành': 'Xã Kim Thành (cũ)' } }));
    const r = await runCli(['summarize', OLD, '--units-as-of', '2026-01-01', '--config', config, '--by', 'unit', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { sources: Array<{ units: Array<{ read: string; how: string }> }>; groups: Group[] };
    expect(report.sources[0].units.find((u) => u.read === 'UBND xã Hợp Thành')?.how).toBe('config');
    expect(report.groups.find((g) => g.key === 'Xã Yên Thành')?.mergedFrom).toEqual(['UBND thị trấn Hoa Thành', 'UBND xã Hợp Thành']);
    expect(report.groups.find((g) => g.key === 'Xã Kim Thành (cũ)')?.population).toBe(3);
  });

  it("matches only within the province: --province Hà Tĩnh maps none of Nghệ An's communes", async () => {
    const r = await runCli(['summarize', OLD, '--units-as-of', '2026-01-01', '--province', 'Hà Tĩnh', '--format', 'json']);
    const units = (JSON.parse(r.stdout) as { sources: Array<{ units: Array<{ how: string }> }> }).sources[0].units;
    expect(units.filter((u) => u.how === 'official')).toEqual([]);
  });

  it('a date before 1/7/2025 maps nothing (the old units were in force)', async () => {
    const r = await runCli(['summarize', OLD, '--units-as-of', '2025-06-30', '--by', 'unit', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { sources: Array<{ units?: unknown }>; groups: Group[] };
    expect(report.sources[0].units).toBeUndefined();
    expect(report.groups.map((g) => g.key)).toContain('UBND xã Kim Thành');
  });

  it('inspect --units-as-of lists mapped, unmapped and ambiguous names', async () => {
    const r = await runCli(['inspect', OLD, '--units-as-of', '2026-01-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('units in force: official 8, config 0, ambiguous 1, none 1');
    expect(r.stdout).toMatch(/UBND xã Hợp Thành\s+│ \? Xã Quang Đồng \/ Xã Yên Thành │ ambiguous/);
  });
});
