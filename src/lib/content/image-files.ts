/** Whether the image files an entry names are there, in a format the build reads (it stops on either). */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { imageExtensions, isUsableImage, type ImageRef } from './image-refs.ts';
import { frontmatterLine, jsonLine } from './locate.ts';
import type { Problem } from './problems.ts';

/** The images an entry names that are not next to it, or in a format the build cannot read: it would stop on each. */
export function missingImages(root: string, file: string, text: string, images: readonly ImageRef[]): Problem[] {
  return images
    .filter((image) => !isUsableImage(image.src) || !existsSync(join(root, dirname(file), image.src)))
    .map((image) => {
      const line =
        'line' in image.at
          ? image.at.line
          : file.endsWith('.json')
            ? jsonLine(text, image.at.path)
            : frontmatterLine(text, image.at.path);
      const wanted = relative(root, join(root, dirname(file), image.src));
      return {
        file,
        ...(line === undefined ? {} : { line }),
        ...('path' in image.at ? { field: image.at.path.join('.') } : {}),
        message: isUsableImage(image.src)
          ? `找不到图片文件 ${wanted}：请把图片放到这个位置，或改正路径（文件名的大小写和扩展名也要一致）`
          : `网站不能使用这种格式的图片：请另存为 JPG 或 PNG（可用的格式：${imageExtensions.join('、')}），再改这里的文件名`,
        found: JSON.stringify(image.src),
      };
    });
}
