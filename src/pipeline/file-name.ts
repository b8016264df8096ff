/** A path's last part, whatever its separator ("data\\2024\\xa-1.xlsx" and "data/2024/xa-1.xlsx" → "xa-1.xlsx"). */
export function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}
