import { z } from 'zod';
import { DIMENSION_KEYS } from './dimensions.js';
import { FIELD_KEYS } from './fields.js';

// The keys as zod schemas, for the schemas of --config (model/config.ts) and of the vocabulary files
// (vocab/*-schema.ts). Apart from dimensions.ts and fields.ts so that code using the keys loads no zod.
export const DimensionKeySchema = z.enum(DIMENSION_KEYS);
export const FieldKeySchema = z.enum(FIELD_KEYS);
