import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { program } from '../../src/cli.js';
import { optionHelpVi, HELP_VI } from '../../src/commands/help-text.js';
import { argvLang, envLang } from '../../src/commands/ui-lang.js';
import { LimitExceeded } from '../../src/io/limits.js';
import { asReadFailure, ReadError, ZipBombError } from '../../src/io/read-error.js';
import { nodePlatformInThread } from '../../src/io/node/node-platform.js';
import type { CadreError } from '../../src/model/cadre-error.js';
import { knows, say } from '../../src/vocab/sayings.js';
import { ROOT } from '../helpers/run-cli.js';

/**
 * The arguments of the call whose "(" is just before `from`, as written (split at the commas outside any
 * bracket or string): a message built by a call or a condition does not hide the hint after it.
 */
function callArgs(src: string, from: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < src.length; i++) {
    const ch = src[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      // To the string's end (a template's ${…} parts included).
      let nested = 0;
      for (i++; i < src.length; i++) {
        if (src[i] === '\\') i++;
        else if (ch === '`' && src[i] === '$' && src[i + 1] === '{') (nested++, i++);
        else if (nested > 0 && src[i] === '}') nested--;
        else if (nested === 0 && src[i] === ch) break;
      }
    } else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) {
      if (depth === 0) return [...args, src.slice(start, i).trim()];
      depth--;
    } else if (ch === ',' && depth === 0) {
      args.push(src.slice(start, i).trim());
      start = i + 1;
    }
  }
  return args;
}

const STRING = /^(?:'([^']*)'|`((?:[^`$]|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`)$/s;

// Every literal message and hint a CadreError is built with (either literal of a condition too), its `${…}` parts as "X": what a user may read.
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
        for (const m of src.matchAll(/new CadreError\(/g)) {
          // The message and the hint; a condition's two literals (`a ? 'x' : 'y'`) each.
          for (const arg of callArgs(src, m.index + m[0].length).slice(1, 3)) {
            const choice = /^[^'"`?]+\?\s*('[^']*'|`[^`]*`)\s*:\s*('[^']*'|`[^`]*`)$/s.exec(arg);
            for (const one of choice ? [choice[1], choice[2]] : [arg]) {
              const lit = STRING.exec(one);
              if (!lit) continue;
              const text = (lit[1] ?? lit[2])
                .replace(/\$\{([A-Z_]+)\}/g, (all, name: string) => constants.get(name) ?? all)
                .replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, 'X');
              out.push({ file: path.slice(ROOT.length + 1), text });
            }
          }
        }
      }
    }
  };
  walk(join(ROOT, 'src'));
  return out;
}

const LITERAL = /'([^']*)'|"([^"]*)"|`((?:[^`$]|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/;
const ARG = new RegExp(`(?:${LITERAL.source}|([A-Za-z_]+)\\b(?![.(\\[]))`);

/**
 * Every reader error raised in src/io (ReadError, ZipBombError, LimitExceeded, textTooLong): its `where` and
 * its reason as literals, `${…}` parts as "X"; a `where` held in a local constant (`const where = `part …``)
 * is read from it, one passed in from elsewhere (a parameter, `err.where`) is undefined.
 */
function readErrorTexts(): Array<{ file: string; kind: string; where?: string; reason?: string }> {
  const out: Array<{ file: string; kind: string; where?: string; reason?: string }> = [];
  const text = (m: RegExpMatchArray, at: number): string | undefined => {
    const lit = m[at] ?? m[at + 1] ?? m[at + 2];
    return lit?.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, 'X');
  };
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts')) {
        const src = readFileSync(path, 'utf8');
        const locals = new Map<string, string>();
        for (const c of src.matchAll(new RegExp(`const ([A-Za-z_]+) = (?:${LITERAL.source});`, 'g'))) locals.set(c[1], text(c, 2)!);
        const arg = (m: RegExpMatchArray, at: number): string | undefined => text(m, at) ?? (m[at + 3] ? locals.get(m[at + 3]) : undefined);
        for (const m of src.matchAll(new RegExp(`new (ReadError|ZipBombError|LimitExceeded)\\(\\s*${ARG.source}\\s*,\\s*${ARG.source}`, 'g')))
          out.push({ file: path.slice(ROOT.length + 1), kind: m[1], where: arg(m, 2), reason: arg(m, 6) });
        for (const m of src.matchAll(new RegExp(`textTooLong\\((?:[^,()]|\\([^()]*\\))+,\\s*(?:${LITERAL.source})`, 'g')))
          out.push({ file: path.slice(ROOT.length + 1), kind: 'LimitExceeded', where: text(m, 1) });
      }
    }
  };
  walk(join(ROOT, 'src', 'io'));
  return out;
}

// A reader's "X" parts as a real error holds them.
const sample = (text: string): string =>
  text
    .replace(/^part X\b/, 'part xl/worksheets/sheet1.xml')
    .replace(/^cell X\b/, 'cell B9')
    .replace(/\bX\b/g, '12');

describe('Vietnamese all the way', () => {
  it('every literal error message and hint in src/ has its Vietnamese in src/vocab/sayings.json', () => {
    const texts = errorTexts();
    expect(texts.length).toBeGreaterThan(40);
    // Hints after a message built by a call, and both literals of a message chosen by a condition, are read too.
    expect(texts.some((t) => t.file === 'src/commands/run-summarize.ts' && t.text === 'run cadre-stats inspect to see what was read')).toBe(true);
    expect(texts.some((t) => t.text === 'X has the same content as X: the same roster given twice would be counted twice')).toBe(true);
    // "X: X" (a file and a message kept in a constant, checked on its own) says nothing to translate.
    const untold = texts.filter((t) => !knows(t.text, true) && /[a-z]{2}/.test(t.text.replace(/X/g, ''))).map((t) => `${t.file}: ${t.text}`);
    // A message built with a conditional tail ("in this folder" / "… or below"): both forms are checked below.
    expect(untold.filter((t) => !t.endsWith('no roster file (X) in this folderX'))).toEqual([]);
  });

  it('the sheets a file without a roster was scanned in are said in Vietnamese, however many', () => {
    const en = `x.xlsx: no roster found: no header with "Họ và tên" and two other known columns in 'Trống' (empty), 'Bảng, 1' (rows 1–40), 'C' (rows 2–3), 'D' (empty)`;
    expect(say(en, 'vi')).toBe(
      `x.xlsx: không tìm thấy danh sách: không có dòng tiêu đề gồm "Họ và tên" và hai cột quen thuộc khác trong 'Trống' (trống), 'Bảng, 1' (dòng 1–40), 'C' (dòng 2–3), 'D' (trống)`,
    );
  });

  it("every sentence a message part is chosen from (const what = empty ? 'the file is empty' : …) has its Vietnamese", () => {
    const parts: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.ts')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/const (?:what|detail|reason|where) = ([^;]+);/g))
            for (const lit of m[1].matchAll(/'([^']*)'/g)) if (/[a-z]+ [a-z]+/.test(lit[1])) parts.push(`${path.slice(ROOT.length + 1)}: ${lit[1]}`);
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(parts.filter((p) => !knows(p.slice(p.indexOf(': ') + 2)))).toEqual([]);
  });

  it('every reader error in src/io says where and why in Vietnamese, whatever sheet and part', () => {
    const found = readErrorTexts();
    // The zip's, the sheet scanner's, the limits', the XML parts', the platforms' (a test that finds none proves nothing).
    expect(found.length).toBeGreaterThan(30);
    for (const dir of ['zip', 'xlsx', 'node', 'browser', 'csv']) expect(found.some((f) => f.file.startsWith(`src/io/${dir}/`))).toBe(true);
    expect(found.filter((f) => f.file === 'src/io/limits.ts').length).toBeGreaterThanOrEqual(3);
    const untold = found.flatMap((f) =>
      [f.where, f.reason].filter((t): t is string => t !== undefined && t !== '' && !knows(t, true)).map((t) => `${f.file}: ${t}`),
    );
    expect(untold).toEqual([]);
    // Each as the user reads it: neither its where nor its reason left in English in the Vietnamese line.
    const left: string[] = [];
    for (const f of found) {
      const where = f.where ? sample(f.where) : 'row 12';
      const reason = sample(f.reason ?? "text of 40,000 characters, past Excel's limit of 32,767 per cell");
      const Kind = f.kind === 'ZipBombError' ? ZipBombError : f.kind === 'LimitExceeded' ? LimitExceeded : ReadError;
      for (const sheet of [undefined, 'DS']) {
        const err = asReadFailure('roster.xlsx', new Kind(where, reason), sheet) as CadreError;
        const vi = say(err.message, 'vi');
        if (vi.includes(reason) || vi.includes(where) || !vi.startsWith('roster.xlsx: ') || say(err.hint!, 'vi') === err.hint) left.push(`${f.file}: ${vi}`);
      }
    }
    expect(left).toEqual([]);
  });

  it("zlib's own words for damaged compressed data are in Vietnamese too", async () => {
    // Damaged DEFLATE data of many shapes (a fixed pseudo-random sequence): each message zlib gives must be known.
    let seed = 7;
    const byte = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16;
    const messages = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const data = Uint8Array.from({ length: 4 + (i % 60) }, byte);
      try {
        const raw = (async function* () {
          yield data;
        })();
        for await (const piece of nodePlatformInThread.inflateRaw(raw)) void piece;
      } catch (err) {
        expect(err).toBeInstanceOf(ReadError);
        messages.add((err as Error).message);
      }
    }
    expect(messages.size).toBeGreaterThan(4);
    const untold = [...messages].filter((m) => {
      const vi = say(m, 'vi');
      return vi === m || /\b(invalid|too|unexpected|set|code)\b/.test(vi);
    });
    expect(untold).toEqual([]);
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
    // A field named in a sentence is named in Vietnamese; a column title stays as given.
    expect(say('--form btctw-8b has a column per level, not per unit', 'vi')).toBe('--form btctw-8b đã chia cột theo cấp, không chia theo đơn vị');
    expect(say('--form btctw-8b has a column per level, not per Phòng ban', 'vi')).toBe('--form btctw-8b đã chia cột theo cấp, không chia theo Phòng ban');
    expect(say('--form btctw-8b has a column per level, not per age band', 'vi')).toBe('--form btctw-8b đã chia cột theo cấp, không chia theo độ tuổi');
    expect(say('--where "category=giám đốc": "giám đốc" is not a value of category', 'vi')).toBe(
      '--where "category=giám đốc": "giám đốc" không phải một giá trị của tiêu chí đối tượng',
    );
    expect(say('--where "professional=x": "x" is not a value of professional', 'vi')).toContain('của tiêu chí trình độ chuyên môn');
    expect(say('--form btctw-8b has a column per level, not per unit', 'en')).toBe('--form btctw-8b has a column per level, not per unit');
    // An option given an empty value is said too (its part is no text at all).
    expect(say('--age-bands : not a preset nor a list of increasing upper bounds', 'vi')).toBe(
      '--age-bands : không phải tên mẫu nhóm tuổi, cũng không phải dãy cận trên tăng dần',
    );
    // A level's key is said by its label ("commune" is no Vietnamese word).
    expect(say('no unit says its level: the positions and categories place this roster at the commune level', 'vi')).toBe(
      'không đơn vị nào ghi cấp: chức vụ và đối tượng cho thấy danh sách thuộc cấp xã',
    );
    expect(say('no unit says its level: the positions and categories place this roster at the province level', 'vi')).toMatch(/thuộc cấp tỉnh$/);
    // Numbers take Vietnamese separators.
    expect(say("a.xlsx: more than 50,000,000 cells (at sheet 'DS' row 1200)", 'vi')).toBe("a.xlsx: nhiều hơn 50.000.000 ô (tại sheet 'DS' dòng 1200)");
    expect(say("valid: name (họ và tên), unit (đơn vị), or a column title of the roster; this sheet's columns: STT, Họ và tên", 'vi')).toBe(
      'hợp lệ: name (họ và tên), unit (đơn vị), hoặc tiêu đề một cột của danh sách; các cột của sheet này: STT, Họ và tên',
    );
    // A reader's error: where and why, each in turn.
    expect(say("a.xlsx: damaged workbook: sheet 'DS' row 9: has no end: the sheet is cut inside it", 'vi')).toBe(
      "a.xlsx: bảng tính bị hỏng: sheet 'DS' dòng 9: không có thẻ đóng: sheet bị cắt cụt giữa dòng này",
    );
    expect(say("a.xlsx: damaged workbook: part xl/sharedStrings.xml, string 2: text of 40,000 characters, past Excel's limit of 32,767 per cell", 'vi')).toBe(
      'a.xlsx: bảng tính bị hỏng: phần xl/sharedStrings.xml, chuỗi thứ 2: văn bản dài 40.000 ký tự, vượt giới hạn 32.767 ký tự một ô của Excel',
    );
    expect(say("a.xlsx: refused: sheet 'DS' part xl/worksheets/sheet1.xml would inflate to 900 MB from 12 KB", 'vi')).toBe(
      "a.xlsx: từ chối đọc: sheet 'DS' phần xl/worksheets/sheet1.xml sẽ bung từ 12 KB thành 900 MB",
    );
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
