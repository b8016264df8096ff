// Writes the real-layout twins of fixtures/layouts/ (see fixtures/layouts/SOURCES.md): each a synthetic
// workbook laid out as a public roster layout is, filled with invented people, plus data/<twin>.people.json
// (the people, readable) and truth.json (what a person counts from the cells, in the format of
// ../shared/corpus/real-layouts/truth.json). Deterministic: `npm run fixtures:layouts` twice writes the
// same cells. usage: node scripts/build-layouts.js [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TWINS } from './fixtures/real-layouts/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.argv[2] ?? join(root, 'fixtures', 'layouts');
mkdirSync(join(outDir, 'data'), { recursive: true });

const checks = {};
for (const twin of TWINS) {
  const { people, checks: list } = await twin.build(outDir);
  writeFileSync(join(outDir, 'data', `${twin.file.replace(/\.[a-z]+$/, '')}.people.json`), `${JSON.stringify(people, null, 1)}\n`);
  for (const c of list) if (c.file !== twin.file) throw new Error(`${twin.file}: a check names ${c.file}`);
  checks[twin.file] = list;
}
const truth = {
  about:
    'Figures a person counts from the cells of each twin in this folder (synthetic workbooks laid out as public rosters are, filled with invented people; see SOURCES.md). Each check runs `cadre-stats summarize FILE --format json ARGS` and reads PATH from the JSON. Written by scripts/build-layouts.js from the people it invented (data/*.people.json), not by cadre-stats.',
  paths: {
    population: 'summary JSON population',
    'dimensions.<dim>.categories[key=<k>].count':
      'count of one category; key=a|b sums several; a missing "unknown" category counts as 0 (the CLI lists unknown only above 0)',
  },
  notes: {
    people: 'the default whole-workbook run (args []) is checked for every file: the figure a user gets without options.',
    ranks:
      'ngạch and chức danh nghề nghiệp codes are counted in the groups of scripts/fixtures/real-layouts/codes.js (viên chức hạng I/II/III/IV with CVCC/CVC/CV/Cán sự & TĐ).',
  },
  checks,
};
writeFileSync(join(outDir, 'truth.json'), `${JSON.stringify(truth, null, 1)}\n`);
console.log(`wrote ${TWINS.length} layout twins and ${Object.values(checks).flat().length} checks to ${outDir}`);
