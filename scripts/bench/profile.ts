/**
 * The build's per-stage profile (src/lib/shared/build-profile.ts writes it when the build runs
 * with XXZ_BUILD_PROFILE): read back and laid out as a table, stages in build order, so the
 * next slow stage shows without guessing.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Profile, StageCost } from '../../src/lib/shared/build-profile.ts';

export type { Profile, StageCost };

/** Where a profiled build in `dir` writes its profile. */
export const profileFile = (dir: string) => `${dir}/build-profile.json`;

/** The profile a build wrote, or undefined when it wrote none (it failed early). */
export function readProfile(dir: string): Profile | undefined {
  const file = profileFile(dir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Profile) : undefined;
}

/** Top-level stages in the order a build runs them; "render …" stages go inside rendering. */
const ORDER = [
  'content guard',
  'astro: content sync',
  'astro: bundling',
  'astro: rendering',
  'astro: after rendering',
  'URL manifest',
  'sitemap',
  'Pagefind indexing',
  'CSP hashing',
];
/** Parts of page rendering timed on their own: they run inside the pages' render stages. */
const WITHIN_RENDERING = ['posters', 'QR codes', 'JSON-LD'];

export interface ProfileRow {
  stage: string;
  /** 0 for a build stage, 1 for a part of page rendering (its cost is also in its page's template). */
  depth: 0 | 1;
  cost: StageCost;
}

/** Orders the stages: build stages in build order, each template's rendering by CPU, then the timed parts of rendering. */
export function profileRows(profile: Profile): ProfileRow[] {
  const rows: ProfileRow[] = [];
  const templates = Object.entries(profile)
    .filter(([stage]) => stage.startsWith('render '))
    .sort((a, b) => b[1].cpuMs - a[1].cpuMs);
  const known = new Set([...ORDER, ...WITHIN_RENDERING, ...templates.map(([s]) => s)]);
  for (const stage of ORDER) {
    if (profile[stage]) rows.push({ stage, depth: 0, cost: profile[stage] });
    if (stage !== 'astro: rendering') continue;
    for (const [name, cost] of templates) rows.push({ stage: name, depth: 1, cost });
    for (const name of WITHIN_RENDERING)
      if (profile[name]) rows.push({ stage: `${name} (within the pages above)`, depth: 1, cost: profile[name] });
  }
  // A stage added to the build but not to ORDER still shows, at the end, and a part named
  // "<stage>: <part>" right under its stage.
  const parts = Object.entries(profile).filter(([stage]) => !known.has(stage));
  const partOf = (stage: string) => parts.filter(([name]) => name.startsWith(`${stage}: `));
  const nested = new Set(rows.flatMap((r) => partOf(r.stage).map(([name]) => name)));
  const withParts = rows.flatMap((r) => [
    r,
    ...(r.depth === 0 ? partOf(r.stage).map(([stage, cost]) => ({ stage, depth: 1 as const, cost })) : []),
  ]);
  for (const [stage, cost] of parts) if (!nested.has(stage)) withParts.push({ stage, depth: 0, cost });
  return withParts;
}
