/** A path's last part, whatever its separator ("data\\2024\\xa-1.xlsx" and "data/2024/xa-1.xlsx" → "xa-1.xlsx"). */
export function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

/**
 * How notes and headings name each of `files`: by its base name, unless another of them has the same one
 * ("2020/xa.xlsx" and "2025/xa.xlsx"), then by the path as given.
 */
export function fileNamer(files: Iterable<string>): (file: string) => string {
  const seen = new Map<string, Set<string>>();
  for (const f of files) {
    const b = baseName(f);
    seen.set(b, (seen.get(b) ?? new Set()).add(f));
  }
  return (file) => ((seen.get(baseName(file))?.size ?? 0) > 1 ? file : baseName(file));
}
