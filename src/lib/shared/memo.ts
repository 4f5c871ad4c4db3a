/** Memoising build-time work: what many pages of one build ask for is computed once. */

/** Returns `make` wrapped so that it runs on the first call only; later calls get the first result (a promise stays shared). */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Returns `make` wrapped so that it runs once per key; later calls with the same key get the first result. */
export function oncePerKey<A, T>(key: (arg: A) => string, make: (arg: A) => T): (arg: A) => T {
  const made = new Map<string, T>();
  return (arg) => {
    const k = key(arg);
    if (!made.has(k)) made.set(k, make(arg));
    return made.get(k)!;
  };
}

/**
 * Like oncePerKey, but keeps only the `limit` keys used last: for work that repeats often but
 * whose keys are mostly unique, so that the unique ones do not pile up for the whole build.
 */
export function recentPerKey<A extends unknown[], T>(
  limit: number,
  key: (...args: A) => string,
  make: (...args: A) => T,
): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const k = key(...args);
    if (made.has(k)) {
      const value = made.get(k)!;
      // Re-inserted, so that the Map's order stays the order of last use.
      made.delete(k);
      made.set(k, value);
      return value;
    }
    const value = make(...args);
    made.set(k, value);
    if (made.size > limit) made.delete(made.keys().next().value!);
    return value;
  };
}
