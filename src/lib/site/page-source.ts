/**
 * Finds the content file (or folder) behind a page, its 发布/更新 dates and the URL where
 * an editor can correct it. Generic over the collection registry: a page /<dir>/<id>/ comes
 * from content/<dir>/<id>.<ext>, a page /<id>/ from content/pages/, a section from its folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSpecs } from '../../schemas/index.ts';
import { parseContentFile } from '../content/parse.ts';

export interface PageSource {
  /** Path from the project root: a file ("content/cities/moushi.json") or a folder ending in "/". */
  path: string;
  published?: string;
  updated?: string;
}

export interface Repository {
  /** Web address of the repository, e.g. "https://github.com/org/site"; empty hides the 纠错 link. */
  url: string;
  branch: string;
}

/** Pages whose content lives somewhere their URL does not say; the 数据接口 page is drawn from all of it. */
export function sourceAliases(currentEdition: string): Record<string, string> {
  return { '/': `content/editions/${currentEdition}.json`, '/stats/': 'content/cities/', '/data/': 'content/' };
}

/** Finds the content path behind a site path; `exists` tells whether a path exists under the project. */
export function sourcePathFor(
  path: string,
  aliases: Record<string, string>,
  exists: (path: string) => boolean,
): string | undefined {
  if (aliases[path]) return aliases[path];
  const segments = path.split('/').filter(Boolean);
  const specs = Object.values(collectionSpecs);
  const [first, second] = segments;
  const spec = specs.find((s) => s.dir === first);
  if (spec && second) {
    const file = `content/${spec.dir}/${second}.${spec.ext}`;
    if (exists(file)) return file;
  }
  if (spec) return `content/${spec.dir}/`;
  // An edition's copy of an aliased section (/stats/2030/) comes from where the section does.
  if (first && aliases[`/${first}/`]) return aliases[`/${first}/`];
  if (first && segments.length === 1) {
    const page = `content/${collectionSpecs.pages.dir}/${first}.${collectionSpecs.pages.ext}`;
    if (exists(page)) return page;
  }
  return undefined;
}

/** Reads the dates an entry states itself: published (or date) and updated, as YYYY-MM-DD. */
export function statedDates(file: string, text: string): { published?: string; updated?: string } {
  const parsed = parseContentFile(file, text);
  if ('message' in parsed || !parsed.data || typeof parsed.data !== 'object') return {};
  const data = parsed.data as Record<string, unknown>;
  const day = (value: unknown) =>
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)
        ? value.slice(0, 10)
        : undefined;
  const published = day(data.published) ?? day(data.date);
  const updated = day(data.updated);
  return { ...(published ? { published } : {}), ...(updated ? { updated } : {}) };
}

/**
 * Commits that changed no content's meaning (moves, reformatting), as listed for `git blame`
 * in .git-blame-ignore-revs; they must not become a page's 更新日期.
 */
export function ignoredRevisions(root: string): Set<string> {
  const file = join(root, '.git-blame-ignore-revs');
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
}

/** First and last commit day of every file under content/, from one `git log`; empty outside a repository. */
export function gitHistory(
  root: string,
  ignored: ReadonlySet<string> = ignoredRevisions(root),
): Map<string, { first: string; last: string }> {
  const history = new Map<string, { first: string; last: string }>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%H %cs', '--name-only', '--', 'content'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return history;
  }
  // Newest commit first: the first time a file appears is its last change, the final time its first.
  for (const commit of log.split('\0').slice(1)) {
    const [head, ...files] = commit.trim().split('\n');
    const [hash, day] = head!.split(' ');
    if (ignored.has(hash!)) continue;
    for (const file of files.filter(Boolean)) {
      const known = history.get(file);
      history.set(file, { first: day!, last: known?.last ?? day! });
    }
  }
  return history;
}

/** Combines stated dates with git's: the data wins, git fills what the data does not say. */
export function pageDates(
  path: string,
  stated: { published?: string; updated?: string },
  history: Map<string, { first: string; last: string }>,
): { published?: string; updated?: string } {
  const days = path.endsWith('/')
    ? [...history].filter(([file]) => file.startsWith(path)).map(([, d]) => d)
    : history.has(path)
      ? [history.get(path)!]
      : [];
  const firstCommit = days.map((d) => d.first).sort()[0];
  const lastCommit = days
    .map((d) => d.last)
    .sort()
    .at(-1);
  const published = stated.published ?? firstCommit;
  const updated = stated.updated ?? (lastCommit && (!published || lastCommit > published) ? lastCommit : undefined);
  return { ...(published ? { published } : {}), ...(updated && updated !== published ? { updated } : {}) };
}

/** The address where an editor corrects the source: the edit page of a file, the listing of a folder. */
export function editUrl(repository: Repository, path: string): string | undefined {
  if (!repository.url) return undefined;
  const base = repository.url.replace(/\/+$/, '');
  return `${base}/${path.endsWith('/') ? 'tree' : 'edit'}/${repository.branch}/${path.replace(/\/$/, '')}`;
}

let cachedHistory: { root: string; history: Map<string, { first: string; last: string }> } | undefined;

/** Finds a page's source and dates in the project at `root` (git is read once per build). */
export function pageSource(root: string, sitePath: string, currentEdition: string): PageSource | undefined {
  const path = sourcePathFor(sitePath, sourceAliases(currentEdition), (p) => existsSync(join(root, p)));
  if (!path) return undefined;
  if (cachedHistory?.root !== root) cachedHistory = { root, history: gitHistory(root) };
  const stated = path.endsWith('/') ? {} : statedDates(path, readFileSync(join(root, path), 'utf8'));
  return { path, ...pageDates(path, stated, cachedHistory.history) };
}
