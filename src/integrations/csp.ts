/**
 * Writes the Content-Security-Policy for the finished site into dist/nginx-csp.conf, which the
 * shipped nginx configuration (deploy/nginx/) includes. Hashing the built HTML — rather than
 * using Astro's `security.csp` — covers `is:inline` scripts such as the 长辈模式 pre-paint script,
 * which Astro does not hash, and yields one HTTP header that can also say frame-ancestors
 * (a <meta> policy cannot). Must run after every integration that writes into dist/.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPolicy, collectInlineHashes, emptyHashes, toNginxCspInclude } from '../lib/site/csp.ts';
import { deferredToPostBuild } from './post-build-env.ts';

/** File in dist/ holding the nginx `add_header` line; nginx must not serve it as a page. */
export const CSP_INCLUDE = 'nginx-csp.conf';

/** Hashes the inline code of the finished site in `root` (dist/) and writes its policy there. */
export async function writeCspInclude(root: string, log: (line: string) => void): Promise<void> {
  const files = (await readdir(root, { recursive: true })).map((f) => f.replaceAll('\\', '/'));
  const hashes = emptyHashes();
  const pages = files.filter((f) => f.endsWith('.html'));
  // Reads a few files at a time so that disk waits overlap with hashing.
  for (let i = 0; i < pages.length; i += 16) {
    const texts = await Promise.all(pages.slice(i, i + 16).map((f) => readFile(join(root, f), 'utf8')));
    for (const html of texts) collectInlineHashes(html, hashes);
  }
  // Pagefind's search runs WebAssembly, which CSP blocks unless 'wasm-unsafe-eval' is allowed.
  const webAssembly = files.some((f) => f.endsWith('.wasm') || /(^|\/)wasm\.[^/]+\.pagefind$/.test(f));
  const policy = buildPolicy(hashes, { webAssembly });
  await writeFile(join(root, CSP_INCLUDE), toNginxCspInclude(policy));
  log(
    `${CSP_INCLUDE}: ${hashes.scripts.size} inline script(s), ${hashes.styles.size} inline style(s), ${hashes.styleAttributes.size} style attribute(s) allowed by hash`,
  );
}

/** Writes the policy when `astro build` runs on its own; under `npm run build` the post-build step does, after the search index. */
export function cspHeader(): AstroIntegration {
  return {
    name: 'csp-header',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (deferredToPostBuild()) return;
        await writeCspInclude(fileURLToPath(dir), (line) => logger.info(line));
      },
    },
  };
}
