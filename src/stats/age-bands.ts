import { CadreError } from '../model/cadre-error.js';
import type { Lang } from '../model/options.js';
import { vocab } from '../vocab/load-json.js';
import type { AgePresets } from '../vocab/schemas.js';
import agePresets from '../vocab/age-presets.json' with { type: 'json' };

const VOCAB = vocab<AgePresets>(agePresets);

/** Age bands as inclusive upper bounds; the last band is open ("61+"). */
export interface AgeBands {
  name: string;
  bounds: number[];
  keys: string[];
}

function fromBounds(name: string, bounds: number[]): AgeBands {
  const keys: string[] = [];
  let lo = 0;
  for (const hi of bounds) {
    keys.push(`${lo}-${hi}`);
    lo = hi + 1;
  }
  keys.push(`${lo}+`);
  return { name, bounds, keys };
}

/** Known preset names, built-in and from `--config`. */
export function presetNames(extra: Record<string, number[]> = {}): string[] {
  return [...Object.keys(VOCAB.presets), ...Object.keys(extra)];
}

/**
 * Parses `--age-bands`: a preset name (`bnv`, `btctw`, `leaders`, `congress`, or one from the config)
 * or a list of increasing upper bounds (`30,40,50,60`; spaces or semicolons between them do too).
 */
export function parseAgeBands(spec: string, extra: Record<string, number[]> = {}): AgeBands {
  const presets: Record<string, number[]> = { ...VOCAB.presets, ...extra };
  const preset = presets[spec.trim()];
  if (preset) return fromBounds(spec.trim(), preset);
  // Commas as documented; spaces or semicolons as people also type a list ("30 40 50 60", "30; 40").
  const parts = spec.trim().split(/\s*[,;]\s*|\s+/);
  const bounds = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  const increasing = bounds.every((b, i) => Number.isInteger(b) && b > 0 && (i === 0 || b > bounds[i - 1]));
  if (!increasing || bounds.length === 0) {
    throw new CadreError(
      'BAD_USAGE',
      `--age-bands ${spec}: not a preset nor a list of increasing upper bounds`,
      `valid: ${presetNames(extra).join(', ')}, or a list such as 30,40,50,60`,
    );
  }
  return fromBounds(parts.join(','), bounds);
}

/** The band key for an age: the first band whose upper bound is ≥ age. */
export function bandOf(bands: AgeBands, age: number): string {
  for (let i = 0; i < bands.bounds.length; i++) if (age <= bands.bounds[i]) return bands.keys[i];
  return bands.keys[bands.keys.length - 1];
}

/** The printed label of a band key ("Từ 31 đến 40" / "31–40"). */
export function bandLabel(key: string, lang: Lang): string {
  if (key === 'unknown') return VOCAB.labels.unknown[lang];
  const open = /^(\d+)\+$/.exec(key);
  if (open) return VOCAB.labels.last[lang].replace('{prev}', String(Number(open[1]) - 1));
  const [lo, hi] = key.split('-');
  const template = lo === '0' ? VOCAB.labels.first : VOCAB.labels.middle;
  return template[lang].replace('{lo}', lo).replace('{hi}', hi);
}

/** The label of the age band dimension. */
export function ageBandDimensionLabel(lang: Lang): string {
  return VOCAB.dimensionLabel[lang];
}
