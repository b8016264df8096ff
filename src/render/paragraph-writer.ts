import type { Lang } from '../model/options.js';
import { formatCount, formatDecimal, formatPercent } from './format-number.js';
import type { AverageFigure, Figure, ParagraphView } from './paragraph-view.js';
import { fill, PARAGRAPH, phrase, separator, type ParagraphSection } from './paragraph-words.js';

/** How to word one paragraph: language, decimals, and for comparisons the first period's name. */
export interface ParagraphStyle {
  lang: Lang;
  decimals: number;
  /** "năm 2020" / "2020": the period changes are measured from; absent for a summary. */
  since?: string;
  /** Text before the paragraph: a group label or the period described ("Phường 1: "). */
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

function signed(n: number, id: 'points' | 'count' | 'years', since: string, lang: Lang, text: string): string {
  const way = n > 0 ? 'Up' : n < 0 ? 'Down' : 'Same';
  const name = id === 'years' ? 'value' : id;
  return phrase(`${id}${way}`, lang, { [name]: text, since });
}

/** Writes one paragraph (one line, no newline) from a view of a summary section or a compared period. */
export function writeParagraph(view: ParagraphView, style: ParagraphStyle): string {
  const { lang, decimals, since } = style;
  const sep = separator(since === undefined ? 'items' : 'itemsWithChange', lang);
  const shown = (f: Figure): boolean => f.count > 0 || (f.firstCount ?? 0) > 0;
  const vars = (f: Figure, label = ''): Record<string, string> => ({
    label,
    count: formatCount(f.count, lang),
    percent: `${formatPercent(f.percent, decimals, lang)}%`,
  });
  const withChange = (text: string, f: Figure): string =>
    since === undefined || f.points === null ? text : `${text}, ${signed(f.points, 'points', since, lang, formatPercent(Math.abs(f.points), decimals, lang))}`;
  const item = (label: string, f: Figure): string => withChange(phrase('item', lang, vars(f, label), f.count), f);
  const average = (label: string, a: AverageFigure): string => {
    const text = phrase('average', lang, { label, value: formatDecimal(a.value, 1, lang) });
    return since === undefined || a.change === null ? text : `${text}, ${signed(a.change, 'years', since, lang, formatDecimal(Math.abs(a.change), 1, lang))}`;
  };

  let opening = phrase('total', lang, { count: formatCount(view.population, lang) }, view.population);
  if (since !== undefined && view.populationChange !== null) {
    opening += `, ${signed(view.populationChange, 'count', since, lang, formatCount(Math.abs(view.populationChange), lang))}`;
  }
  const flags = PARAGRAPH.flags.flatMap((words) => {
    const f = view.indicator(words.indicator);
    return f && shown(f) ? [withChange(fill(words, lang, vars(f), f.count), f)] : [];
  });
  if (flags.length) opening += sep + phrase('flagsLead', lang) + flags.join(sep);

  const sentences = [opening];
  for (const section of PARAGRAPH.sections) {
    const body = sectionBody(view, section, lang, { sep, item, average, shown });
    if (body) sentences.push(phrase('sectionLead', lang, { heading: section.heading[lang] }) + body);
  }
  return style.lead + sentences.join(separator('sentences', lang)) + separator('end', lang);
}

interface ItemWriters {
  sep: string;
  item: (label: string, f: Figure) => string;
  average: (label: string, a: AverageFigure) => string;
  shown: (f: Figure) => boolean;
}

// "tiến sĩ 2 người (0,67%), …, chưa rõ 2 người (0,67%); đại học trở lên 240 người (80,00%)", or '' when
// the dimension is missing or has nobody to mention.
function sectionBody(view: ParagraphView, section: ParagraphSection, lang: Lang, w: ItemWriters): string {
  const categories = view.categories(section.dimension);
  if (!categories) return '';
  const label = (f: Figure): string => (section.dimension === 'age_band' ? ageBandWords(f.key, f.label, lang) : midSentence(f.label));
  const items = categories.filter((c) => c.key !== 'unknown' && w.shown(c)).map((c) => w.item(label(c), c));
  const unknown = categories.find((c) => c.key === 'unknown');
  if (unknown && w.shown(unknown)) items.push(w.item(phrase('unknown', lang), unknown));
  if (!items.length) return '';
  const tail = section.indicators.flatMap((ind) => {
    const f = view.indicator(ind.id);
    return f && w.shown(f) ? [w.item(ind.label?.[lang] ?? midSentence(f.label), f)] : [];
  });
  const avg = section.average && view.average(section.average.id);
  if (section.average && avg) tail.push(w.average(section.average.label[lang], avg));
  return [items.join(w.sep), ...(tail.length ? [tail.join(w.sep)] : [])].join(separator('tail', lang));
}
