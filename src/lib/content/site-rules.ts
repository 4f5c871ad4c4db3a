/**
 * Rules across files that the pages rely on: what the build reads for the edition the site
 * presents, and what every edition's and reading guide's pages need. They used to surface only
 * as exceptions while pages rendered (after `npm run validate` had said 检查通过); here they are
 * part of the one content check, with the same messages in the build and in validate.
 */
import { honourLevelsOf, type Divisions } from '../site/divisions.ts';
import { missingDeadlineMessage, reportDeadlinePhrases } from '../site/edition.ts';
import type { CheckedEntry } from './crossrefs.ts';
import { isJsx, readMdxBody, walk } from './mdx-tree.ts';
import { parseContentFile } from './parse.ts';
import type { Problem } from './problems.ts';

/** The settings from src/site.config.ts that content must match. */
export interface SiteSettings {
  /** The edition the home page presents (content/editions/<id>.json). */
  currentEdition: string;
  /** The honour levels a case or star may name, from siteConfig.divisions (全国, 省级, 市级 for a province). */
  honourLevels: readonly string[];
}

export const SITE_CONFIG_FILE = 'src/site.config.ts';

/** The settings the check needs, taken from the parsed site config (the build's and validate's alike). */
export const siteSettingsOf = (config: { currentEdition: string; divisions: Divisions }): SiteSettings => ({
  currentEdition: config.currentEdition,
  honourLevels: honourLevelsOf(config.divisions),
});

type Known = ReadonlyMap<string, ReadonlySet<string>>;
type Found = Omit<Problem, 'line'> & { line?: number };

const list = (ids: Iterable<string>) => [...ids].sort().join('、') || '（无）';

/** Returns every problem of these rules; `site` adds the rules about the current edition. */
export function checkSiteRules(entries: readonly CheckedEntry[], known: Known, site?: SiteSettings): Found[] {
  return [
    ...(site ? currentEditionRules(known, site) : []),
    ...(site ? honourRules(entries, site) : []),
    ...readingRules(entries),
    ...entries.filter((e) => e.collection === 'editions').flatMap(deadlineRules),
    ...guideRules(entries),
  ];
}

/**
 * A case's or star's honour level is one of the province's own (an autonomous region's 自治区级,
 * a municipality's 区级): the schema cannot know them, since they come from the site config.
 */
function honourRules(entries: readonly CheckedEntry[], { honourLevels }: SiteSettings): Found[] {
  return entries
    .filter((e) => e.collection === 'cases' || e.collection === 'stars')
    .flatMap((e) => {
      const level = (e.data as { honour?: { level?: unknown } }).honour?.level;
      if (typeof level !== 'string' || honourLevels.includes(level)) return [];
      return [
        {
          file: e.file,
          field: 'honour.level',
          found: JSON.stringify(level),
          message: `荣誉级别应为 ${honourLevels.map((l) => `"${l}"`).join('、')} 之一（级别的说法见 src/site.config.ts 的 divisions）`,
        },
      ];
    });
}

/** The home page, the header and footer, /reading/ and every book page read these two files. */
function currentEditionRules(known: Known, { currentEdition: id }: SiteSettings): Found[] {
  const editions = known.get('editions') ?? new Set<string>();
  if (!editions.has(id)) {
    return [
      {
        file: SITE_CONFIG_FILE,
        field: 'currentEdition',
        found: JSON.stringify(id),
        message: `content/editions/ 中没有 ${id}.json：首页展示的那一届必须有届次文件。现有的有：${list(editions)}`,
      },
    ];
  }
  if (known.get('reading')?.has(id)) return [];
  return [
    {
      file: `content/reading/${id}.json`,
      message: `缺少这个文件：/reading/ 页面和每本图书页面的“到哪里借阅、阅读”一栏从这里读取本届（${id}）的全民阅读活动。可以用 npm run new -- reading ${id} 新建`,
    },
  ];
}

/** A reading overview is found by its file name and takes its dates from its edition's line. */
function readingRules(entries: readonly CheckedEntry[]): Found[] {
  const editions = new Map(entries.filter((e) => e.collection === 'editions').map((e) => [e.id, e]));
  return entries
    .filter((e) => e.collection === 'reading')
    .flatMap((entry): Found[] => {
      const { edition, line } = entry.data as { edition: string; line: string };
      if (edition !== entry.id) {
        return [
          {
            file: entry.file,
            field: 'edition',
            found: JSON.stringify(edition),
            message: `文件名就是届次：content/reading/${entry.id}.json 的 edition 应写 "${entry.id}"（或把文件改名为 ${edition}.json）`,
          },
        ];
      }
      const target = editions.get(edition);
      // A missing edition is reported by the cross-references; a broken one by its own schema.
      const lines = (target?.data.lines ?? []) as { id: string }[];
      if (!target || lines.some((l) => l.id === line)) return [];
      return [
        {
          file: entry.file,
          field: 'line',
          found: JSON.stringify(line),
          message: `届次文件 ${target.file} 的 lines 中没有 id 为 "${line}" 的一项（活动时间从那里读取）。现有的有：${list(lines.map((l) => l.id))}`,
        },
      ];
    });
}

/** The cities, statistics and home pages show three reporting deadlines, found by the notice's wording. */
function deadlineRules(entry: CheckedEntry): Found[] {
  const deadlines = (entry.data.deadlines ?? []) as { what: string }[];
  return Object.values(reportDeadlinePhrases(entry.data as { statsForm: { title: string } }))
    .filter((phrase) => !deadlines.some((d) => d.what.includes(phrase)))
    .map((phrase) => ({ file: entry.file, field: 'deadlines', message: missingDeadlineMessage(phrase) }));
}

/** A reading guide lists the books that name it, and a book's guide link goes only to a guide page. */
function guideRules(entries: readonly CheckedEntry[]): Found[] {
  const books = entries.filter((e) => e.collection === 'books');
  const guided = new Set(books.map((b) => b.data.guide as string | undefined).filter(Boolean));
  const pages = new Map(entries.filter((e) => e.collection === 'pages').map((e) => [e.id, e]));
  const problems: Found[] = [];
  for (const book of books) {
    const page = book.data.guide ? pages.get(book.data.guide) : undefined;
    if (page && page.data.kind !== 'guide') {
      problems.push({
        file: book.file,
        field: 'guide',
        found: JSON.stringify(book.data.guide),
        message: `${page.file} 不是导读页面（kind 是 "${page.data.kind}"）：图书页面只链接导读，请在那个页面写 kind: guide，或改写 guide`,
      });
    }
  }
  for (const page of pages.values()) {
    for (const use of guidedBooksUses(page)) {
      if (guided.has(use.guide)) continue;
      problems.push({
        file: page.file,
        line: use.line,
        found: `<GuidedBooks guide="${use.guide}">`,
        message: `导读 content/pages/${use.guide}.mdx 没有对应的图书：请在 content/books/ 中相应图书的 guide 字段写 "${use.guide}"`,
      });
    }
  }
  return problems;
}

/** Every <GuidedBooks guide="…"> in a page's body, read with the build's own MDX parser. */
function guidedBooksUses(page: CheckedEntry): { guide: string; line: number }[] {
  const parsed = parseContentFile(page.file, page.text);
  if ('message' in parsed || parsed.body === undefined) return [];
  const { tree } = readMdxBody(parsed.body, parsed.bodyLine ?? 1);
  const uses: { guide: string; line: number }[] = [];
  if (!tree) return uses;
  walk(tree, (node) => {
    if (!isJsx(node) || node.name !== 'GuidedBooks') return;
    const guide = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'guide')?.value;
    if (typeof guide === 'string') uses.push({ guide, line: node.position?.start.line ?? 1 });
  });
  return uses;
}
