/** Fallbacks for data files no specific validator claims: they must at least parse. */
import { decodeUtf8, parseXml, type Validator } from './common.ts';

/** Checks that a JSON file is UTF-8 without a byte order mark (RFC 8259 §8.1) and parses. */
export const validateJson: Validator = (bytes) => {
  const text = decodeUtf8(bytes);
  if (text.value === undefined) return text.problems;
  if (text.value.startsWith('\uFEFF')) return ['starts with a byte order mark, which JSON forbids'];
  try {
    JSON.parse(text.value);
    return [];
  } catch (error) {
    return [`not valid JSON: ${(error as Error).message}`];
  }
};

/** Checks that an XML file is well-formed UTF-8. */
export const validateXml: Validator = (bytes) => parseXml(bytes).problems;

/** Checks that an SVG file is well-formed XML with an <svg> root in the SVG namespace (browsers refuse it as an image otherwise). */
export const validateSvg: Validator = (bytes) => {
  const xml = parseXml(bytes);
  if (!xml.value) return xml.problems;
  const svg = xml.value.svg;
  if (!svg || typeof svg === 'string' || Array.isArray(svg)) return ['the root element must be <svg>'];
  return svg['@xmlns'] === 'http://www.w3.org/2000/svg'
    ? []
    : ['<svg> must declare xmlns="http://www.w3.org/2000/svg"'];
};
