/** Escaping for text placed in XML and HTML (feeds, SVG posters). */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes the five XML special characters. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c]!);
}
