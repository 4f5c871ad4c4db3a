/**
 * Whether scripts/bench/node_modules holds what scripts/bench/package-lock.json locks. Only the
 * benches use lighthouse, chrome-launcher and linkinator (about a fifth of the packages), so the
 * project's own install leaves them out and the benches install them on first use.
 */

/** The parts of a package-lock.json (or npm's node_modules/.package-lock.json) read here. */
export interface Lock {
  packages: Record<string, { version?: string; optional?: boolean }>;
}

/** Names the first locked package that is missing or at another version, or undefined when the install matches the lock. */
export function staleBenchPackage(lock: Lock, installed: Lock | undefined): string | undefined {
  for (const [path, entry] of Object.entries(lock.packages)) {
    // "" is the bench package itself; optional packages are the other platforms' binaries.
    if (path === '' || entry.optional) continue;
    const found = installed?.packages[path];
    if (!found || found.version !== entry.version) return `${path.replace(/^.*node_modules\//, '')}@${entry.version}`;
  }
  return undefined;
}
