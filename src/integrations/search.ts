/**
 * Builds the Pagefind index of the finished site into dist/pagefind/ with Pagefind's command line.
 * Each page is handed to Pagefind with index-only text appended to its searchable body (the
 * published HTML stays as built; src/lib/search/stage-page.ts, in worker threads: stage.ts).
 * Pagefind stores all indexed text in each page's fragment,
 * which a search downloads per result, so the fragments are written without the index-only text.
 * Next to the index goes the search data: the traditional→simplified table for the characters of
 * the indexed text (src/lib/search/variants.ts) and the values of each filter. Must run before
 * cspHeader(), which looks for the .wasm file to allow WebAssembly.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { timed } from '../lib/shared/build-profile.ts';
import { EXTRA_TEXT_MARK, SEARCH_DATA_FILE, type SearchData } from '../lib/search/query.ts';
import { stagePages, type Staged } from '../lib/search/stage.ts';
import { variantTable } from '../lib/search/variants.ts';
import { deferredToPostBuild } from './post-build-env.ts';

/**
 * Locations (word positions) per index chunk, which a query downloads whole for each of its words.
 * Pagefind's 20,000 suits large sites; bigrams make a query several words spread over as many
 * chunks, so a small site gets small chunks (a few KB each). Each chunk costs a line in the
 * metadata file every search loads first, so a large site keeps Pagefind's size.
 */
export function chunkSize(pages: number): number {
  return Math.min(20_000, Math.max(4_000, pages * 40));
}

/**
 * The language Pagefind is told the pages are in. Chinese codes (zh-*) make it cut the text into
 * dictionary words (jieba), a second index of every page beside the bigrams that Chinese search
 * uses (src/lib/search/bigrams.ts): at 5,000 entries that layer cost half of Pagefind's CPU and
 * memory (37 s and 4.3 GB against 17 s and 2.3 GB without it). A code with neither segmenter nor
 * stemmer keeps the bigram and Latin words exactly as written and indexes the visible text only as
 * its whitespace-separated chunks. The browser finds this index as the only one there is.
 */
export const INDEX_LANGUAGE = 'und';

const FRAGMENT_HEADER = 'pagefind_dcd';

/** Cuts the index-only text off a fragment's (uncompressed) text: it would only swell what each result downloads. */
export function fragmentWithoutIndexOnlyText(text: string): string {
  if (!text.startsWith(FRAGMENT_HEADER))
    throw new Error('Pagefind fragment without its header: the fragment format changed');
  const data = JSON.parse(text.slice(FRAGMENT_HEADER.length)) as { content: string };
  const cut = data.content.indexOf(EXTRA_TEXT_MARK);
  if (cut >= 0) data.content = data.content.slice(0, cut).replace(/[\s\u200B]+$/, '');
  return `${FRAGMENT_HEADER}${JSON.stringify(data)}`;
}

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

/**
 * Cuts the index-only text off a gzipped fragment. Asynchronous so that many fragments are
 * (de)compressed at once on libuv's worker threads, on every core, while the main thread goes on.
 */
export async function withoutIndexOnlyText(fragment: Uint8Array): Promise<Uint8Array> {
  const text = (await gunzipAsync(fragment)).toString('utf8');
  return gzipAsync(fragmentWithoutIndexOnlyText(text), { level: 9 });
}

/**
 * Indexes the finished site in `root` (dist/) into root/pagefind/, with the search data beside it.
 * `npm run build` calls it after `astro build` has exited (src/integrations/post-build.ts), so
 * Pagefind's memory does not stack on Astro's; a bare `astro build` calls it from the hook below.
 */
export async function indexSite(root: string, log: (line: string) => void): Promise<void> {
  const pages = (await readdir(root, { recursive: true }))
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.endsWith('.html'));
  // Pagefind's command line indexes a folder of pages as its Node API does, but the API's
  // service took each page through its pipe, encoded and decoded: a fifth more CPU (59 s against
  // 49 s for 5,000 entries). So the pages, with their index-only text, are written to a folder of their own.
  const out = join(root, 'pagefind');
  const staging = await mkdtemp(join(tmpdir(), 'xxz-search-'));
  let staged: Staged;
  try {
    staged = await timed('Pagefind indexing: preparing pages', () => stagePages(root, staging, pages));
    await timed(
      'Pagefind indexing: building the index',
      () => runPagefind(staging, out, chunkSize(pages.length)),
      true,
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await timed('Pagefind indexing: cutting index-only text', async () => {
    const fragments = (await readdir(join(out, 'fragment'))).filter((f) => f.endsWith('.pf_fragment'));
    for (let i = 0; i < fragments.length; i += 64) {
      await Promise.all(
        fragments.slice(i, i + 64).map(async (name) => {
          const path = join(out, 'fragment', name);
          await writeFile(path, await withoutIndexOnlyText(await readFile(path)));
        }),
      );
    }
  });
  const { indexed, chars, filters } = staged;
  const data: SearchData = {
    variants: variantTable(chars),
    filters: Object.fromEntries([...filters].map(([key, values]) => [key, [...values].sort()])),
  };
  await writeFile(join(out, SEARCH_DATA_FILE), JSON.stringify(data));
  const traditional = [...data.variants.traditional].length + [...data.variants.shared].length;
  log(
    `pagefind/: ${indexed} page(s) indexed; ${traditional} traditional character(s) for the ${chars.size} of the text`,
  );
}

/** Pagefind's npm runner, which picks the binary for this platform (or PAGEFIND_BINARY_PATH). */
const pagefindRunner = () => fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

/** Runs Pagefind's command line on a folder of pages, writing the index to `out`; rejects with its output when it fails. */
function runPagefind(site: string, out: string, chunk: number): Promise<void> {
  const args = [pagefindRunner(), '--site', site, '--output-path', out, '--force-language', INDEX_LANGUAGE, '--quiet'];
  return new Promise((resolve, reject) => {
    // Pagefind reads the chunk size from its environment; there is no option for it.
    const env = {
      ...process.env,
      PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(chunk),
    };
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0 ? resolve() : reject(new Error(`Pagefind exited with status ${status}: ${output.trim()}`)),
    );
  });
}

/** Indexes the site when `astro build` runs on its own; under `npm run build` the post-build step does (see indexSite). */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (deferredToPostBuild()) return;
        await indexSite(fileURLToPath(dir), (line) => logger.info(line));
      },
    },
  };
}
