/**
 * npm run bench:search — what search costs a visitor on the local dist/ (run `npm run build`
 * first): see search-cost.ts. Writes bench-results/search.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteConfig } from '../../src/site.config.ts';
import { measureSearchCost } from './search-cost.ts';

const root = new URL('../../', import.meta.url).pathname;
const result = await measureSearchCost(join(root, 'dist'), siteConfig.base);
await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(join(root, 'bench-results/search.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
