/**
 * What `npm run build` does once `astro build` has exited, in a process of its own
 * (scripts/build.ts): the search index, then the CSP header, which must see Pagefind's
 * WebAssembly. With a profile requested (npm run bench), their stages join the profile the
 * Astro process wrote.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PROFILE_ENV, recordedProfile, stopProfiling, timed, type Profile } from '../lib/shared/build-profile.ts';
import { writeCspInclude } from './csp.ts';
import { indexSite } from './search.ts';

export async function postBuild(dist: string, log: (source: string, line: string) => void): Promise<void> {
  await timed('Pagefind indexing', () => indexSite(dist, (line) => log('search-index', line)), true);
  await timed('CSP hashing', () => writeCspInclude(dist, (line) => log('csp-header', line)));
  const file = process.env[PROFILE_ENV];
  if (!file) return;
  stopProfiling();
  // The Astro process wrote its stages when it finished; a failed build leaves no file to join.
  const astro = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Profile) : {};
  writeFileSync(file, `${JSON.stringify({ ...astro, ...recordedProfile() }, null, 2)}\n`);
}
