/** The content check finds the image files the build would import, and says when one is missing. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { dataImageRefs, isLocalPath, isUsableImage } from '../../src/lib/content/image-refs.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

describe('image references', () => {
  it('are the local { src, alt } fields of the data, with their paths', () => {
    expect(
      dataImageRefs({
        cover: { src: './images/a.jpg', alt: '封面' },
        images: [
          { src: '../b.png', alt: '图' },
          { src: 'https://x.org/c.png', alt: '外链' },
        ],
        video: { src: '/media/v.mp4' },
      }),
    ).toEqual([
      { src: './images/a.jpg', at: { path: ['cover', 'src'] } },
      { src: '../b.png', at: { path: ['images', 0, 'src'] } },
    ]);
  });

  it('are local paths only: not web addresses, site paths or fragments', () => {
    expect(['./a.jpg', 'images/a.jpg', '/a.jpg', '#x', 'data:image/png;base64,x'].map(isLocalPath)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('are in a format the build reads', () => {
    expect(['./a.JPG', './b.png', './c.webp', './d.heic', './e', './f.pdf'].map(isUsableImage)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('image files', () => {
  it('must exist next to the entry that names them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxz-images-'));
    try {
      mkdirSync(join(dir, 'content/news/images'), { recursive: true });
      writeFileSync(join(dir, 'content/redirects.json'), '[]\n');
      mkdirSync(join(dir, 'content/editions'));
      copyFileSync(
        new URL('../fixtures/editors/good/content/editions/2030.json', import.meta.url),
        join(dir, 'content/editions/2030.json'),
      );
      writeFileSync(join(dir, 'content/news/images/here.jpg'), '');
      writeFileSync(
        join(dir, 'content/news/a.mdx'),
        '---\ntitle: 示例：图片\ndate: 2030-10-16\nsummary: 摘要\nsample: true\nedition: "2030"\n---\n\n![有的图](./images/here.jpg)\n\n![没有的图](./images/Gone.JPG)\n\n![网上的图](https://www.example.org/a.jpg)\n\n![手机照片](./images/here.heic)\n',
      );
      const { problems } = await checkContent(dir);
      expect(problems.map(formatProblem)).toEqual([
        'content/news/a.mdx 第 11 行：找不到图片文件 content/news/images/Gone.JPG：请把图片放到这个位置，或改正路径（文件名的大小写和扩展名也要一致）（看到的值："./images/Gone.JPG"）',
        'content/news/a.mdx 第 15 行：网站不能使用这种格式的图片：请另存为 JPG 或 PNG（可用的格式：jpg、jpeg、png、webp、gif、avif、tiff、svg），再改这里的文件名（看到的值："./images/here.heic"）',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
