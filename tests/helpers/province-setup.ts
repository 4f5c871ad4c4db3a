/**
 * vitest globalSetup of the projects that read built sites: builds the province fixture unless
 * it is up to date, once per run, so a single build test can run alone (`npx vitest run
 * tests/build/stats.test.ts`). In `npm test` the build step has made it already and this only
 * compares the inputs' digest.
 */
import { buildProvince } from '../../scripts/lib/province-fixture.ts';

export default function setup(): void {
  const result = buildProvince();
  if (result.built) console.log(`示例省已构建：${result.dist}（${result.seconds.toFixed(1)} 秒）`);
}
