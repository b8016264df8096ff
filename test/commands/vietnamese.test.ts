import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { program } from '../../src/cli.js';
import { optionHelpVi, HELP_VI } from '../../src/commands/help-text.js';
import { argvLang, envLang } from '../../src/commands/ui-lang.js';
import { knows, say } from '../../src/vocab/sayings.js';
import { ROOT } from '../helpers/run-cli.js';

// Every literal message and hint a CadreError is built with, its `${…}` parts as "X": what a user may read.
function errorTexts(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts')) {
        const src = readFileSync(path, 'utf8');
        // String constants of the file (const SAVE_AS = '…') stand in for their names.
        const constants = new Map([...src.matchAll(/const ([A-Z_]+) = '([^']*)';/g)].map((c) => [c[1], c[2]]));
        for (const m of src.matchAll(
          /new CadreError\(\s*'[A-Z_]+',\s*((?:'[^']*'|`(?:[^`$]|\$\{(?:[^{}]|\{[^{}]*\})*\})*`)(?:,\s*(?:'[^']*'|`(?:[^`$]|\$\{(?:[^{}]|\{[^{}]*\})*\})*`))?)/g,
        )) {
          for (const lit of m[1].matchAll(/'([^']*)'|`((?:[^`$]|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/g)) {
            const text = (lit[1] ?? lit[2])
              .replace(/\$\{([A-Z_]+)\}/g, (all, name: string) => constants.get(name) ?? all)
              .replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, 'X');
            out.push({ file: path.slice(ROOT.length + 1), text });
          }
        }
      }
    }
  };
  walk(join(ROOT, 'src'));
  return out;
}

describe('Vietnamese all the way', () => {
  it('every literal error message and hint in src/ has its Vietnamese in src/vocab/sayings.json', () => {
    const texts = errorTexts();
    expect(texts.length).toBeGreaterThan(40);
    // "X: X" (a file and a message kept in a constant, checked on its own) says nothing to translate.
    const untold = texts.filter((t) => !knows(t.text, true) && /[a-z]{2}/.test(t.text.replace(/X/g, ''))).map((t) => `${t.file}: ${t.text}`);
    // A message built with a conditional tail ("in this folder" / "… or below"): both forms are checked below.
    expect(untold.filter((t) => !t.endsWith('no roster file (X) in this folderX'))).toEqual([]);
  });

  it('fills the parts back in, and translates the sentence a part holds', () => {
    expect(say('roster.xlsx: no such file', 'vi')).toBe('roster.xlsx: không có tệp này');
    expect(say('roster.xlsx: no such file', 'en')).toBe('roster.xlsx: no such file');
    expect(say("a.xlsx: no sheet named 'DS'", 'vi')).toBe("a.xlsx: không có sheet tên 'DS'");
    expect(say('sheets: DS, TH, or all', 'vi')).toBe('các sheet: DS, TH, hoặc all (tất cả)');
    expect(say("error: option '--lang <lang>' argument 'fr' is invalid. Allowed choices are vi, en.", 'vi')).toBe(
      "lỗi: tuỳ chọn '--lang <lang>': giá trị 'fr' không hợp lệ. Chỉ được chọn: vi, en.",
    );
    expect(say('xa: no roster file (.xlsx .csv) in this folder', 'vi')).toBe('xa: thư mục không có tệp danh sách nào (.xlsx .csv)');
    expect(say('xa: no roster file (.xlsx .csv) in this folder or below', 'vi')).toBe('xa: thư mục và các thư mục con không có tệp danh sách nào (.xlsx .csv)');
    // A sentence nobody translated stays as it was, never half-translated.
    expect(say('something new went wrong', 'vi')).toBe('something new went wrong');
  });

  it('every command, argument and option has its Vietnamese help', () => {
    const root = program('en');
    const missing: string[] = [];
    for (const cmd of root.commands) {
      if (!HELP_VI.commands[cmd.name()]) missing.push(cmd.name());
      for (const arg of cmd.registeredArguments) if (!HELP_VI.arguments[`${cmd.name()} ${arg.name()}`]) missing.push(`${cmd.name()} <${arg.name()}>`);
      for (const option of cmd.options) if (!optionHelpVi(cmd.name(), option)) missing.push(`${cmd.name()} ${option.flags}`);
    }
    expect(missing).toEqual([]);
    const vi = program('vi');
    const help = vi.commands.find((c) => c.name() === 'compare')!.helpInformation();
    expect(help).toContain('Cách dùng: cadre-stats compare');
    expect(help).toContain('mỗi kỳ một tệp danh sách (một thư mục');
    expect(help).not.toMatch(/\bdefault:|\bchoices:/);
    // The usage lines too, on every command; English stays English.
    const rootHelp = vi.helpInformation();
    expect(rootHelp).toContain('Cách dùng: cadre-stats [tuỳ chọn] [lệnh]\n');
    expect(rootHelp).toMatch(/\n {2}summarize\|summary \[tuỳ chọn\] <roster\.\.\.> /);
    for (const cmd of [vi, ...vi.commands]) expect(cmd.helpInformation()).not.toMatch(/\[options\]|\[command\]|Usage:/);
    expect(help).toContain('Cách dùng: cadre-stats compare|diff [tuỳ chọn] <rosters...>\n');
    expect(root.helpInformation()).toContain('Usage: cadre-stats [options] [command]\n');
    expect(root.commands.find((c) => c.name() === 'compare')!.helpInformation()).toContain('Usage: cadre-stats compare|diff [options] <rosters...>\n');
  });

  it('the language: --lang wins, then an English locale, else Vietnamese', () => {
    expect(envLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(envLang({ LANG: 'en' })).toBe('en');
    expect(envLang({ LANG: 'vi_VN.UTF-8' })).toBe('vi');
    expect(envLang({ LANG: 'C.UTF-8' })).toBe('vi');
    expect(envLang({})).toBe('vi');
    expect(envLang({ LANG: 'en_US.UTF-8', LC_ALL: 'vi_VN.UTF-8' })).toBe('vi');
    expect(envLang({ LANG: 'vi_VN.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toBe('en');
    expect(argvLang(['node', 'cli', 'summarize', 'x.xlsx', '--lang', 'en'], {})).toBe('en');
    expect(argvLang(['node', 'cli', 'summarize', '--lang=vi'], { LANG: 'en_US.UTF-8' })).toBe('vi');
    expect(argvLang(['node', 'cli', 'summarize'], { LANG: 'en_US.UTF-8' })).toBe('en');
  });
});
