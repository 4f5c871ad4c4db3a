/**
 * The project's own content/ and its build in dist/, for the tests that hold for any content
 * (every page valid, every endpoint parsing, figures equal to the content's): they may read
 * content/ to count and compare, never to name an entry.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtSite, type BuiltSite } from './province.ts';

export const realRoot = fileURLToPath(new URL('../../', import.meta.url));
export const realContent = `${realRoot}content/`;
const realDist = `${realRoot}dist/`;

/** The project's build; fails with the command to run when it is missing. */
export function realSite(): BuiltSite {
  if (!existsSync(`${realDist}index.html`)) throw new Error(`${realDist} is missing: run npm run build first.`);
  return builtSite(realDist);
}
