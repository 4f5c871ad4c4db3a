/** Requests exactly as sent to the real nginx (scripts/lib/nginx.ts runs it), and a project copy with a redirect to serve. */
import { readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { fixtureContent, fixtureSiteConfig } from '../helpers/province.ts';

export { nginxPath, requireNginx, startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Sends one GET request exactly as given: no redirects followed, no decompression. */
export function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject).end();
  });
}

/** A redirect the serving tests add to a project copy: the old address is no live page, the new one is. */
export const testRedirect = { from: '/old-notice/', to: '/notice-2031/' } as const;

/**
 * Builds a copy of the project with the province fixture's content (tests/fixtures/province/: every
 * template in seconds) and `testRedirect` first in content/redirects.json; returns the copy (for
 * remove()) and its dist/.
 */
export function buildCopyWithRedirect(env: Record<string, string> = {}): { copy: ProjectCopy; dist: string } {
  const copy = copyProject({ province: { content: fixtureContent, siteConfig: fixtureSiteConfig } });
  writeFileSync(
    join(copy.dir, 'content/redirects.json'),
    JSON.stringify([
      { ...testRedirect, note: '测试用的旧网址' },
      ...JSON.parse(readFileSync(join(copy.dir, 'content/redirects.json'), 'utf8')),
    ]),
  );
  const { status, output } = copy.build(env);
  if (status !== 0) {
    copy.remove();
    throw new Error(`构建失败 (build failed):\n${output}`);
  }
  return { copy, dist: join(copy.dir, 'dist') };
}
