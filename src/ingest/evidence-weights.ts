import { vocab } from '../vocab/load-json.js';
import type { Evidence } from '../vocab/schemas.js';
import evidence from '../vocab/evidence.json' with { type: 'json' };

/** The weights and thresholds of column evidence (src/vocab/evidence.json): every number in one file. */
export const EVIDENCE = vocab<Evidence>(evidence);
