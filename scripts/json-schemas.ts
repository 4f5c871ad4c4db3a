/**
 * npm run schemas: writes schemas/<collection>.schema.json from the zod schemas, and puts
 * "$schema" at the top of every JSON content file that lacks it, so VS Code (and other
 * editors) offer field names, descriptions and inline errors while an editor types.
 * It also refreshes the field tables and the component list in docs/编辑指南.md.
 * `--check` writes nothing and exits 1 when anything is out of date (the unit test runs the same comparison).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles, withFieldTables, withSchemaRef } from './lib/json-schema-files.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const stale: string[] = [];

const write = (file: string, text: string) => {
  const path = join(root, file);
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // Not written yet: it counts as stale below.
  }
  if (current === text) return;
  stale.push(file);
  if (!check) writeFileSync(path, text);
};

mkdirSync(join(root, 'schemas'), { recursive: true });
for (const { file, text } of jsonSchemaFiles()) write(file, text);
for (const { dir, name } of jsonSchemaFiles()) {
  if (!dir) continue;
  for (const entry of readdirSync(join(root, dir)).filter((f) => f.endsWith('.json'))) {
    const file = `${dir}/${entry}`;
    write(file, withSchemaRef(readFileSync(join(root, file), 'utf8'), name));
  }
}

const guide = 'docs/编辑指南.md';
write(guide, withFieldTables(readFileSync(join(root, guide), 'utf8')));

if (check && stale.length) {
  process.stderr.write(`这些文件与 src/schemas/ 不一致，请运行 npm run schemas 并提交：\n${stale.join('\n')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(stale.length ? `已更新：\n${stale.join('\n')}\n` : 'JSON Schema 都是最新的。\n');
}
