import { CATEGORY_KEYS, DIMENSION_KEYS, OPTIONAL_DIMENSIONS, type DimensionKey, type FixedDimension } from '../model/dimensions.js';
import { categoryLabel, dimensionLabel } from '../normalize/classify.js';
import { ageBandDimensionLabel, bandLabel } from '../stats/age-bands.js';
import type { Tally } from '../stats/accumulate.js';
import { INDICATOR_DEFS } from '../stats/indicator-defs.js';
import { meanHalfUp, percentHalfUp, sharePercents } from '../stats/percent.js';
import type { DimensionTable, Indicator, ReportSettings } from './types.js';
import type { PolicyLevel } from '../model/policy.js';

/** Every dimension of a tally as a table: all categories in table order, `unknown` only when above 0. */
export function buildDimensions(
  tally: Tally,
  settings: ReportSettings,
  missing: ReadonlySet<DimensionKey> = new Set(),
): Partial<Record<DimensionKey, DimensionTable>> {
  const out: Partial<Record<DimensionKey, DimensionTable>> = {};
  for (const dim of DIMENSION_KEYS) {
    // employment, position_group, assessment, term: a table only when a roster has their column.
    if (OPTIONAL_DIMENSIONS.has(dim) && missing.has(dim)) continue;
    const all: readonly string[] = dim === 'age_band' ? [...settings.bandKeys, 'unknown'] : CATEGORY_KEYS[dim as FixedDimension];
    const keys = all.filter((k) => k !== 'unknown' || tally.count(dim, k) > 0);
    const counts = keys.map((k) => tally.count(dim, k));
    const percents = sharePercents(counts, tally.population, settings.decimals, settings.rounding);
    const label = dim === 'age_band' ? ageBandDimensionLabel(settings.lang) : dimensionLabel(dim as FixedDimension, settings.lang);
    out[dim] = {
      label,
      ...(missing.has(dim) ? { missing: true } : {}),
      categories: keys.map((key, i) => ({
        key,
        label: dim === 'age_band' ? bandLabel(key, settings.lang) : categoryLabel(dim as FixedDimension, key, settings.lang),
        count: counts[i],
        percent: percents[i],
      })),
    };
  }
  return out;
}

/**
 * The indicators of a tally. An indicator that restates one category of a dimension table (nữ, thạc sĩ)
 * prints that table's figure, so one fact has one figure; an aggregate of several categories (đại học
 * trở lên) is its own share of the population, rounded half-up. Optional indicators (a form's
 * "nữ từ 51 đến 55") only when `settings.extraIndicators` asks for them.
 */
export function buildIndicators(tally: Tally, settings: ReportSettings, tables: Partial<Record<DimensionKey, DimensionTable>> = {}): Record<string, Indicator> {
  const out: Record<string, Indicator> = {};
  const base = tally.population;
  const congress = settings.congress?.policy;
  const level = congress ? soleLevel(tally) : undefined;
  const youngUnder = congress ? congress.young.underAge[level ?? 'province'] : settings.youngUnder;
  // A dimension without its column: its table says so, or (tái cử, loại hình …: a table only with a column)
  // the tables built leave it out; "Tái cử 0 (0,00%)" was printed for a roster with no tái cử column.
  const built = Object.keys(tables).length > 0;
  const absent = (d: DimensionKey): boolean => tables[d]?.missing === true || (built && OPTIONAL_DIMENSIONS.has(d) && tables[d] === undefined);
  for (const def of INDICATOR_DEFS) {
    if (def.optional && !settings.extraIndicators?.includes(def.id)) continue;
    if (def.preset && !congress) continue;
    const label = def.label[settings.lang]
      .replace('{n}', String(youngUnder))
      .replace('{term}', String(congress?.congress.termMonths ?? ''))
      .replace('{re}', String(congress?.congress.reElectionMonths ?? ''));
    // No column, no figure: an indicator of a dimension the roster has no column for (its "đang học" too, read
    // from the same cells; or of ages, with no birth column) is left out, as its table says "không có cột
    // này"; it was 0 of the population, 0%.
    const from =
      def.special === 'young' || def.special === 'average' || def.special === 'age_range'
        ? 'age_band'
        : def.special === 'eligibility_first' || def.special === 'eligibility_re'
          ? 'term'
          : !def.special || def.special === 'studying'
            ? def.dimension
            : undefined;
    if (from && absent(from as DimensionKey)) continue;
    if (def.special === 'average') {
      out[def.id] = { label, value: meanHalfUp(tally.ageSum, tally.ageKnown, 1), base: tally.ageKnown };
      continue;
    }
    if (def.special === 'eligibility_first' || def.special === 'eligibility_re') {
      const [count, of] = def.special === 'eligibility_first' ? [tally.congress.firstOk, tally.congress.first] : [tally.congress.reOk, tally.congress.re];
      out[def.id] = { label, count, base: of, percent: percentHalfUp(count, of, settings.decimals) };
      continue;
    }
    let count = 0;
    if (def.special === 'young') count = congress ? tally.congress.young : tally.young;
    else if (def.special === 'studying') count = tally.studying[def.dimension as 'professional' | 'political_theory'];
    else if (def.special === 'age_range') count = tally.countAges(def.gender!, def.ages![0], def.ages![1]);
    else if (def.special === 'rank_among') for (const k of def.keys!) count += tally.countRankAmong(k, def.categories!);
    else for (const k of def.keys ?? []) count += tally.count(def.dimension!, k);
    // One fact, one figure: an indicator restating one category prints that table's figure.
    const restated = !def.special && def.keys?.length === 1 ? tables[def.dimension!]?.categories.find((c) => c.key === def.keys![0]) : undefined;
    const percent = restated && restated.count === count ? restated.percent : percentHalfUp(count, base, settings.decimals);
    const rule = congress?.targets[def.id];
    const target =
      rule && (level === undefined ? rule.levels.length === 4 : rule.levels.includes(level))
        ? { percent: rule.percent, met: count * 100 >= rule.percent * base && base > 0, source: rule.source }
        : undefined;
    out[def.id] = { label, count, base, percent, ...(target ? { target } : {}) };
  }
  return out;
}

/** The one level every counted person with a known level has, if they share one (a committee's roster). */
function soleLevel(tally: Tally): PolicyLevel | undefined {
  const levels = (['central', 'province', 'district', 'commune'] as const).filter((k) => tally.count('level', k) > 0);
  return levels.length === 1 ? levels[0] : undefined;
}
