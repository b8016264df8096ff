import type { Official } from '../model/official.js';
import type { DayDate } from '../model/options.js';
import type { Policy, PolicyLevel } from '../model/policy.js';
import { ageAt } from '../normalize/birth-date.js';
import { monthsBetween, retirementMonth, type YearMonth } from './retirement.js';

/** The congress rules of a run: the policy numbers and, if given, `--congress-date` for every level. */
export interface CongressRules {
  policy: Policy;
  date?: DayDate;
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
  if (ref && o.birth && o.birth.month !== undefined) {
    const day: DayDate = rules.date ?? { year: ref.year, month: ref.month, day: 1 };
    const bound = rules.policy.young.underAge[(LEVELS as readonly string[]).includes(o.level) ? (o.level as PolicyLevel) : 'province'];
    facts.young = ageAt(o.birth, day) < bound;
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
