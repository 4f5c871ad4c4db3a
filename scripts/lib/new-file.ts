/**
 * Writes the file `npm run new` made: creates its folder when it does not exist yet (a new
 * project copy, a collection nobody has used), never overwrites, and turns what the disk says
 * into one Chinese sentence, because an editor cannot act on a Node stack trace.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export type NewFileResult = { ok: true; createdFolder?: string } | { ok: false; message: string };

/** The Chinese sentence for a file-system error code while writing `file` (both paths from the project root). */
export function writeErrorMessage(code: string | undefined, file: string, folder: string): string {
  switch (code) {
    case 'EEXIST':
      return `${file} 已经存在：请换一个文件名，或直接修改这个文件`;
    case 'ENOTDIR':
      return `${folder} 应该是一个文件夹，但那里（或它的上一级）是一个同名的文件：请把那个文件改名或移走，再运行一次`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限在 ${folder} 里新建文件：请检查这个文件夹的权限，或换一个有权限的账号运行`;
    case 'EROFS':
      return `${folder} 所在的磁盘是只读的，不能新建文件：请在可以写入的项目文件夹里运行`;
    case 'ENOSPC':
      return `磁盘已满，不能新建 ${file}：请先清理磁盘空间`;
    default:
      return `不能新建 ${file}（系统错误 ${code ?? '未知'}）：请确认是在网站项目的文件夹里运行 npm run new`;
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Writes `text` to `file` (a path from `root`), creating its folder first when needed. */
export function writeNewFile(root: string, file: string, text: string): NewFileResult {
  const isFolder = (path: string) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  };
  if (!isFolder(root))
    return { ok: false, message: `找不到项目文件夹 ${root}：请在网站项目的文件夹里运行 npm run new` };
  const path = join(root, file);
  const folder = dirname(path);
  const shown = `${relative(root, folder)}/`;
  let createdFolder: string | undefined;
  if (!isFolder(folder)) {
    try {
      mkdirSync(folder, { recursive: true });
      createdFolder = shown;
    } catch (error) {
      // A file where the folder (or one above it) should be makes mkdir answer EEXIST or ENOTDIR.
      const code = codeOf(error) === 'EEXIST' ? 'ENOTDIR' : codeOf(error);
      return { ok: false, message: writeErrorMessage(code, file, shown) };
    }
  }
  try {
    // 'wx' refuses an existing file in the same step that writes, so nothing is ever overwritten.
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    return { ok: false, message: writeErrorMessage(codeOf(error), file, shown) };
  }
  return createdFolder ? { ok: true, createdFolder } : { ok: true };
}
