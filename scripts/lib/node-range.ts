/**
 * Tests a Node version against package.json's `engines.node`, so that the preflight accepts
 * exactly the range npm is told. Only the comparators that range uses are understood (`^`, `>=`,
 * `>`, `<=`, `<`, `=`, a bare version, `||`, spaces for "and"); anything else throws, so a new
 * kind of range is noticed in the unit tests instead of being misread.
 */

type Version = [number, number, number];

function parseVersion(text: string): Version {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`not a version: "${text}"`);
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function satisfiesComparator(version: Version, comparator: string): boolean {
  const match = /^(\^|>=|>|<=|<|=)?\s*(.+)$/.exec(comparator);
  if (!match) throw new Error(`unsupported range "${comparator}"`);
  const [, operator = '=', bound] = match;
  const floor = parseVersion(bound!);
  const order = compare(version, floor);
  switch (operator) {
    // ^22.22.0 means at least 22.22.0 and below 23 (engines here never use ^0.x).
    case '^':
      return order >= 0 && version[0] === floor[0];
    case '>=':
      return order >= 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '<':
      return order < 0;
    default:
      return order === 0;
  }
}

/** Returns whether `version` (e.g. "20.20.2" or "v24.21.0") satisfies `range` (e.g. "^22.22.0 || >=24.8.0"). */
export function satisfiesRange(version: string, range: string): boolean {
  const parsed = parseVersion(version);
  return range.split('||').some((set) => {
    // Joining each operator to its version (">= 24.8.0" → ">=24.8.0") lets a set split on spaces.
    const comparators = set
      .trim()
      .replace(/(\^|>=|>|<=|<|=)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    if (comparators.length === 0) throw new Error(`empty range in "${range}"`);
    return comparators.every((c) => satisfiesComparator(parsed, c));
  });
}
