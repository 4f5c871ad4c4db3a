/**
 * After the build: every URL in content/published-urls.json — pages and data files alike — must
 * still be built or be recorded in content/redirects.json. New URLs are added to the manifest
 * (refused on CI, where the manifest must already be committed). Runs after the sitemap and the
 * search index, so it sees every file the build wrote.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { auditUrls, describeAudit, publishedUrlOf } from '../lib/site/published-urls.ts';
import { loadRedirects } from '../lib/site/redirects.ts';
import { quiet } from './content-guard.ts';

export const MANIFEST = 'content/published-urls.json';

/** Lists the published URLs of the files in a built dist/ directory. */
async function builtUrls(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .flatMap((e) => publishedUrlOf(relative(dist, `${e.parentPath}/${e.name}`)) ?? []);
}

export function publishedUrls(): AstroIntegration {
  let root = '';
  return {
    name: 'published-urls',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const redirects = await loadRedirects(root);
        // A move's old URL holds only a stub that points on; a withdrawal keeps its notice page at the old URL.
        const movedFrom = new Set(redirects.filter((r) => r.to !== undefined).map((r) => r.from));
        const built = (await builtUrls(fileURLToPath(dir))).filter((u) => !movedFrom.has(u)).sort();
        const manifestPath = `${root}/${MANIFEST}`;
        const manifest: string[] = JSON.parse(await readFile(manifestPath, 'utf8').catch(() => '[]'));
        const audit = auditUrls(manifest, built, redirects);
        const failures = describeAudit(audit);
        if (failures.length > 0) {
          process.stderr.write(`\n网址检查未通过：\n${failures.join('\n')}\n\n`);
          throw quiet(
            new AstroError(
              '网址检查未通过，详见上方列表。',
              '已发布的网址和数据文件是对外的承诺，只能通过 content/redirects.json 搬家或登记撤下。',
            ),
          );
        }
        if (audit.added.length === 0) return;
        if (process.env.CI) {
          throw quiet(
            new AstroError(
              `有 ${audit.added.length} 个新网址没有登记在 ${MANIFEST}：${audit.added.join('、')}`,
              '在本机运行 npm run build，然后把更新后的 content/published-urls.json 一起提交。',
            ),
          );
        }
        const next = [...new Set([...manifest, ...audit.added])].sort();
        await writeFile(manifestPath, `${JSON.stringify(next, null, 2)}\n`);
        logger.info(`已登记 ${audit.added.length} 个新网址到 ${MANIFEST}，请一并提交。`);
      },
    },
  };
}
