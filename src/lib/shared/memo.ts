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
