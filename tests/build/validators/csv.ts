/** CSV (RFC 4180) for spreadsheet users: a UTF-8 byte order mark, a real parse with csv-parse, and a header row. */
import { parse } from 'csv-parse/sync';
import { decodeUtf8, type Validator } from './common.ts';

const BOM = [0xef, 0xbb, 0xbf];

/** Checks a fill-in form saved as CSV: like a data file (BOM, strict parse, a rectangle), but its first row is a title, not column names. */
export const validateCsvForm: Validator = (bytes) => checkCsv(bytes, false);

/** Checks a CSV data file. */
export const validateCsv: Validator = (bytes) => checkCsv(bytes, true);

/** The BOM is required because Excel, which most offices open CSV with, reads UTF-8 without it as GBK and garbles the Chinese. */
function checkCsv(bytes: Uint8Array, withHeader: boolean): string[] {
  const text = decodeUtf8(bytes);
  if (text.value === undefined) return text.problems;
  const problems: string[] = [];
  if (!BOM.every((b, i) => bytes[i] === b))
    problems.push('must start with a UTF-8 byte order mark (EF BB BF), or Excel shows the Chinese garbled');
  let rows: string[][];
  try {
    // Strict: quotes must be balanced and every row must have as many fields as the header.
    rows = parse(text.value, { bom: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false });
  } catch (error) {
    return [...problems, `csv-parse cannot read it: ${(error as Error).message}`];
  }
  const header = rows[0];
  if (!withHeader) return rows.length ? problems : [...problems, 'is empty'];
  if (!header) return [...problems, 'has no header row'];
  header.forEach((name, i) => {
    if (!name.trim()) problems.push(`header column ${i + 1} is empty`);
    else if (header.indexOf(name) !== i)
      problems.push(`header column ${i + 1} "${name}" repeats column ${header.indexOf(name) + 1}`);
  });
  return problems;
}
