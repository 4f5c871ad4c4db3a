/**
 * npm run validate: checks every file under content/ in seconds, without building the site.
 * Same messages as the build (it runs the build's own checker), plus the editor rules in
 * scripts/lib/validate/. Usage: npm run validate [-- folder]. Exit code 1 when there is an error; warnings alone exit 0.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateProject, formatValidation } from './lib/validate/run.ts';

// An optional folder argument checks another project copy (tests use fixtures this way).
const root = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const result = await validateProject(root);
process.stdout.write(`${formatValidation(result, performance.now() - started)}\n`);
process.exitCode = result.errors.length > 0 ? 1 : 0;
