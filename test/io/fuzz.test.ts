import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFile } from '../../src/io/node/open-file.js';
import { CadreError } from '../../src/model/cadre-error.js';
import { createClassifier } from '../../src/normalize/classifier.js';
import { loadRosters } from '../../src/pipeline/load-roster.js';
import { say } from '../../src/vocab/sayings.js';
// The fixtures' own seeded generator: the same cases on every run.
import { mulberry32 } from '../../scripts/fixtures/people.js';
import { FIXTURES } from '../helpers/run-cli.js';

const CASE_MS = 5_000;
const PER_KIND = 15;
const dir = mkdtempSync(join(tmpdir(), 'cadre-fuzz-'));

type Rng = () => number;
type Mutation = (bytes: Buffer, rnd: Rng) => Buffer;

const int = (rnd: Rng, n: number): number => Math.floor(rnd() * n);

/** Offsets of a 4-byte little-endian signature in a buffer. */
function offsets(bytes: Buffer, signature: number): number[] {
  const sig = Buffer.alloc(4);
  sig.writeUInt32LE(signature);
  const out: number[] = [];
  for (let at = bytes.indexOf(sig); at >= 0; at = bytes.indexOf(sig, at + 1)) out.push(at);
  return out;
}

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const MUTATIONS: Record<string, Mutation> = {
  truncated: (b, rnd) => b.subarray(0, 1 + int(rnd, b.length - 1)),
  'bytes flipped': (b, rnd) => {
    const out = Buffer.from(b);
    for (let k = 1 + int(rnd, 8); k > 0; k--) out[int(rnd, out.length)] ^= 1 + int(rnd, 255);
    return out;
  },
  // A part renamed in the central directory (the name bytes rewritten in place, so offsets stay valid):
  // two entries swap names when they can, else one letter of a name changes.
  'entry renamed': (b, rnd) => {
    const out = Buffer.from(b);
    const heads = offsets(out, CENTRAL)
      .map((at) => ({ at: at + 46, len: out.readUInt16LE(at + 28) }))
      .filter((h) => h.at + h.len <= out.length);
    const a = heads[int(rnd, heads.length)];
    const twin = heads.find((h) => h !== a && h.len === a.len);
    if (twin) {
      const name = Buffer.from(out.subarray(a.at, a.at + a.len));
      out.copy(out, a.at, twin.at, twin.at + twin.len);
      name.copy(out, twin.at);
    } else out[a.at + int(rnd, a.len)] = 0x61 + int(rnd, 26);
    return out;
  },
  // A local file header (30 bytes) zeroed: the central directory still points at it.
  'local header zeroed': (b, rnd) => {
    const out = Buffer.from(b);
    const locals = offsets(out, LOCAL);
    const at = locals[int(rnd, locals.length)];
    out.fill(0, at, at + 30);
    return out;
  },
};

const ZIP = Object.keys(MUTATIONS);
/** Fixtures and the mutations that apply to them: the zip ones only to zip packages. */
const SOURCES: Record<string, string[]> = {
  'twin-clean.xlsx': ZIP,
  'official-form.xlsx': ZIP,
  'twin-clean.ods': ZIP,
  'twin-clean.xls': ['truncated', 'bytes flipped'],
};

/** Reads a file through the whole loading pipeline (sheets, merges, rows, header detection, records). */
async function load(file: string): Promise<void> {
  await loadRosters([file], {
    open: (f) => openFile(f, { inThread: true }),
    sheet: 'all',
    config: {},
    lang: 'vi',
    classifier: createClassifier('vi'),
    today: { year: 2026, month: 1, day: 1 },
    onOfficial: () => undefined,
  });
}

// English words a reader's message is made of ("byte" and "zip" are Vietnamese too).
const ENGLISH =
  /\b(the|is|are|of|not|and|or|its|from|at|by|cannot|be|missing|damaged|refused|part|row|cell|file|entry|entries|bytes|inflated?|found|cut|past|ends?|early|invalid|unexpected|declares|holds|says|stored|uses|would|match)\b/;

/** What is left in English in the Vietnamese line of a reader's error (damaged workbook, refused zip bomb), or ''. */
function english(err: CadreError, file: string): string {
  if (!/^[^:]*: (damaged workbook|refused): /.test(err.message.replace(file, 'f'))) return '';
  const vi = say(err.message, 'vi').replace(file, 'f');
  return ENGLISH.test(vi) ? vi : '';
}

/** The outcome of one case: "read", a CadreError code, or a failure naming what escaped or what stayed English. */
async function outcome(file: string): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`TIMEOUT after ${CASE_MS} ms`), CASE_MS)));
  try {
    return await Promise.race([
      load(file).then(
        () => 'read',
        (err: unknown) =>
          err instanceof CadreError
            ? english(err, file)
              ? `ENGLISH IN VIETNAMESE: ${english(err, file)}`
              : err.code
            : `ESCAPED ${(err as Error)?.name}: ${(err as Error)?.message}`,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const cases = Object.entries(SOURCES).flatMap(([source, kinds], s) =>
  kinds.flatMap((kind, k) => Array.from({ length: PER_KIND }, (_, i) => ({ source, kind, seed: 100000 * (s + 1) + 1000 * k + i }))),
);
const tally = new Map<string, number>();

// Damaged files of every shape (truncated, bit-flipped, parts renamed, headers zeroed) must end, in
// bounded time, in either a result or a CadreError: never a TypeError, RangeError or a hang; and a reader's
// error says where and why in Vietnamese, with nothing left in English.
describe('seeded fuzzing of the readers', () => {
  it.each(cases.map((c) => [`${c.source} ${c.kind} #${c.seed}`, c]))(
    '%s',
    async (_name, c) => {
      const bytes = MUTATIONS[c.kind](readFileSync(join(FIXTURES, c.source)), mulberry32(c.seed));
      const file = join(dir, `${c.seed}-${c.source}`);
      writeFileSync(file, bytes);
      const got = await outcome(file);
      tally.set(got, (tally.get(got) ?? 0) + 1);
      expect(got, `${c.kind} of ${c.source} (seed ${c.seed}, kept in ${file})`).toMatch(/^(read|[A-Z_]+)$/);
    },
    CASE_MS + 5_000,
  );

  afterAll(() => {
    process.stdout.write(
      `fuzz: ${cases.length} cases: ${[...tally.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}\n`,
    );
  });
});
