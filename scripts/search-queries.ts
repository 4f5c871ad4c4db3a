/**
 * Writes tests/fixtures/search/queries.json, the committed query set for the search quality gate, from
 * the built site (run `npm run build` first, then `npm run search:queries`).
 * Queries are drawn with a fixed seed from the pages' own text, and each query's expected pages
 * are computed from that text: every page whose searchable text contains the query (for a
 * variant, the word it stands for; for a synonym, any word of its group; for several terms,
 * all of them). Re-run it when the content changes and commit the result.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SYNONYMS } from '../src/lib/search/query.ts';
import { readCorpus } from './lib/search-corpus.ts';

export interface SearchQuery {
  category: 'word' | 'compound' | 'cross' | 'name' | 'title' | 'mixed' | 'variant' | 'synonym' | 'multi';
  query: string;
  /** Site paths (without the base) of the pages this query should find. */
  expected: string[];
  /** How the expected pages were chosen, for readers of a failure. */
  why: string;
}

const root = new URL('../', import.meta.url).pathname;
const pages = readCorpus(`${root}dist`);

// mulberry32: a tiny seeded generator, so the query set is the same on every run.
let seed = 20231016;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const han = /^\p{Script=Han}+$/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);
const containing = (...needles: string[]) => pages.filter((p) => needles.every((n) => p.text.includes(n))).map((p) => p.path);
const containingAny = (needles: readonly string[]) => pages.filter((p) => needles.some((n) => p.text.includes(n))).map((p) => p.path);

const queries: SearchQuery[] = [];
const seen = new Set<string>();
const add = (category: SearchQuery['category'], query: string, expected: string[], why: string) => {
  if (seen.has(query) || expected.length === 0) return;
  seen.add(query);
  queries.push({ category, query, expected, why });
};

/** Draws up to `count` distinct items from a generator, trying a bounded number of times. */
const draw = (count: number, make: () => string | undefined, category: SearchQuery['category'], why: string) => {
  const before = queries.filter((q) => q.category === category).length;
  for (let tries = 0; tries < count * 30 && queries.filter((q) => q.category === category).length - before < count; tries++) {
    const query = make();
    if (query) add(category, query, containing(query), why);
  }
};

// Word sequences of each page, Han words only, for words, compounds and boundary-crossing strings.
const sequences = pages.map((p) => words(p.text));
const hanWords = sequences.flat().filter((w) => han.test(w));

draw(40, () => pick(hanWords.filter((w) => w.length === 2)), 'word', 'two-character word from a page');
draw(30, () => {
  const seq = pick(sequences);
  const i = Math.floor(random() * seq.length);
  const joined = `${seq[i]}${seq[i + 1] ?? ''}`;
  return han.test(joined) && joined.length >= 3 && joined.length <= 4 ? joined : undefined;
}, 'compound', 'two adjacent words, 3–4 characters');
draw(30, () => {
  const seq = pick(sequences);
  const i = Math.floor(random() * seq.length);
  const [a, b] = [seq[i] ?? '', seq[i + 1] ?? ''];
  if (!han.test(a) || !han.test(b) || a.length < 2 || b.length < 2) return undefined;
  return `${a.slice(-1)}${b.slice(0, 1 + Math.floor(random() * 2))}`;
}, 'cross', 'end of one word and start of the next');

// Names from the content: cities, platforms, lecture organisers and series.
const contentNames = (dir: string, fields: string[]) =>
  readdirSync(`${root}content/${dir}`).filter((f) => f.endsWith('.json')).flatMap((f) => {
    const data = JSON.parse(readFileSync(`${root}content/${dir}/${f}`, 'utf8')) as Record<string, unknown>;
    return fields.map((field) => data[field]).filter((v): v is string => typeof v === 'string');
  });
for (const name of [...contentNames('cities', ['name']), ...contentNames('platforms', ['name']), ...contentNames('lectures', ['organiser', 'series'])]) {
  add('name', name, containing(name), 'name of a city, platform, organiser or series');
}

// Titles: the page whose h1 it is must come first.
for (const page of pages) {
  if (page.title.length >= 2) add('title', page.title, [page.path, ...pages.filter((p) => p !== page && p.title === page.title).map((p) => p.path)], 'h1 of the first expected page');
}

// Mixed Chinese and digits, as the pages write them.
const mixed = [...new Set(pages.flatMap((p) => p.text.match(/\d{1,4}(?:年\d{1,2}月\d{1,2}日|年\d{1,2}月|月\d{1,2}日|年|月|日|场|个|项|人次)/g) ?? []))];
for (let i = 0; i < 15 && mixed.length > 0; i++) {
  const query = mixed.splice(Math.floor(random() * mixed.length), 1)[0]!;
  add('mixed', query, containing(query), 'digits and Chinese as written');
}

// Variants: the query differs from the text; expected pages contain the word it stands for.
const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const traditional: Record<string, string> = { 学: '學', 习: '習', 终: '終', 书: '書', 讲: '講', 读: '讀', 阅: '閱', 会: '會', 动: '動', 区: '區', 长: '長', 图: '圖', 馆: '館', 课: '課', 网: '網', 线: '線', 开: '開', 发: '發', 数: '數', 统: '統', 计: '計', 县: '縣', 乡: '鄉', 镇: '鎮', 电: '電', 脑: '腦', 经: '經', 济: '濟', 历: '歷', 艺: '藝', 术: '術' };
for (const word of ['终身学习', '终身教育', '终身学习者', '终身学习活动周']) {
  add('variant', word.replace('终身', '终生'), containing(word), `miswriting 终生 for 终身 in ${word}`);
}
for (const m of mixed.slice(0, 6)) add('variant', fullWidth(m), containing(m), `full-width digits for ${m}`);
const tradCandidates = [...new Set(hanWords.filter((w) => w.length >= 2 && [...w].filter((c) => traditional[c]).length >= 1))];
for (let i = 0; i < 12 && tradCandidates.length > 0; i++) {
  const word = tradCandidates.splice(Math.floor(random() * tradCandidates.length), 1)[0]!;
  add('variant', [...word].map((c) => traditional[c] ?? c).join(''), containing(word), `traditional characters for ${word}`);
}

// Synonyms: a word of the group, any of whose words the expected pages contain.
for (const group of SYNONYMS) for (const word of group) add('synonym', word, containingAny(group), `synonym group ${group.join('/')}`);

// Multi-term: two words of one page; expected pages contain both.
for (let i = 0; i < 25; i++) {
  const seq = pick(sequences).filter((w) => han.test(w) && w.length >= 2);
  if (seq.length < 2) continue;
  const a = pick(seq);
  const b = pick(seq);
  if (a !== b && !a.includes(b) && !b.includes(a)) add('multi', `${a} ${b}`, containing(a, b), 'two words of one page');
}
for (const city of contentNames('cities', ['name']).map((n) => n.replace(/市$/, ''))) {
  add('multi', `${city} 讲座`, pages.filter((p) => p.text.includes(city) && SYNONYMS[0]!.some((w) => p.text.includes(w))).map((p) => p.path), 'city and a 讲座 synonym');
}

writeFileSync(new URL('../tests/fixtures/search/queries.json', import.meta.url), `${JSON.stringify(queries, null, 1)}\n`);
const counts = Object.entries(Object.groupBy(queries, (q) => q.category)).map(([k, v]) => `${k} ${v!.length}`);
console.log(`queries.json: ${queries.length} queries (${counts.join(', ')}) over ${pages.length} pages`);
