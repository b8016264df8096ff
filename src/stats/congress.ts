import type { Official } from '../model/official.js';
import type { DayDate } from '../model/options.js';
import type { Policy, PolicyLevel } from '../model/policy.js';
import { ageAt } from '../normalize/birth-date.js';
import { monthsBetween, retirementMonth, type YearMonth } from './retirement.js';

/** The congress rules of a run: the policy numbers and, if given, `--congress-date` for every level. */
export interface CongressRules {
  policy: Policy;
  date?: DayDate;
  /**
   * `compare`: a period whose roster is dated before this year is of an earlier term than the one
   * Chỉ thị 45-CT/TW's months are for: its young and its eligibility are told at its own date.
   */
  ownDateBefore?: number;
}

/**
 * The earliest year of the policy's congress months (2025): rosters of that year or the one before are of
 * the congress the months are for (a roster for the 2025 congresses is often dated 2024).
 */
export function congressYear(policy: Policy): number | undefined {
  const years = Object.values(policy.congress.referenceMonth)
    .filter((m): m is string => typeof m === 'string')
    .map((m) => Number(m.slice(0, 4)));
  return years.length ? Math.min(...years) : undefined;
}

/**
 * `compare`: the year before which a period's roster is of an earlier term (congressYear − 1: rosters for the
 * 2025 congresses are often dated 2024); undefined when `--congress-date` holds for every period.
 */
export function earlierTermBefore(rules: CongressRules): number | undefined {
  const year = rules.date ? undefined : congressYear(rules.policy);
  return year === undefined ? undefined : year - 1;
}

/** The rules for a roster dated `asOf`: its own date instead of the congress months when it is of an earlier term. */
export function rulesAt(rules: CongressRules, asOf: DayDate): CongressRules {
  if (rules.date || rules.ownDateBefore === undefined || asOf.year >= rules.ownDateBefore) return rules;
  return { ...rules, date: asOf };
}

/** Why a person's eligibility could not be told, or why it falls short. */
export type EligibilityReason = 'no_birth' | 'no_gender' | 'no_reference' | 'short';

/** What the congress indicators need from one person. */
export interface CongressFacts {
  /** Younger than the bound of the person's level at the reference date; undefined when unknown. */
  young?: boolean;
  /** For people marked tái cử or lần đầu: whether their service left meets the rule. */
  eligible?: boolean;
  reason?: EligibilityReason;
  monthsLeft?: number;
  needed?: number;
  reference?: YearMonth;
  retires?: YearMonth;
}

const LEVELS: readonly PolicyLevel[] = ['central', 'province', 'district', 'commune'];

/** The reference month of a level: `--congress-date`, else the month Chỉ thị 45-CT/TW sets for the level. */
export function referenceMonth(level: string, rules: CongressRules): YearMonth | undefined {
  if (rules.date) return { year: rules.date.year, month: rules.date.month };
  if (!(LEVELS as readonly string[]).includes(level)) return undefined;
  const m = rules.policy.congress.referenceMonth[level as PolicyLevel];
  if (!m) return undefined;
  const [year, month] = m.split('-').map(Number);
  return { year, month };
}

/**
 * A person's congress facts: young at the reference date (first day of the reference month, or the
 * congress date), and for tái cử / lần đầu people the months of service left before the retirement month
 * against the rule (first time: one full term; re-election: 48 months, Chỉ thị 45-CT/TW).
 */
export function congressFacts(o: Official, rules: CongressRules): CongressFacts {
  const ref = referenceMonth(o.level, rules);
  const facts: CongressFacts = {};
  if (o.birth) {
    // A birth year only is aged by the year difference, as every other age (and said so by the run's note).
    // A person whose level is not known is young when they are at every level's month (and bound), not
    // young when at none; only a person between the two is left untold.
    const known = (LEVELS as readonly string[]).includes(o.level);
    const levels = ref ? [known ? (o.level as PolicyLevel) : 'province'] : known ? [] : LEVELS.filter((l) => referenceMonth(l, rules));
    let young = 0;
    for (const l of levels) {
      // Every level listed has a month: the person's own (ref), or one of those filtered above.
      const at = referenceMonth(l, rules)!;
      const day: DayDate = rules.date ?? { year: at.year, month: at.month, day: 1 };
      if (ageAt(o.birth, day) < rules.policy.young.underAge[l]) young++;
    }
    if (levels.length && (young === 0 || young === levels.length)) facts.young = young > 0;
  }
  if (o.term !== 're_elected' && o.term !== 'first_time') return facts;
  const needed = o.term === 're_elected' ? rules.policy.congress.reElectionMonths : rules.policy.congress.termMonths;
  facts.needed = needed;
  facts.eligible = false;
  if (!o.birth || o.birth.month === undefined) facts.reason = 'no_birth';
  else if (o.gender !== 'male' && o.gender !== 'female') facts.reason = 'no_gender';
  else if (!ref) facts.reason = 'no_reference';
  else {
    facts.reference = ref;
    facts.retires = retirementMonth({ year: o.birth.year, month: o.birth.month }, o.gender, rules.policy.retirement);
    facts.monthsLeft = monthsBetween(ref, facts.retires);
    facts.eligible = facts.monthsLeft >= needed;
    if (!facts.eligible) facts.reason = 'short';
  }
  return facts;
}
