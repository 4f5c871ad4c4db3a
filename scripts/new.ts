/**
 * npm run new -- <type> <id>: writes a skeleton content file and says what to fill in.
 * Asks nothing; refuses an unknown type, an id that is not a valid file name, or one that exists;
 * creates the collection's folder when it does not exist yet.
 */
import { fileURLToPath } from 'node:url';
import { buildSkeleton, idProblem } from '../src/lib/content/scaffold.ts';
import { collectionSpecs, type CollectionName } from '../src/schemas/index.ts';
import { writeNewFile } from './lib/new-file.ts';

const root = process.env.CONTENT_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const [type, id] = process.argv.slice(2);
const types = Object.entries(collectionSpecs).map(
  ([name, spec]) => `  ${name.padEnd(10)} ${spec.label}（content/${spec.dir}/*.${spec.ext}）`,
);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!type || !id)
  fail(
    `用法：npm run new -- <类型> <文件名>，例如 npm run new -- news moushi-opening\n可用的类型：\n${types.join('\n')}`,
  );
if (!(type in collectionSpecs)) fail(`没有 "${type}" 这种内容。可用的类型：\n${types.join('\n')}`);
const name = type as CollectionName;
const problem = idProblem(name, id);
if (problem) fail(problem);
const skeleton = buildSkeleton(name, id);
const written = writeNewFile(root, skeleton.file, skeleton.text);
if (!written.ok) fail(written.message);

process.stdout.write(
  [
    ...(written.createdFolder ? [`已新建文件夹 ${written.createdFolder}`] : []),
    `已创建 ${skeleton.file}`,
    '',
    '请把每一处“【待填写】……”换成真实内容：',
    ...skeleton.toFill.map((f) => `  ${f.field}：${f.hint}`),
    ...(skeleton.optional.length
      ? ['', '需要时可以添加这些可选字段（不需要就不写）：', ...skeleton.optional.map((f) => `  ${f.field}：${f.hint}`)]
      : []),
    '',
    '填好后运行 npm run validate 检查；每项字段的说明和完整例子见 docs/编辑指南.md。',
    '',
  ].join('\n'),
);
