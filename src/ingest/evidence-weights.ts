import { z } from 'zod';
import { loadVocab } from '../vocab/load-json.js';

const Share = z.number().min(0).max(1);

/** The weights and thresholds of column evidence (src/vocab/evidence.json): every number in one file. */
export const EVIDENCE = loadVocab(
  'evidence',
  z.object({
    about: z.string(),
    title: z.object({
      about: z.string(),
      exact: Share,
      subExact: Share,
      prefix: Share,
      subPrefix: Share,
      annotation: Share,
      group: Share,
      legend: Share,
      hint: Share,
    }),
    weights: z.object({ about: z.string(), title: Share, content: Share, fill: Share, neutralShare: Share }),
    sample: z.object({ about: z.string(), rows: z.number().int().positive(), minCells: z.number().int().positive() }),
    thresholds: z.object({ about: z.string(), reject: Share, lowConfidence: Share, hintConfirm: Share, close: Share, formCodes: Share }),
  }),
);
