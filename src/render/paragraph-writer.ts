import type { DimensionKey } from '../model/dimensions.js';
import type { Lang } from '../model/options.js';
import { formatCount, formatDecimal, formatPercent } from './format-number.js';
import type { AverageFigure, Figure, ParagraphView } from './paragraph-view.js';
import { PARAGRAPH, phrase, separator, series, type ParagraphSection } from './paragraph-words.js';

/** How to word one paragraph: language, decimals, the periods described (oldest first, as sentences name them). */
export interface ParagraphStyle {
  lang: Lang;
  decimals: number;
  /** "năm 2020", "năm 2025": the periods of a comparison; empty for a summary. */
  periods: string[];
  /** Text before the paragraph: a group label ("Phường 1: "). */
  lead: string;
}

/** Lower-cases the first letter of a label for use mid-sentence, but leaves acronyms (THPT) alone. */
export function midSentence(label: string): string {
  const second = [...label][1];
  if (second !== undefined && second !== second.toLowerCase()) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

// Age bands are worded from their keys ("31-40", "0-30", "61+"), so that the words say "tuổi".
function ageBandWords(key: string, label: string, lang: Lang): string {
  const range = /^(\d+)-(\d+)$/.exec(key);
  if (range) return range[1] === '0' ? phrase('ageFirst', lang, { hi: range[2] }) : phrase('ageMiddle', lang, { lo: range[1], hi: range[2] });
  const open = /^(\d+)\+$/.exec(key);
  if (open) return phrase('ageLast', lang, { prev: String(Number(open[1]) - 1) });
  return midSentence(label);
}

/** Who the paragraph is about, from the categories the (last) population holds: "công chức", else all three. */
function subjectOf(view: ParagraphView, lang: Lang): string {
  const cats = view.categories('category');
  const fallback = PARAGRAPH.subjects.default[lang];
  if (!cats) return fallback;
  const present = cats.filter((c) => (c.values[c.values.length - 1]?.count ?? 0) > 0);
  if (!present.length || present.some((c) => !PARAGRAPH.subjects[c.key])) return fallback;
  const names = present.map((c) => PARAGRAPH.subjects[c.key][lang]);
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')}${phrase('subjectsLastJoin', lang)}${names[names.length - 1]}`;
}

/** Writes one paragraph (one line, no newline) from a view of a summary section or a compared section. */
export function writeParagraph(view: ParagraphView, style: ParagraphStyle): string {
  const { lang, decimals, periods } = style;
  const mode = periods.length < 2 ? 'summary' : periods.length === 2 ? 'pair' : 'series';
  const since = periods[0] ?? '';
  const last = periods[periods.length - 1] ?? '';
  const count = (n: number): string => formatCount(n, lang);
  const pct = (p: number): string => `${formatPercent(p, decimals, lang)}%`;
  const noData = phrase('noData', lang);
  const sep = separator(mode === 'summary' ? 'items' : 'itemsWithChange', lang);

  const changeText = (f: Figure): string => {
    if (!f.change) return '';
    const { count: n, points } = f.change;
    if (n === 0 && points === 0) return phrase('bothSame', lang);
    const people = phrase(n > 0 ? 'countUp' : n < 0 ? 'countDown' : 'countSame', lang, { n: count(Math.abs(n)) });
    const share = phrase(points > 0 ? 'pointsUp' : points < 0 ? 'pointsDown' : 'pointsSame', lang, { n: formatPercent(Math.abs(points), decimals, lang) });
    return `${people}, ${share}`;
  };
  // A figure in the periods `keep` (all by default): one value, or the values in turn ("14, 15 và 16 người").
  const item = (label: string, f: Figure, keep: readonly number[] = f.values.map((_, i) => i)): string => {
    const values = keep.map((i) => f.values[i]);
    const text =
      values.length > 1
        ? phrase('itemSeries', lang, {
            label,
            counts: series(
              values.map((v) => (v ? count(v.count) : noData)),
              lang,
            ),
            percents: series(
              values.flatMap((v) => (v ? [pct(v.percent)] : [])),
              lang,
            ),
          })
        : phrase('item', lang, { label, count: values[0] ? count(values[0].count) : noData, percent: values[0] ? pct(values[0].percent) : '' });
    const change = changeText(f);
    return change ? `${text}, ${change}` : text;
  };
  const average = (label: string, a: AverageFigure): string => {
    const years = (v: number | null): string => (v === null ? noData : formatDecimal(v, 1, lang));
    const text =
      mode === 'series'
        ? phrase('averageSeries', lang, { label, values: series(a.values.map(years), lang) })
        : phrase('average', lang, { label, value: years(a.values[a.values.length - 1]) });
    if (mode === 'summary' || a.change === null) return text;
    const way = a.change > 0 ? 'yearsUp' : a.change < 0 ? 'yearsDown' : 'yearsSame';
    return `${text}, ${phrase(way, lang, { n: formatDecimal(Math.abs(a.change), 1, lang) })}`;
  };
  // A comparison one end of which has nobody (an empty roster): the shares have no change to tell; the
  // figures are the last period's, worded as a summary's after the opening sentence.
  const emptyEnd = mode !== 'summary' && (view.population[0] === 0 || view.population[view.population.length - 1] === 0);
  const lastOnly = [periods.length - 1];
  const shown = (f: Figure): boolean => (emptyEnd ? (f.values[lastOnly[0]]?.count ?? 0) > 0 : f.values.some((v) => (v?.count ?? 0) > 0));
  // A section whose dimension some periods lack names the periods it has, those it lacks, and the base
  // of the change when there is one ("Về ngạch công chức năm 2025 (năm 2020 không có số liệu): …").
  const lead = (id: 'sectionLead' | 'flagsLead', heading = '', keep: readonly number[] = periods.map((_, i) => i)): string => {
    if (emptyEnd) return id === 'flagsLead' ? phrase('flagsLeadAlone', lang) : phrase('sectionLead', lang, { heading, since, periods: '' });
    if (id === 'flagsLead')
      return mode === 'summary'
        ? phrase('flagsLead', lang)
        : phrase(mode === 'pair' ? 'flagsLeadCompare' : 'flagsLeadSeries', lang, { since, periods: series(periods, lang) });
    if (mode === 'summary' || keep.length === periods.length) {
      return phrase(mode === 'summary' ? 'sectionLead' : mode === 'pair' ? 'sectionLeadCompare' : 'sectionLeadSeries', lang, {
        heading,
        since,
        periods: series(periods, lang),
      });
    }
    const names = (idx: readonly number[]): string =>
      series(
        idx.map((i) => periods[i]),
        lang,
      );
    const missing = periods.map((_, i) => i).filter((i) => !keep.includes(i));
    const parts = [
      keep.length > 1 ? phrase('partPeriods', lang, { periods: names(keep) }) : phrase('partPeriod', lang, { period: names(keep) }),
      phrase('partMissing', lang, { missing: names(missing) }),
      ...(keep[0] === 0 && keep[keep.length - 1] === periods.length - 1 ? [phrase('partChange', lang, { since })] : []),
    ];
    return phrase('sectionLeadParts', lang, { heading, parts: parts.join('; ') });
  };

  const subject = subjectOf(view, lang);
  const total = view.population[view.population.length - 1];
  const popChange = (n: number): string => (n === 0 ? phrase('totalSame', lang) : phrase(n > 0 ? 'countUp' : 'countDown', lang, { n: count(Math.abs(n)) }));
  // The flags' figures; none with a change (their base unknown in the first period): no "so với" in the lead.
  let flagChanges = false;
  const flags = PARAGRAPH.flags.flatMap((flag) => {
    const f = view.indicator(flag.indicator);
    if (!f || !shown(f)) return [];
    flagChanges ||= f.change !== null;
    return [item(flag.label[lang], f, emptyEnd || mode === 'pair' ? lastOnly : undefined)];
  });
  const sentences: string[] = [];
  if (mode === 'summary') {
    sentences.push(phrase('open', lang, { subject, count: count(total) }) + (flags.length ? lead('flagsLead') + flags.join(sep) : ''));
  } else {
    const change = popChange(view.populationChange ?? 0);
    if (mode === 'pair') sentences.push(phrase('openCompare', lang, { period: last, subject, count: count(total), change, since }));
    else {
      const each = view.population.map((n, i) => phrase('seriesItem', lang, { period: periods[i], count: count(n) }));
      sentences.push(phrase('openSeries', lang, { subject, series: series(each, lang), period: last, change, since }));
    }
    if (flags.length) sentences.push((flagChanges || mode !== 'pair' ? lead('flagsLead') : phrase('flagsLeadAlone', lang)) + flags.join(sep));
  }
  for (const section of sectionsOf(view)) {
    const cats = view.categories(section.dimension);
    // The periods whose roster has the dimension's column.
    const keep = emptyEnd ? lastOnly : periods.length ? periods.map((_, i) => i).filter((i) => cats?.some((c) => c.values[i] !== null)) : [0];
    const hasChange = mode !== 'summary' && !emptyEnd && keep[0] === 0 && keep[keep.length - 1] === periods.length - 1;
    // Two periods: the later one's figures and the change; more: every period's figures in turn.
    const shownPeriods = mode === 'pair' && hasChange ? [periods.length - 1] : keep;
    const body = sectionBody(view, section, lang, {
      sep: hasChange ? sep : separator('items', lang),
      item: (l, f) => item(l, f, shownPeriods),
      average,
      shown,
    });
    if (body) sentences.push(lead('sectionLead', section.heading[lang], keep) + body);
  }
  return style.lead + sentences.join(separator('sentences', lang)) + separator('end', lang);
}

// The sections of paragraph.json whose dimension the view has, then any other dimension it has (one added
// later than the wording) under a heading made from its label, unless paragraph.json skips it.
function sectionsOf(view: ParagraphView): ParagraphSection[] {
  const dims = view.dimensions();
  const known = PARAGRAPH.sections.filter((s) => dims.includes(s.dimension));
  const listed = new Set<DimensionKey>([...PARAGRAPH.sections.map((s) => s.dimension), ...PARAGRAPH.skip]);
  const others = dims.filter((d) => !listed.has(d));
  const label = (d: DimensionKey) => view.dimensionLabel(d);
  return [
    ...known,
    ...others.map((d) => ({
      dimension: d,
      heading: { vi: phrase('genericHeading', 'vi', { label: midSentence(label(d)) }), en: phrase('genericHeading', 'en', { label: midSentence(label(d)) }) },
      indicators: [],
    })),
  ];
}

interface ItemWriters {
  sep: string;
  item: (label: string, f: Figure) => string;
  average: (label: string, a: AverageFigure) => string;
  shown: (f: Figure) => boolean;
}

// "tiến sĩ 2 người (0,67%), …, không rõ 2 người (0,67%); từ đại học trở lên 240 người (80,00%)", or ''
// when the dimension is missing or has nobody to mention.
function sectionBody(view: ParagraphView, section: ParagraphSection, lang: Lang, w: ItemWriters): string {
  const categories = view.categories(section.dimension);
  if (!categories) return '';
  const label = (f: Figure): string =>
    section.labels?.[f.key]?.[lang] ?? (section.dimension === 'age_band' ? ageBandWords(f.key, f.label, lang) : midSentence(f.label));
  // Unknown goes last, under the table's own word for it ("không rõ").
  const ordered = [...categories.filter((c) => c.key !== 'unknown'), ...categories.filter((c) => c.key === 'unknown')];
  // Nobody in a known category ("không rõ 12 người (100,00%)"): the roster does not say, nothing to write.
  if (!ordered.some((c) => c.key !== 'unknown' && w.shown(c))) return '';
  const items = ordered.filter(w.shown).map((c) => w.item(label(c), c));
  if (section.skipWhenOne && items.length === 1) return '';
  const tail = section.indicators.flatMap((ind) => {
    const f = view.indicator(ind.id);
    return f && w.shown(f) ? [w.item(ind.label?.[lang] ?? midSentence(f.label), f)] : [];
  });
  const avg = section.average && view.average(section.average.id);
  if (section.average && avg) tail.push(w.average(section.average.label[lang], avg));
  return [items.join(w.sep), ...tail].join(separator('tail', lang));
}
