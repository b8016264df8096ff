import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressLine } from '../../src/commands/progress.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = {
    isTTY,
    columns: 120,
    text: '',
    write(chunk: string) {
      s.text += chunk;
      return true;
    },
  };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe('progress line', () => {
  afterEach(() => vi.useRealTimers());

  it('after the first second, shows the share of bytes, rows and rows per second, then clears itself', () => {
    vi.useFakeTimers({ now: 0 });
    const out = fakeStream(true);
    const p = progressLine('vi', false, out);
    // The first rows came half a second after the start (the file opened, its shared strings read).
    vi.setSystemTime(500);
    p.onProgress!({ file: '/x/roster.xlsx', sheet: 'DS', rows: 10_000, bytes: 1, totalBytes: 10 });
    expect(out.text).toBe(''); // too early: quick reads show nothing
    vi.setSystemTime(2000);
    p.onProgress!({ file: '/x/roster.xlsx', sheet: 'DS', rows: 160_000, bytes: 240 * 1048576, totalBytes: 480 * 1048576 });
    // 150,000 rows in the 1.5 s since the first report (not 160,000 in the 2 s since the start).
    expect(out.text).toBe('\rđang đọc roster.xlsx › DS: 50% (240 / 480 MB), 160.000 dòng, 100.000 dòng/giây\x1b[K');
    vi.setSystemTime(2100);
    p.onProgress!({ file: '/x/roster.xlsx', sheet: 'DS', rows: 210_000, bytes: 250 * 1048576, totalBytes: 480 * 1048576 });
    expect(out.text.split('\r').length).toBe(2); // redrawn at most every 250 ms
    p.done();
    expect(out.text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('English wording and number format', () => {
    vi.useFakeTimers({ now: 0 });
    const out = fakeStream(true);
    const p = progressLine('en', false, out);
    vi.setSystemTime(4000);
    // A first report says no rate yet (nothing to count it from)…
    p.onProgress!({ file: 'a.csv', sheet: 'a', rows: 48_575 });
    expect(out.text).toBe('\rreading a.csv › a: 48,575 rows\x1b[K');
    vi.setSystemTime(8000);
    p.onProgress!({ file: 'a.csv', sheet: 'a', rows: 1_048_575 });
    expect(out.text).toContain('\rreading a.csv › a: 1,048,575 rows, 250,000 rows/s\x1b[K');
  });

  it('is silent when stderr is not a terminal, and with --quiet', () => {
    vi.useFakeTimers({ now: 0 });
    for (const [tty, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const out = fakeStream(tty);
      const p = progressLine('vi', quiet, out);
      vi.setSystemTime(Date.now() + 5000);
      p.onProgress?.({ file: 'a.xlsx', sheet: 'DS', rows: 5 });
      p.done();
      expect(out.text).toBe('');
    }
  });
});
