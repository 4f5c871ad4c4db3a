/**
 * Browser side of /search/: reads the query and filters from the URL, loads Pagefind and the
 * search data on first use, runs the rewritten query on the bigram index with exact passages
 * first (src/lib/search/query.ts), renders and announces the results.
 */
import { formatPartialDate } from '../../lib/shared/datetime.ts';
import { fillIn } from '../../lib/shared/template.ts';
import {
  charPairs,
  hasPassages,
  hasRun,
  mergeResults,
  needsVerbatimCheck,
  passageExcerpt,
  promoteExactTitles,
  resultExcerpt,
  rewriteQuery,
  searchedQuery,
  searchPlan,
  simplifier,
  splitApart,
  SEARCH_DATA_FILE,
  type SearchData,
  type Simplifier,
} from '../../lib/search/query.ts';
import { queryWords } from '../../lib/search/bigrams.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's text as indexed (the build leaves the index-only text out). */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words on the page. */
  words: number[];
  data(): Promise<PagefindResultData>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const FILTER_KEYS = ['type', 'city', 'year'] as const;
const PAGE_SIZE = 10;
/** Results whose text is checked for a query the bigram positions cannot judge: two pages' worth, ten small fragments more than the first page loads anyway. */
const VERIFIED = 2 * PAGE_SIZE;
/** Rank of a synonym's results against the query's own: a page using the reader's word wins. */
const SYNONYM_WEIGHT = 0.7;
/** Rank of single-term results, shown only when no page has all terms. */
const TERM_WEIGHT = 0.5;

export interface Search {
  pagefind: Pagefind;
  variants: Simplifier;
  /** The values of each filter, as the build found them on the indexed pages. */
  filters: Record<string, string[]>;
}

let loading: Promise<Search> | undefined;

/** Loads Pagefind and the search data (variant table, filter values) once, from the site's base path. */
export function loadSearch(base: string): Promise<Search> {
  loading ??= (async () => {
    const data = fetch(`${base}pagefind/${SEARCH_DATA_FILE}`).then(async (r) => {
      if (!r.ok) throw new Error(`${SEARCH_DATA_FILE}: HTTP ${r.status}`);
      return (await r.json()) as SearchData;
    });
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Result URLs are recorded without the base path; Pagefind prefixes them with baseUrl. Its
    // worker would fetch a second copy of the search code (about 12 KB) for queries that take
    // milliseconds on the main thread.
    await pagefind.options({ baseUrl: base, excerptLength: 40, noWorker: true });
    const { variants, filters } = await data;
    return { pagefind, variants: simplifier(variants), filters };
  })();
  return loading;
}

export interface SearchOutcome {
  results: PagefindResult[];
  /** The normalised query, when it differs from what the reader typed. */
  rewritten?: string;
  /** True when no page has every term and single-term results are shown instead. */
  partial: boolean;
  /** The terms to mark in excerpts. */
  passages: string[];
}

/** A result with its rank class: 0 the query verbatim, 1 a synonym verbatim, 2 and 3 the same with the bigrams apart. */
interface Ranked extends PagefindResult {
  tier: number;
}

/**
 * Searches one query on the bigram index: every word must be on the page, and pages that have
 * each run verbatim (its bigrams at their offsets, read from one-word searches' result locations)
 * come first. The one-word searches reuse the index chunks the first one loaded, and they also
 * hold the query to all of its words: Pagefind leaves out of a query a word it has no page for.
 */
async function searchBigrams(
  pagefind: Pagefind,
  query: string,
  filters: Record<string, string>,
  tier: number,
): Promise<Ranked[]> {
  const plan = searchPlan(query);
  if (!plan.words) return [];
  const search = async (q: string) => (await pagefind.search(q, { filters }))?.results ?? [];
  const all = await search(plan.words);
  const positions = new Map<string, Map<string, Set<number>>>();
  await Promise.all(
    [...new Set(plan.words.split(' '))].map(async (word) =>
      positions.set(word, new Map((await search(word)).map((r) => [r.id, new Set(r.words)]))),
    ),
  );
  return all
    .filter((r) => [...positions.values()].every((pages) => pages.has(r.id)))
    .map((r) => ({
      ...r,
      tier: plan.runs.every((run) => hasRun(run, (word) => positions.get(word)?.get(r.id))) ? tier : tier + 2,
    }));
}

/**
 * Runs a reader's query with its synonyms on the bigram index; when nothing matches, in pieces
 * split where no page has two neighbours together, then on Pagefind's own words (the index's Latin
 * words, written dates, variants and synonyms, and the visible text's whitespace-separated chunks,
 * which Pagefind matches by prefix), and when no page has every term, term by term.
 */
export async function runQuery(
  { pagefind, variants }: Search,
  raw: string,
  filters: Record<string, string> = {},
): Promise<SearchOutcome> {
  const { query, alternatives, synonyms, terms } = rewriteQuery(raw, variants);
  const own = [query, ...alternatives];
  let results: PagefindResult[] = mergeResults(
    await Promise.all(
      [...own, ...synonyms].map(async (q, i) => ({
        weight: i < own.length ? 1 : SYNONYM_WEIGHT,
        results: await searchBigrams(pagefind, q, filters, i < own.length ? 0 : 1),
      })),
    ),
  );
  let searched = query;
  if (results.length === 0) {
    // Some two neighbours of the query stand together on no page: search the pieces apart.
    const together = new Set<string>();
    await Promise.all(
      charPairs(query).map(async (pair) =>
        (await pagefind.search(queryWords(pair)[0]!, { filters }))?.results.length ? together.add(pair) : undefined,
      ),
    );
    const split = splitApart(query, (pair) => together.has(pair));
    if (split !== searchPlan(query).passages.join(' ')) {
      results = mergeResults([{ weight: 1, results: await searchBigrams(pagefind, split, filters, 2) }]);
      if (results.length > 0) searched = split;
    }
  }
  const words = async (q: string) => (await pagefind.search(searchedQuery(q), { filters }))?.results ?? [];
  if (results.length === 0) results = mergeResults([{ weight: 1, results: await words(query) }]);
  let partial = false;
  if (results.length === 0 && terms.length > 1) {
    results = mergeResults(
      await Promise.all(
        terms.map(async (term) => ({ weight: TERM_WEIGHT, results: await searchBigrams(pagefind, term, filters, 0) })),
      ),
    );
    if (results.length === 0)
      results = mergeResults(
        await Promise.all(terms.map(async (term) => ({ weight: TERM_WEIGHT, results: await words(term) }))),
      );
    partial = results.length > 0;
  }
  // Each result's data is fetched once; the first page's titles decide the exact-title promotion.
  results = results.map((r) => {
    let data: Promise<PagefindResultData> | undefined;
    return { ...r, data: () => (data ??= r.data()) };
  });
  const passages = partial
    ? terms
    : [...own, ...(searched === query ? [] : [searched])].flatMap((q) => searchPlan(q).passages);
  if (!partial && needsVerbatimCheck(query)) {
    const head = results.slice(0, VERIFIED);
    const texts = await Promise.all(head.map(async (r) => (await r.data()).content));
    const verbatim = head.filter((_, i) => hasPassages(texts[i]!, searchPlan(query).passages));
    results = [...verbatim, ...head.filter((r) => !verbatim.includes(r)), ...results.slice(VERIFIED)];
  }
  const head = await Promise.all(
    results.slice(0, PAGE_SIZE).map(async (r) => ({ r, title: (await r.data()).meta.title ?? '' })),
  );
  results = [...promoteExactTitles(head, (h) => h.title, own).map((h) => h.r), ...results.slice(PAGE_SIZE)];
  return { results, partial, passages, ...(query !== raw.trim() && { rewritten: query }) };
}

/** Renders one result card; the excerpt is cut around the query's passages in the page text, else Pagefind's (escaped HTML with <mark> around matches). */
function renderResult(data: PagefindResultData, passages: readonly string[]): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('p');
  const type = data.filters.type?.[0];
  if (type) {
    const badge = document.createElement('span');
    badge.className = 'search-result__type';
    badge.textContent = type;
    heading.append(badge);
  }
  const link = document.createElement('a');
  link.className = 'search-result__title';
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  li.append(heading);
  const passage = passageExcerpt(data.content, passages);
  const shown = passage ? { html: passage } : resultExcerpt(data.excerpt, data.meta.summary);
  if (shown) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    if ('html' in shown) excerpt.innerHTML = shown.html;
    else excerpt.textContent = shown.text;
    li.append(excerpt);
  }
  const details = [data.meta.date && formatPartialDate(data.meta.date), data.meta.city].filter(Boolean).join(' · ');
  if (details) {
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    meta.textContent = details;
    li.append(meta);
  }
  return li;
}

class SearchPage extends HTMLElement {
  private base = '/';
  private messages: Record<string, string> = {};
  private results: PagefindResult[] = [];
  private passages: string[] = [];
  private shown = 0;
  private run = 0;

  private get form() {
    return this.querySelector('form')!;
  }
  private get input() {
    return this.querySelector<HTMLInputElement>('input[name="q"]')!;
  }
  private get status() {
    return this.querySelector<HTMLElement>('.search-status')!;
  }
  private get list() {
    return this.querySelector<HTMLOListElement>('.search-results')!;
  }
  private get more() {
    return this.querySelector<HTMLButtonElement>('.search-more')!;
  }
  private select(key: string) {
    return this.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`)!;
  }

  connectedCallback() {
    this.base = this.dataset.base ?? '/';
    this.messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
    // Hidden rather than in <noscript>, so the page has the same elements with and without JavaScript.
    const noScript = document.querySelector<HTMLElement>('.search-noscript');
    if (noScript) noScript.hidden = true;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.navigate();
    });
    for (const key of FILTER_KEYS) this.select(key).addEventListener('change', () => this.navigate());
    this.more.addEventListener('click', () => void this.showMore(true));
    addEventListener('popstate', () => void this.fromUrl());
    void this.fromUrl();
  }

  /** Puts the form's query and filters in the URL (a history entry) and searches. */
  private navigate() {
    const params = new URLSearchParams();
    const q = this.input.value.trim();
    if (q) params.set('q', q);
    for (const key of FILTER_KEYS) if (this.select(key).value) params.set(key, this.select(key).value);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void this.fromUrl();
  }

  private async fromUrl() {
    const params = new URLSearchParams(location.search);
    const q = params.get('q')?.trim() ?? '';
    this.input.value = q;
    const run = ++this.run;
    // Tests and assistive scripts wait for data-state="done" of this run.
    this.dataset.run = String(run);
    this.dataset.state = 'loading';
    this.list.replaceChildren();
    this.more.hidden = true;
    if (!q) {
      this.status.textContent = this.messages.prompt ?? '';
      this.dataset.state = 'done';
      return;
    }
    this.status.textContent = this.messages.loading ?? '';
    try {
      const search = await loadSearch(this.base);
      this.fillFilters(search.filters, params);
      const filters = Object.fromEntries(
        FILTER_KEYS.map((key) => [key, params.get(key) ?? '']).filter(([, value]) => value),
      );
      const outcome = await runQuery(search, q, filters);
      if (run !== this.run) return;
      this.results = outcome.results;
      this.passages = outcome.passages;
      this.shown = 0;
      document.title = `${q} - ${document.title.replace(/^.* - /, '')}`;
      if (outcome.results.length === 0) {
        this.status.textContent = fillIn(this.messages.none ?? '', { q });
        this.dataset.state = 'done';
        return;
      }
      const notes = [
        outcome.partial ? this.messages.partial : '',
        outcome.rewritten ? fillIn(this.messages.rewritten ?? '', { q: outcome.rewritten }) : '',
      ];
      this.status.textContent = [fillIn(this.messages.countFor ?? '', { q, n: outcome.results.length }), ...notes]
        .filter(Boolean)
        .join(' ');
      await this.showMore(false);
      this.dataset.state = 'done';
    } catch (error) {
      console.warn('search failed', error);
      this.status.textContent = this.messages.error ?? '';
      this.dataset.state = 'error';
    }
  }

  /**
   * Fills the filter lists once, then selects the URL's values. The values come with the search
   * data rather than from Pagefind's filter index, which a large site's first query would have to
   * download whole (some 25 KB at 5,000 pages) to list a dozen names.
   */
  private fillFilters(available: Record<string, string[]>, params: URLSearchParams) {
    const fieldset = this.querySelector<HTMLFieldSetElement>('.search-filters')!;
    if (fieldset.hidden) {
      for (const key of FILTER_KEYS) {
        const values = [...(available[key] ?? [])].sort((a, b) => a.localeCompare(b, 'zh-CN'));
        this.select(key).append(...values.map((value) => new Option(value, value)));
      }
      fieldset.hidden = false;
    }
    for (const key of FILTER_KEYS) this.select(key).value = params.get(key) ?? '';
  }

  /** Renders the next page of results; moves focus to the first new one when the reader asked for more. */
  private async showMore(focus: boolean) {
    const run = this.run;
    const next = await Promise.all(this.results.slice(this.shown, this.shown + PAGE_SIZE).map((r) => r.data()));
    if (run !== this.run) return;
    const items = next.map((data) => renderResult(data, this.passages));
    this.list.append(...items);
    this.shown += next.length;
    this.more.hidden = this.shown >= this.results.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }
}

/** Registers the <search-page> element. */
export function defineSearchPage(): void {
  if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
}
