import type { Policy, PolicyOverride } from '../model/policy.js';
import { vocab } from './load-json.js';
import policy from './policy.json' with { type: 'json' };

/** The sourced policy numbers as shipped (src/vocab/policy.json). */
export const POLICY: Policy = vocab<Policy>(policy);

/** The shipped policy with a config's overrides applied (a user's own guidance wins, and says so). */
export function policyWith(over: PolicyOverride): Policy {
  if (!over) return POLICY;
  const targets: Policy['targets'] = { ...POLICY.targets };
  for (const [id, t] of Object.entries(over.targets ?? {})) {
    if (t === null) delete targets[id];
    else
      targets[id] = {
        percent: t.percent,
        levels: t.levels ?? targets[id]?.levels ?? ['central', 'province', 'district', 'commune'],
        source: t.source ?? 'cấu hình của người dùng (--config)',
      };
  }
  return {
    ...POLICY,
    congress: {
      ...POLICY.congress,
      ...stripUndefined(over.congress ?? {}),
      referenceMonth: { ...POLICY.congress.referenceMonth, ...(over.congress?.referenceMonth ?? {}) },
    },
    young: { ...POLICY.young, underAge: { ...POLICY.young.underAge, ...(over.young?.underAge ?? {}) } },
    retirement: { ...POLICY.retirement, ...stripUndefined(over.retirement ?? {}) },
    targets,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
