// Baseline (a): exceljs's streaming WorkbookReader merely iterating the rows, shared strings and styles cached.
import ExcelJS from 'exceljs';

const file = process.argv[2];
const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
  sharedStrings: 'cache',
  styles: 'cache',
  worksheets: 'emit',
  hyperlinks: 'ignore',
  entries: 'ignore',
});
let rows = 0;
for await (const sheet of reader) {
  for await (const row of sheet) {
    if (row.hasValues) rows++;
  }
}
process.stdout.write(JSON.stringify({ rows }) + '\n');
