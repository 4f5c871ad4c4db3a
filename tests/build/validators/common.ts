/** Helpers shared by the artefact validators. */
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { isHttpUrl } from '../../../src/lib/shared/urls.ts';

/** Where a file being validated lives: the folder checked (dist/ or a fixture folder) and its path inside it. */
export interface FileContext {
  dir: string;
  file: string;
}

/**
 * A validator reads one file's bytes and returns its problems, each a readable sentence (empty when the file is valid).
 * Most need only the bytes; one that follows a reference to another file (a "$schema") finds it through the context.
 */
export type Validator = (bytes: Uint8Array, where: FileContext) => string[];

/** The result of a step that either yields a value or explains why it cannot. */
export type Outcome<T> = { value: T; problems: [] } | { value?: undefined; problems: string[] };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes as strict UTF-8; the text keeps a byte order mark if there is one. */
export function decodeUtf8(bytes: Uint8Array): Outcome<string> {
  try {
    return { value: utf8.decode(bytes), problems: [] };
  } catch {
    return { problems: ['not valid UTF-8'] };
  }
}

/** Parsed XML: elements become objects, attributes "@name", mixed text "#text". */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

/**
 * Returns the first well-formedness error ("1:71: unexpected close tag."), if any. saxes is a
 * conformant XML 1.0 parser; fast-xml-parser, which builds the objects we read, is lenient.
 */
function wellFormednessError(xml: string): string | undefined {
  const parser = new SaxesParser();
  let first: string | undefined;
  parser.on('error', (error) => {
    first ??= error.message;
  });
  parser.write(xml).close();
  return first;
}

/** Checks that bytes are well-formed UTF-8 XML and parses them; elements at the dotted paths in `arrays` always come back as arrays. */
export function parseXml(bytes: Uint8Array, arrays: readonly string[] = []): Outcome<XmlNode> {
  const text = decodeUtf8(bytes);
  if (text.value === undefined) return text;
  // XML allows a byte order mark before the declaration; neither parser expects it in the text.
  const xml = text.value.replace(/^\uFEFF/, '');
  if (xml.trim() === '') return { problems: ['empty file'] };
  const malformed = wellFormednessError(xml);
  if (malformed)
    return { problems: [malformed.replace(/^(\d+):(\d+): /, 'line $1, column $2: not well-formed XML: ')] };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    // Keep every value a string: a title "2023" must not turn into a number.
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (_name, path) => arrays.includes(String(path)),
  });
  return { value: parser.parse(xml) as XmlNode, problems: [] };
}

/** The text content of a parsed element (an element with attributes keeps it under "#text"). */
export function textOf(value: XmlValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (value && !Array.isArray(value) && typeof value['#text'] === 'string') return value['#text'].trim();
  return '';
}

/** A parsed element's children with one name, as an array whether there were none, one or many. */
export function childrenOf(node: XmlValue | undefined, name: string): XmlValue[] {
  if (!node || typeof node === 'string' || Array.isArray(node)) return [];
  const value = node[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Tells whether a value is an absolute http(s) URL. */
export function isAbsoluteUrl(value: unknown): boolean {
  return typeof value === 'string' && isHttpUrl(value);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Returns the date if it exists (no 30 February). */
export function isRealDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day ? date : undefined;
}

/** Tells whether a string is an RFC 822 date as RSS 2.0 requires ("Mon, 16 Oct 2023 09:00:00 +0800"), with a four-digit year and a matching weekday. */
export function isRfc822Date(value: string): boolean {
  const m =
    /^(?:([A-Z][a-z]{2}), )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) ([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)? (?:[+-]\d{4}|GMT|UT|[ECMP][SD]T)$/.exec(
      value,
    );
  if (!m || !MONTHS.includes(m[3]!)) return false;
  const date = isRealDate(Number(m[4]), MONTHS.indexOf(m[3]!), Number(m[2]));
  return date !== undefined && (m[1] === undefined || DAYS[date.getUTCDay()] === m[1]);
}

/** Tells whether a string is an RFC 3339 date-time with an offset ("2023-10-16T09:00:00+08:00"), as JSON Feed requires. */
export function isRfc3339(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/.exec(
      value,
    );
  return m !== null && isRealDate(Number(m[1]), Number(m[2]) - 1, Number(m[3])) !== undefined;
}
