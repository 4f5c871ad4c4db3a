/** Platform directory helpers. */

interface PlatformLike {
  level: 'national' | 'provincial';
  order: number;
}

/** Groups platforms national first, then provincial, each sorted by its `order`. */
export function groupPlatforms<T extends PlatformLike>(
  platforms: readonly T[],
): { level: T['level']; platforms: T[] }[] {
  return (['national', 'provincial'] as const)
    .map((level) => ({
      level,
      platforms: platforms.filter((p) => p.level === level).sort((a, b) => a.order - b.order),
    }))
    .filter((group) => group.platforms.length > 0);
}
