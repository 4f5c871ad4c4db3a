/**
 * Prints the nginx configuration for the built site:
 *   node scripts/nginx-conf.ts --root /srv/xuexizhou/dist [--listen 80] [--server-name host]
 * The base path is SITE_BASE, as for the build. Exit codes: 0 printed, 1 bad arguments.
 */
import { parseArgs } from 'node:util';
import { renderNginxConfig } from '../deploy/nginx/render.ts';
import { siteConfig } from '../src/site.config.ts';

try {
  const { values } = parseArgs({
    options: { root: { type: 'string' }, listen: { type: 'string', default: '80' }, 'server-name': { type: 'string' } },
  });
  if (!values.root) throw new Error('请用 --root 指定服务器上 dist/ 的绝对路径，例如 --root /srv/xuexizhou/dist。');
  process.stdout.write(
    renderNginxConfig({
      root: values.root,
      base: siteConfig.base,
      listen: values.listen,
      serverName: values['server-name'] ?? new URL(siteConfig.site).hostname,
    }),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
