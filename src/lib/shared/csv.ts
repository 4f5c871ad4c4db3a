/** CSV for spreadsheet users: RFC 4180 quoting, CRLF line ends, and a byte order mark so Excel reads the Chinese as UTF-8. */

/** The byte order mark Excel needs to open a UTF-8 CSV without garbling Chinese. */
export const BOM = '\uFEFF';

/** Quotes a field when it holds a quote, a comma, a line break or edge spaces; doubles inner quotes. */
function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Serialises rows as CSV text (with BOM, CRLF after every row). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
