/**
 * Query rewriting for Chinese search: readers type variants, miswritings, traditional characters
 * and synonyms that the site's text does not use, and Pagefind matches only what is indexed.
 */

/** Miswritings and variant words mapped to the form the site writes. */
export const VARIANTS: Readonly<Record<string, string>> = {
  终生: '终身',
  帐号: '账号',
  帐户: '账户',
  登陆: '登录',
  其它: '其他',
  年青: '年轻',
};

/** Groups of words readers use for the same thing; the site may use any of them. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['讲座', '大讲堂', '公开课', '讲堂'],
  ['荐书', '书单', '好书', '推荐书目'],
  ['老年', '长者', '老人'],
  ['品牌项目', '典型案例'],
  ['学习之星', '百姓学习之星'],
];

// Traditional → simplified for characters likely in queries about this site; a full table would
// cost bytes on every search page for characters nobody types here.
const TRADITIONAL = '學習終們書講壇課圖館讀閱會動態華國區縣運陽龍門長東協參與網絡線視頻報務發開實體驗歲數據統計優質資訊專業職業農醫藝術傳統鄉鎮社區黨員幹部學齡關愛護婦兒童殘障礙興趣養廣場舞電腦話機號碼帳戶網頁時間節環境衛應對詐騙財經濟歷史戲劇劇團園單樣範獎項億萬貫徹導員師範辦處廳級幣價條約鐘點齊週邊構築遠見過選舉覽觀點擊載夠邊聽說讓認識語記錄寫筆雲岡遺產晉呂梁晉城陽泉運城臨汾忻長治朔';
const SIMPLIFIED = '学习终们书讲坛课图馆读阅会动态华国区县运阳龙门长东协参与网络线视频报务发开实体验岁数据统计优质资讯专业职业农医艺术传统乡镇社区党员干部学龄关爱护妇儿童残障碍兴趣养广场舞电脑话机号码帐户网页时间节环境卫应对诈骗财经济历史戏剧剧团园单样范奖项亿万贯彻导员师范办处厅级币价条约钟点齐周边构筑远见过选举览观点击载够边听说让认识语记录写笔云冈遗产晋吕梁晋城阳泉运城临汾忻长治朔';
const toSimplified = new Map([...TRADITIONAL].map((ch, i) => [ch, [...SIMPLIFIED][i]!]));

/** Normalises a raw query: full-width digits, letters and spaces to half-width, traditional to simplified characters, variants to the site's words, spaces collapsed. */
export function normalizeQuery(raw: string): string {
  let q = raw.normalize('NFKC').replace(/[\u3000\s]+/g, ' ').trim();
  q = [...q].map((ch) => toSimplified.get(ch) ?? ch).join('');
  for (const [from, to] of Object.entries(VARIANTS)) q = q.replaceAll(from, to);
  return q;
}

/** Splits a normalised query into terms (spaces, commas and similar separate them). */
export function queryTerms(query: string): string[] {
  return query.split(/[\s,，、;；]+/).filter((term) => term !== '');
}

/** Finds the synonym group a term belongs to, by the longest member the term contains. */
function synonymIn(term: string): { member: string; group: readonly string[] } | undefined {
  let best: { member: string; group: readonly string[] } | undefined;
  for (const group of SYNONYMS) {
    for (const member of group) {
      if (term.includes(member) && (!best || member.length > best.member.length)) best = { member, group };
    }
  }
  return best;
}

/**
 * Pagefind cuts "2023年10月20日" into 2023 / 年 / 10 / 月 / 20 / 日 and so finds every page with a
 * 10, a 20 and a 年 somewhere. The build indexes each written date once more as one word
 * (dateWords), and queries search dates by that word (searchedQuery), so a date finds the pages
 * that write that very date.
 */
const DATE = /(?:(\d{4}) ?年 ?)?(\d{1,2}) ?月 ?(\d{1,2}) ?日/g;
const DATE_WORD_PREFIX = 'riqi';
const dateWord = (year: string | undefined, month: string, day: string) =>
  `${DATE_WORD_PREFIX}${year ?? ''}${month.padStart(2, '0')}${day.padStart(2, '0')}`;

/** Lists the index words for the dates a text writes: month and day, and with the year when it is written. */
export function dateWords(text: string): string[] {
  const words = new Set<string>();
  for (const [, year, month, day] of text.matchAll(DATE)) {
    words.add(dateWord(undefined, month!, day!));
    if (year) words.add(dateWord(year, month!, day!));
  }
  return [...words];
}

/** Replaces the dates in a normalised query with their index words, as separate terms. */
export function searchedQuery(query: string): string {
  return query.replace(DATE, (_, year: string | undefined, month: string, day: string) => ` ${dateWord(year, month, day)} `).replace(/ +/g, ' ').trim();
}

export interface RewrittenQuery {
  /** The normalised query as the reader would write it, searched first and ranked highest (with dates as index words: searchedQuery). */
  query: string;
  /** Further queries with a synonym in place of a term, ranked below the query itself. */
  synonyms: string[];
  /** The single terms of a multi-term query, searched when no page matches them all. */
  terms: string[];
}

/** Maximum number of extra synonym queries, so that one search stays a handful of requests. */
const MAX_SYNONYM_QUERIES = 4;

/** Rewrites a raw query into the normalised query, its synonym alternatives and its single terms. */
export function rewriteQuery(raw: string): RewrittenQuery {
  const query = normalizeQuery(raw);
  const terms = queryTerms(query);
  const synonyms: string[] = [];
  for (const [i, term] of terms.entries()) {
    const found = synonymIn(term);
    if (!found) continue;
    for (const other of found.group) {
      if (other === found.member || term.includes(other)) continue;
      const replaced = terms.map((t, j) => (j === i ? t.replace(found.member, other) : t)).join(' ');
      if (replaced !== query && !synonyms.includes(replaced)) synonyms.push(replaced);
    }
  }
  return { query, synonyms: synonyms.slice(0, MAX_SYNONYM_QUERIES), terms: terms.length > 1 ? terms : [] };
}

/** Lists the extra words to index for a page's text: the variants and synonyms of words it contains, so that a reader's word finds the page even when the page uses another. */
export function indexTerms(text: string): string[] {
  const extra = new Set<string>();
  for (const [variant, word] of Object.entries(VARIANTS)) if (text.includes(word)) extra.add(variant);
  for (const group of SYNONYMS) {
    if (group.some((member) => text.includes(member))) for (const member of group) if (!text.includes(member)) extra.add(member);
  }
  return [...extra, ...dateWords(text)];
}

export interface ScoredResult {
  id: string;
  score: number;
}

/** Merges result lists from several queries, each scaled by its weight, keeping each page's best score, best first. */
export function mergeResults<T extends ScoredResult>(lists: readonly { weight: number; results: readonly T[] }[]): T[] {
  const best = new Map<string, T>();
  for (const { weight, results } of lists) {
    for (const result of results) {
      const scored = { ...result, score: result.score * weight };
      const seen = best.get(result.id);
      if (!seen || scored.score > seen.score) best.set(result.id, scored);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Reduces a title or query to the characters that matter for an exact-title match (no spaces or punctuation). */
export function titleKey(text: string): string {
  return normalizeQuery(text).replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

/** Moves the items whose title is exactly the query to the front, keeping the order otherwise. */
export function promoteExactTitles<T>(items: readonly T[], titleOf: (item: T) => string, query: string): T[] {
  const key = titleKey(query);
  const exact = items.filter((item) => titleKey(titleOf(item)) === key);
  return [...exact, ...items.filter((item) => !exact.includes(item))];
}

/**
 * Encloses the index-only text (extra words, weighted title) that the build appends to each page.
 * Pagefind cuts excerpts from all indexed text, so the search page cuts them at this character.
 */
export const EXTRA_TEXT_MARK = '⁂';

/** Keeps the part of a Pagefind excerpt that is the page's own text: everything before the index-only text. */
export function visibleExcerpt(excerpt: string): string {
  return excerpt.split(EXTRA_TEXT_MARK)[0]!.trim();
}

/**
 * Chooses what a result card says under its title: the excerpt (HTML with <mark>) when the page's
 * own text matched there; otherwise the page's summary as plain text. Pagefind cuts the excerpt
 * where the page matched best, and for a title match that is the index-only copy of the title,
 * whose visible remainder would be the unrelated last words of the page.
 */
export function resultExcerpt(excerpt: string, summary: string | undefined): { html: string } | { text: string } | undefined {
  const visible = visibleExcerpt(excerpt);
  if (visible.includes('<mark>') || !summary) return visible ? { html: visible } : undefined;
  return { text: summary };
}
