/**
 * `npm run build:province`: builds the fictional province fixture (scripts/lib/province-fixture.ts)
 * unless it is up to date, and prints where. `--force` rebuilds; `--update-manifest` then copies the
 * URLs the build recorded into tests/fixtures/province/content/published-urls.json (commit it).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProvince, builtManifest, fixtureContent } from './lib/province-fixture.ts';

const args = new Set(process.argv.slice(2));
try {
  const result = buildProvince({ force: args.has('--force') || args.has('--update-manifest') });
  console.log(
    result.built
      ? `示例省已构建：${result.dist}（${result.seconds.toFixed(1)} 秒）`
      : `示例省无改动，沿用上次的构建：${result.dist}`,
  );
  if (args.has('--update-manifest')) {
    writeFileSync(join(fixtureContent, 'published-urls.json'), builtManifest());
    console.log('已更新 tests/fixtures/province/content/published-urls.json');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
