/** Serves the built site: `node scripts/serve.ts [port]` (default 4321). Exit codes: 0 on Ctrl-C, 1 when dist/ is missing. */
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/static-server.ts';
import { siteConfig } from '../src/site.config.ts';

const root = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(root)) {
  console.error('没有找到 dist/：请先运行 npm run build。(dist/ is missing: run npm run build first.)');
  process.exit(1);
}
const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const server = await startStaticServer({ root, base: siteConfig.base, port, host: process.env.HOST ?? '127.0.0.1' });
const address = server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`网站已启动：http://localhost:${actualPort}${siteConfig.base}  (Ctrl-C 停止)`);
