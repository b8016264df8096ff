import { isoDay } from '../model/options.js';
import type { CongressRules } from '../stats/congress.js';
import type { CongressInfo } from './types.js';

/** What the congress figures were computed with, and the sources of every number used (JSON `congress`). */
export function congressInfo(rules: CongressRules, undetermined: number): CongressInfo {
  const p = rules.policy;
  const d = rules.date;
  return {
    referenceDate: d ? isoDay(d) : null,
    referenceMonths: { ...p.congress.referenceMonth },
    termMonths: p.congress.termMonths,
    reElectionMonths: p.congress.reElectionMonths,
    youngUnder: { ...p.young.underAge },
    undetermined,
    sources: [p.congress.source, p.retirement.source, p.young.source, ...Object.entries(p.targets).map(([id, t]) => `${id} ≥ ${t.percent}%: ${t.source}`)],
  };
}
