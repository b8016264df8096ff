// Prints every cell value exceljs's FULL reader sees in a workbook, as JSON { sheet: { "row:col": value } }.
// Run in its own process: on some corpus files exceljs loops forever, and only a process can be stopped.
import ExcelJS from 'exceljs';

function plain(v) {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return `date:${v.getTime()}`;
  if (typeof v === 'object') {
    if (Array.isArray(v.richText)) return plain(v.richText.map((r) => r.text).join(''));
    if ('error' in v) return `error:${String(v.error)}`;
    // A formula whose cached result exceljs does not surface (it drops some, e.g. 0): not comparable.
    if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? '__formula__' : plain(v.result);
    if ('text' in v) return plain(typeof v.text === 'object' ? v.text?.richText?.map((r) => r.text).join('') : v.text);
    if (Object.keys(v).length === 0) return null;
    return JSON.stringify(v);
  }
  return v;
}

const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(process.argv[2]);
const out = {};
wb.eachSheet((ws) => {
  const cells = {};
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const p = plain(cell.value);
      if (p !== null) cells[`${r}:${c}`] = p;
    }),
  );
  out[ws.name] = cells;
});
process.stdout.write(JSON.stringify(out));
