import type { Official } from '../../src/model/official.js';

/**
 * An invented person as the readers hand them to counting and matching: a male commune civil servant,
 * university, intermediate political theory, born 01/05/1980, with `over` on top.
 */
export function person(name: string, over: Partial<Official> = {}): Official {
  return {
    file: 'f.xlsx',
    sheet: 'DS',
    row: 1,
    name,
    gender: 'male',
    ethnicity: 'kinh',
    religion: 'none',
    party: 'member',
    general_education: 'upper_secondary',
    professional: 'university',
    political_theory: 'intermediate',
    state_management: 'expert',
    rank: 'expert',
    origin: 'unknown',
    category: 'civil_servant',
    level: 'commune',
    employment: 'unknown',
    position_group: 'unknown',
    assessment: 'unknown',
    term: 'unknown',
    studying: { professional: false, political_theory: false },
    columns: {},
    birth: { year: 1980, month: 5, day: 1 },
    ...over,
  };
}
