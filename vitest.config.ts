import { defineConfig } from 'vitest/config';

/**
 * One project per precondition (tests/README.md): what a test needs before it can run decides
 * its folder, its domain goes in the file name. `vitest run --project unit` runs every pure test.
 */
const project = (name: 'unit' | 'build' | 'e2e' | 'serve' | 'network') => ({
  extends: true,
  test: {
    name,
    include: [`tests/${name}/**/*.test.ts`],
    // The projects that read built sites also read the province fixture's (tests/helpers/province.ts).
    ...(['build', 'e2e', 'serve'].includes(name) ? { globalSetup: ['tests/helpers/province-setup.ts'] } : {}),
  },
});

export default defineConfig({
  test: {
    // Build and browser tests start servers and Chromium; two workers suit the 2-core machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      project('unit'), // the source only
      project('build'), // dist/ from npm run build, or a project copy the test builds
      project('e2e'), // dist/ and Chromium
      project('serve'), // dist/ and nginx
      project('network'), // servers on loopback
    ],
  },
});
