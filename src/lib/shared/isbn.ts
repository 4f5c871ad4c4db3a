/** ISBN helpers: books are stored as ISBN-13; ISBN-10 input is converted. */

/** Removes hyphens and spaces: "978-7-02-000220-7" → "9787020002207". */
export function compactIsbn(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** Tells whether a compact ISBN-13 has a valid check digit. */
export function isValidIsbn13(isbn: string): boolean {
  if (!/^97[89]\d{10}$/.test(isbn)) return false;
  const sum = [...isbn.slice(0, 12)].reduce((acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === Number(isbn[12]);
}

/** Tells whether a compact ISBN-10 has a valid check digit (X stands for 10). */
export function isValidIsbn10(isbn: string): boolean {
  if (!/^\d{9}[\dX]$/.test(isbn)) return false;
  const sum = [...isbn].reduce((acc, ch, i) => acc + (ch === 'X' ? 10 : Number(ch)) * (10 - i), 0);
  return sum % 11 === 0;
}

/** Converts a valid compact ISBN-10 to ISBN-13 (prefix 978, new check digit). */
export function isbn10To13(isbn10: string): string {
  const body = `978${isbn10.slice(0, 9)}`;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** Normalises an ISBN-10 or ISBN-13 to a compact ISBN-13, or returns undefined when the check digit is wrong. */
export function normaliseIsbn(value: string): string | undefined {
  const isbn = compactIsbn(value);
  if (isValidIsbn13(isbn)) return isbn;
  if (isValidIsbn10(isbn)) return isbn10To13(isbn);
  return undefined;
}
