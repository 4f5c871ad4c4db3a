/** Serialising structured data (JSON-LD) for a <script> element. */
import { timed } from './build-profile.ts';

/** Serialises JSON-LD for a <script> element; "<" is escaped so no value can close the element. */
export function jsonLdText(data: unknown): string {
  return timed('JSON-LD', () => JSON.stringify(data).replace(/</g, '\\u003c'));
}
