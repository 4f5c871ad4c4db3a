/**
 * The local image files an entry names: image fields of its data ({ src, alt }, the schemas'
 * imageRef) and images in its MDX body. The build imports each of them and stops, in English,
 * on a file that is not there; the content check looks first (check.ts) and says so in Chinese.
 */
import { walk, type MdxBodyTree } from './mdx-tree.ts';

export interface ImageRef {
  /** As written: a path relative to the entry's file. */
  src: string;
  /** Where it is written: a data field path, or a body line. */
  at: { path: (string | number)[] } | { line: number };
}

/** The image formats Astro's image pipeline reads; a photo saved as .heic (a phone's default) stops the build. */
export const imageExtensions = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif', 'tiff', 'svg'] as const;

/** Whether the file name ends in a format the build can use. */
export const isUsableImage = (src: string) =>
  (imageExtensions as readonly string[]).includes(/\.([^./]+)$/.exec(src)?.[1]?.toLowerCase() ?? '');

/** A path the build resolves next to the file: not a web address, not a site path, not a fragment. */
export const isLocalPath = (src: string) => src !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src);

/** Every { src, alt } object in the data whose src is a local path, with its field path. */
export function dataImageRefs(data: unknown, path: (string | number)[] = []): ImageRef[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => dataImageRefs(item, [...path, i]));
  if (!data || typeof data !== 'object' || data instanceof Date) return [];
  const record = data as Record<string, unknown>;
  const own =
    typeof record.src === 'string' && 'alt' in record && isLocalPath(record.src)
      ? [{ src: record.src, at: { path: [...path, 'src'] } }]
      : [];
  return [
    ...own,
    ...Object.entries(record)
      .filter(([key]) => key !== 'src')
      .flatMap(([key, value]) => dataImageRefs(value, [...path, key])),
  ];
}

/** Every Markdown image of a body already read whose address is a local path, with its line. */
export function bodyImageRefs({ tree }: MdxBodyTree): ImageRef[] {
  const refs: ImageRef[] = [];
  if (!tree) return refs;
  walk(tree, (node) => {
    if (node.type === 'image' && node.url && isLocalPath(node.url))
      refs.push({ src: decodeURI(node.url), at: { line: node.position?.start.line ?? 1 } });
  });
  return refs;
}
