import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/normalize/fold-text.js';
import { originFrom, placeKey, unitPlace } from '../../src/normalize/place.js';

// The local / non-local decision as first written (every part folded for every person), the reference the
// memoised one must equal on rosters with more distinct home towns and units than its memos hold.
function reference(hometown: string, unit: string): string {
  if (foldText(hometown) === '') return 'unknown';
  const target = unitPlace(unit);
  if (!target) return 'unknown';
  const coarse = hometown.split(/\s+[-–]\s+|[,;]/);
  const parts = [...coarse, ...coarse.flatMap((p) => p.split(/[-–]/))].map(placeKey).filter(Boolean);
  return parts.includes(target) ? 'local' : 'non_local';
}

const SYL = ['An', 'Bình', 'Hòa', 'Hoà', 'Tân', 'Lập', 'Yên', 'Thành', 'Phú', 'Sơn', 'Đông', 'Xuân'];
const name = (i: number) => `${SYL[i % SYL.length]} ${SYL[Math.floor(i / SYL.length) % SYL.length]}`;

describe('origin on a high-cardinality roster', () => {
  it('equals the per-person reference past the memo caps (over 100,000 distinct home towns, 60,000 units)', () => {
    const forms = [
      (c: string, d: string, n: number) => `Thôn ${n}, xã ${c}, huyện ${d}, tỉnh Nghệ An`,
      (c: string, d: string, n: number) => `Xóm ${n} - ${c} - ${d}`,
      (c: string, d: string, n: number) => `Tổ ${n},X. ${c};H. ${d}`,
      (_c: string, d: string, n: number) => `Khối ${n}-${d}`,
      () => ' - ',
    ];
    let local = 0;
    const sample: Array<[string, string, string]> = [];
    for (let i = 0; i < 130_000; i++) {
      const c = name(i * 7);
      const d = name(i * 13 + 5);
      const hometown = forms[i % forms.length](c, d, i);
      const unit = i % 2 === 0 ? `Trường số ${i % 60_000} xã ${name(i * 7 + (i % 4))}` : `Phòng ${i % 60_000} huyện ${name(i * 13 + 5 + (i % 3))}`;
      const got = originFrom(hometown, unit);
      if (got === 'local') local++;
      if (i % 11 === 0) sample.push([hometown, unit, got]);
    }
    expect(local).toBeGreaterThan(10_000);
    expect(local).toBeLessThan(120_000);
    // Past the caps: the first ones again (recomputed or held), and a sample against the reference.
    for (const [hometown, unit, got] of sample) {
      expect(got).toBe(reference(hometown, unit));
      expect(originFrom(hometown, unit)).toBe(got);
    }
  });
});
