import type { Lang } from '../model/options.js';
import { ui } from '../vocab/ui.js';
import { fileNamer } from '../model/file-name.js';

/** One roster file's reference date (ISO day) and where it comes from, as the JSON `sources` carry it. */
export interface FileAsOf {
  file: string;
  asOf: string;
  asOfSource: string;
}

/** An ISO day as the reports write it, day first: "2024-12-31" → "31/12/2024" (both languages). */
export function dmy(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** Files named per date; beyond this "và 3 tệp khác". */
const FILES_SHOWN = 3;

/**
 * The rosters' dates when they differ, each with its files: "31/12/2020 (2020.xlsx); 31/12/2025 (a.xlsx,
 * b.xlsx)", dates in time order, a date that is today said so ("hôm nay 02/12/2026 (c.xlsx)"). Files by
 * their base name unless two files share one. `dates` may name a file more than once (one entry per sheet).
 */
export function asOfDatesText(dates: readonly FileAsOf[], lang: Lang): string {
  const files = new Map<string, FileAsOf>();
  for (const d of dates) if (!files.has(d.file)) files.set(d.file, d);
  const name = fileNamer(files.keys());
  const byDate = new Map<string, FileAsOf[]>();
  for (const d of files.values()) byDate.set(d.asOf, [...(byDate.get(d.asOf) ?? []), d]);
  return [...byDate.keys()]
    .sort()
    .map((day) => {
      const group = byDate.get(day)!;
      const shown = group.slice(0, group.length > FILES_SHOWN ? FILES_SHOWN - 1 : FILES_SHOWN).map((d) => name(d.file));
      if (shown.length < group.length) shown.push(ui('asOfMoreFiles', lang, { n: group.length - shown.length }));
      const date = dmy(day);
      const today = group.every((d) => d.asOfSource === 'today');
      return `${today ? ui('asOfToday', lang, { date }) : date} (${shown.join(', ')})`;
    })
    .join('; ');
}

/** The report's sources with their own dates (present only when the rosters' dates differ), else undefined. */
export function sourceDates(sources: ReadonlyArray<{ file: string; asOf?: string; asOfSource?: string }>): FileAsOf[] | undefined {
  const dated = sources.flatMap((s) => (s.asOf ? [{ file: s.file, asOf: s.asOf, asOfSource: s.asOfSource ?? '' }] : []));
  return dated.length ? dated : undefined;
}
