/** A value the tool could not classify or a row it had to doubt; collected as data, never thrown. */
export interface Problem {
  file: string;
  sheet: string;
  cell: string;
  field: string;
  value: string;
  message: string;
}
