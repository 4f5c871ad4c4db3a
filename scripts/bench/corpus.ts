/**
 * Synthetic content for build benchmarks: realistic Chinese entries made by shuffling the
 * paragraphs of the 2023 notice, spread over the collections so that the content guard checks
 * every kind of file and every page template that exists renders its share. Every entry is
 * marked as sample data. Also writes the bare Astro project the build is compared with.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../src/site.config.ts';

export interface CorpusFile {
  /** Path relative to the project folder, e.g. "content/pages/bench-page-00001.mdx". */
  path: string;
  text: string;
}

/** Who refers to whom: ids that must already exist in content/ for cross-references to pass. */
export interface CorpusRefs {
  cities: readonly string[];
  platforms: readonly string[];
}

/** Share of each collection in the corpus; mostly pages, because only they have a route today. */
export const corpusMix = { pages: 55, news: 10, cases: 10, stars: 10, lectures: 5, books: 8, booklists: 2 } as const;
export type CorpusCollection = keyof typeof corpusMix;

interface Source {
  paragraphs: string[];
  headings: string[];
  phrases: string[];
}

/**
 * Reads the current edition's notice, as committed in content/pages/ (the site's own copy of the
 * official text). An edition may have no full text (notice.page is optional): then the longest
 * page stands in, since the corpus only borrows its paragraphs.
 */
export function readNotice(root: string): string {
  const edition = JSON.parse(readFileSync(join(root, 'content/editions', `${siteConfig.currentEdition}.json`), 'utf8'));
  const pages = join(root, 'content/pages');
  if (edition.notice?.page) return readFileSync(join(pages, `${edition.notice.page}.mdx`), 'utf8');
  const texts = existsSync(pages)
    ? readdirSync(pages)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => readFileSync(join(pages, f), 'utf8'))
    : [];
  if (texts.length === 0)
    throw new Error('content/pages/ 中没有页面，无法生成测试语料 (no page to borrow the synthetic corpus text from)');
  return texts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Splits the notice (plain text or MDX) into body paragraphs, section headings and short phrases for titles, leaving out contacts, addresses and the form. */
export function noticeSource(notice: string): Source {
  const lines: string[] = [];
  const text = notice.replace(/^---\n[\s\S]*?\n---\n/, '');
  for (const line of text
    .split('\n')
    .map((l) => l.trim().replace(/^#+\s*/, ''))
    .filter(Boolean)) {
    // The text was extracted page by page: a long line that stops mid-sentence continues on the next one.
    const previous = lines.at(-1);
    if (previous && previous.length >= 40 && !/[。：；！？）”]$/.test(previous))
      lines[lines.length - 1] = previous + line;
    else lines.push(line);
  }
  // Addresses become plain prose; lines still holding "<", "@", braces or tabs are e-mails, markup or the form's table.
  const clean = lines.map((l) => l.replace(/（网址：<[^>]+>）/g, '')).filter((l) => !/[<>{}@\t_]/.test(l));
  const paragraphs = clean.filter((l) => l.length >= 40);
  const headings = clean
    .filter((l) => /^（[一二三四五六七八九十]+）/.test(l) && l.length < 40)
    .map((l) => l.replace(/^（[一二三四五六七八九十]+）/, ''));
  const phrases = [
    ...new Set(
      paragraphs.flatMap((p) => p.split(/[，。；：、]/)).map((p) => p.trim().replace(/^[“《（]|[”》）]$/g, '')),
    ),
  ].filter((p) => p.length >= 6 && p.length <= 20 && !/[“”《》（）]/.test(p));
  return { paragraphs, headings, phrases };
}

/** Returns a deterministic pseudo-random generator (mulberry32), so a corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits `size` entries over the collections in corpusMix proportions (largest remainder, so they add up exactly). */
export function corpusPlan(size: number): Record<CorpusCollection, number> {
  const names = Object.keys(corpusMix) as CorpusCollection[];
  const total = names.reduce((sum, n) => sum + corpusMix[n], 0);
  const exact = names.map((n) => (size * corpusMix[n]) / total);
  const counts = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  const left = size - counts.reduce((s, c) => s + c, 0);
  for (const [, i] of order.slice(0, left)) counts[i] = counts[i]! + 1;
  const plan = Object.fromEntries(names.map((n, i) => [n, counts[i]!])) as Record<CorpusCollection, number>;
  // A booklist needs books to list.
  if (plan.books === 0 && plan.booklists > 0) {
    plan.pages += plan.booklists;
    plan.booklists = 0;
  }
  return plan;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const pad = (n: number) => String(n).padStart(5, '0');
const yamlString = (s: string) => JSON.stringify(s);
const dayOf = (n: number) => `2023-${String(8 + (n % 4)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

/** Writes an MDX body of 3–8 shuffled notice paragraphs, with a heading before every third. */
function body(random: () => number, source: Source): string {
  const count = 3 + Math.floor(random() * 6);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 3 === 2) parts.push(`## ${pick(random, source.headings)}`);
    parts.push(pick(random, source.paragraphs));
  }
  return `${parts.join('\n\n')}\n`;
}

const mdx = (data: Record<string, unknown>, text: string) => {
  const yaml = Object.entries(data)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? yamlString(value) : JSON.stringify(value)}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${text}`;
};

const caseCategories = ['社区教育', '老年教育', '职业教育', '家庭教育', '数字化学习', '乡村振兴', '全民阅读'] as const;
const honour = { level: '省级', title: '山西省终身学习品牌（示例）', source: { title: '示例认定名单（演示用）' } };

// The content check refuses two titles alike in one collection (a reader cannot tell them apart);
// phrases drawn at random repeat, so each title carries its entry's number.
const numbered = (title: string, n: number) => `${title}（${n}）`;

/** Generates `size` entries of content for the real project, ids prefixed "bench-", all marked as sample data. */
export function syntheticCorpus(size: number, notice: string, refs: CorpusRefs): CorpusFile[] {
  const source = noticeSource(notice);
  const plan = corpusPlan(size);
  const files: CorpusFile[] = [];
  const bookIds = Array.from({ length: plan.books }, (_, i) => `bench-book-${pad(i + 1)}`);
  const make: Record<CorpusCollection, (n: number, random: () => number) => CorpusFile> = {
    pages: (n, random) => ({
      path: `content/pages/bench-page-${pad(n)}.mdx`,
      // The page schema has no sample field, so title and description say it.
      text: mdx(
        {
          title: numbered(`示例页面：${pick(random, source.phrases)}`, n),
          description: `示例数据（演示用）：${pick(random, source.phrases)}。`,
          kind: 'guide',
          published: dayOf(n),
        },
        body(random, source),
      ),
    }),
    news: (n, random) => ({
      path: `content/news/bench-news-${pad(n)}.mdx`,
      text: mdx(
        {
          edition: siteConfig.currentEdition,
          title: numbered(pick(random, source.phrases), n),
          date: dayOf(n),
          summary: pick(random, source.paragraphs).slice(0, 60),
          city: pick(random, refs.cities),
          sample: true,
        },
        body(random, source),
      ),
    }),
    cases: (n, random) => ({
      path: `content/cases/bench-case-${pad(n)}.mdx`,
      text: mdx(
        {
          title: numbered(pick(random, source.phrases), n),
          summary: pick(random, source.paragraphs).slice(0, 60),
          city: pick(random, refs.cities),
          edition: siteConfig.currentEdition,
          year: 2023,
          honour,
          published: dayOf(n),
          // Three digits per year, from 2090 on: clear of the real cases' codes, and unique past 999 cases.
          shortCode: `${2090 + Math.floor((n - 1) / 999)}-${String(((n - 1) % 999) + 1).padStart(3, '0')}`,
          organisation: '示例单位（演示用）',
          category: pick(random, caseCategories),
          sample: true,
        },
        body(random, source),
      ),
    }),
    stars: (n, random) => ({
      path: `content/stars/bench-star-${pad(n)}.mdx`,
      text: mdx(
        {
          title: numbered(pick(random, source.phrases), n),
          summary: pick(random, source.paragraphs).slice(0, 60),
          city: pick(random, refs.cities),
          edition: siteConfig.currentEdition,
          year: 2023,
          honour,
          published: dayOf(n),
          name: `示例学员${n}`,
          consent: true,
          sample: true,
        },
        body(random, source),
      ),
    }),
    lectures: (n, random) => {
      const day = dayOf(n);
      const lecture = {
        edition: siteConfig.currentEdition,
        title: numbered(pick(random, source.phrases), n),
        description: pick(random, source.paragraphs),
        speakers: [{ name: `示例主讲人${n}` }],
        start: `${day}T09:30`,
        end: `${day}T11:00`,
        mode: 'online',
        organiser: '示例单位（演示用）',
        city: pick(random, refs.cities),
        platform: pick(random, refs.platforms),
        sample: true,
      };
      return { path: `content/lectures/bench-lecture-${pad(n)}.json`, text: `${JSON.stringify(lecture, null, 2)}\n` };
    },
    books: (n, random) => {
      const book = {
        title: numbered(`示例图书：${pick(random, source.phrases)}`, n),
        contributors: [{ name: `示例作者${n}`, role: '著' }],
        publisher: '示例出版社（演示用）',
        categories: ['人文社科'],
        audiences: ['通用'],
        description: pick(random, source.paragraphs),
        sample: true,
      };
      return { path: `content/books/${bookIds[n - 1]}.json`, text: `${JSON.stringify(book, null, 2)}\n` };
    },
    booklists: (n, random) => ({
      path: `content/booklists/bench-list-${pad(n)}.mdx`,
      text: mdx(
        {
          title: `示例书单${n}`,
          kind: '主题书单',
          edition: siteConfig.currentEdition,
          recommender: { name: '编辑部', role: '编辑部' },
          description: pick(random, source.phrases),
          // Consecutive ids: a list names each book once.
          books: Array.from({ length: Math.min(5, bookIds.length) }, (_, i) => ({
            book: bookIds[(n + i) % bookIds.length]!,
            reason: pick(random, source.phrases),
          })),
          sample: true,
        },
        pick(random, source.paragraphs) + '\n',
      ),
    }),
  };
  for (const name of Object.keys(plan) as CorpusCollection[]) {
    const random = seededRandom(name.length * 7919 + size);
    for (let n = 1; n <= plan[name]; n++) files.push(make[name](n, random));
  }
  return files;
}

/** Generates a minimal Astro project of `size` MDX pages carrying the same kind of text: one collection, one route, no layout. */
export function bareProject(size: number, notice: string): CorpusFile[] {
  const source = noticeSource(notice);
  const random = seededRandom(size);
  const files: CorpusFile[] = [
    { path: 'package.json', text: '{ "name": "bare-astro", "private": true, "type": "module" }\n' },
    {
      path: 'astro.config.mjs',
      text: "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [mdx()] });\n",
    },
    {
      path: 'src/content.config.ts',
      text: [
        "import { defineCollection } from 'astro:content';",
        "import { glob } from 'astro/loaders';",
        "import { z } from 'astro/zod';",
        '',
        "export const collections = { pages: defineCollection({ loader: glob({ base: './content/pages', pattern: '*.mdx' }), schema: z.object({ title: z.string() }) }) };",
        '',
      ].join('\n'),
    },
    {
      path: 'src/pages/[id].astro',
      text: [
        '---',
        "import { getCollection, render } from 'astro:content';",
        'export async function getStaticPaths() {',
        "  return (await getCollection('pages')).map((page) => ({ params: { id: page.id }, props: { page } }));",
        '}',
        'const { page } = Astro.props;',
        'const { Content } = await render(page);',
        '---',
        '<html lang="zh-CN"><head><meta charset="utf-8" /><title>{page.data.title}</title></head><body><h1>{page.data.title}</h1><Content /></body></html>',
        '',
      ].join('\n'),
    },
  ];
  for (let n = 1; n <= size; n++) {
    files.push({
      path: `content/pages/p-${pad(n)}.mdx`,
      text: mdx({ title: pick(random, source.phrases) }, body(random, source)),
    });
  }
  return files;
}

/** The lecture an editor's rebuild changes: the first of the synthetic corpus (every size above 19 entries has one). */
export const EDITED_LECTURE = 'content/lectures/bench-lecture-00001.json';

/** Changes one lecture the way an editor would (a corrected description), keeping it valid. */
export function editLecture(text: string): string {
  const lecture = JSON.parse(text) as { description: string };
  return `${JSON.stringify({ ...lecture, description: `${lecture.description}（已更正）` }, null, 2)}\n`;
}
