import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('cadre-stats web', () => {
  it('writes the prebuilt page: one file under 3 MB, its script and styles inline, a policy that forbids the network', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-web-file-'));
    try {
      const out = join(dir, 'trang.html');
      const r = await runCli(['web', '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      // The note in the help's language: Vietnamese by default, English for an English locale.
      expect(r.stderr).toMatch(/trang\.html: 2,\d MB; mở bằng Chrome, Edge hoặc Firefox rồi kéo thả danh sách vào trang\n$/);
      const en = await runCli(['web', '--out', join(dir, 'page.html')], { env: { LANG: 'en_US.UTF-8' } });
      expect(en.stderr).toMatch(/page\.html: 2\.\d MB; open it in Chrome, Edge or Firefox and drop rosters on it\n$/);
      const page = readFileSync(out);
      expect(page.equals(readFileSync(join(ROOT, 'dist', 'web', 'cadre-stats.html')))).toBe(true);
      expect(page.length).toBeLessThan(3_000_000);
      const html = page.toString('utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expect(csp?.split('; ')).toEqual([
        "default-src 'none'",
        "script-src 'unsafe-inline' blob:",
        'worker-src blob:',
        "style-src 'unsafe-inline'",
        'img-src data: blob:',
        "base-uri 'none'",
        "form-action 'none'",
      ]);
      // Nothing outside the inline script refers to another file: no src=, no <link>, one <script>, one <style>.
      const markup = html
        .replace(/<script id="cadre-stats-script">[\s\S]*<\/script>/, '<script></script>')
        .replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
      expect(markup).not.toMatch(/\ssrc=|<link|@import|url\(/i);
      expect(markup.match(/<script/g)).toHaveLength(1);
      expect(markup.match(/<style/g)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--out a name that is no HTML file is refused (exit 2), and the file there is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-web-file-'));
    try {
      // A roster's name: the page was written over it.
      const roster = join(dir, 'ds-2025.xlsx');
      writeFileSync(roster, 'roster');
      const r = await runCli(['web', '--out', roster]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `cadre-stats: --out ${roster}: trang là một tệp HTML, mà tên này không có đuôi .html\n  hãy cho --out một tên có đuôi .html, ví dụ --out cadre-stats.html\n`,
      );
      expect(readFileSync(roster, 'utf8')).toBe('roster');
      expect((await runCli(['web', '--out', join(dir, 'Trang.HTM')])).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--out a folder is one clear line and exit 1', async () => {
    const r = await runCli(['web', '--out', 'fixtures']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('cadre-stats: --out fixtures: đây là thư mục\n  hãy cho tên tệp\n');
  });
});
