/** Retrieval measures for the search quality gate. */

export interface Judged {
  category: string;
  expected: readonly string[];
  /** Result paths in rank order, as the search showed them (at most the first page of results). */
  found: readonly string[];
}

export interface Figures {
  queries: number;
  /** Mean over queries of the share of expected pages in the top 10 (out of at most 10). */
  recallAt10: number;
  /** Share of queries with no result at all. */
  zeroResultRate: number;
  /** Share of queries whose first result is expected; the gate reads it for title queries. */
  top1: number;
  /** Mean reciprocal rank of the first expected page within the top 10. */
  mrr: number;
  /** Share of queries with an expected page in the top 10. */
  found: number;
  /** Mean over queries of the share of the top min(10, expected) ranks that expected pages fill. */
  fill: number;
}

/** Computes recall@10, zero-result rate, top-1 and MRR over judged queries. */
export function figures(judged: readonly Judged[]): Figures {
  const n = judged.length || 1;
  let recall = 0;
  let zero = 0;
  let top1 = 0;
  let mrr = 0;
  let hit = 0;
  let fill = 0;
  for (const { expected, found } of judged) {
    const want = new Set(expected);
    const top = found.slice(0, 10);
    recall += top.filter((path) => want.has(path)).length / Math.min(10, want.size);
    if (found.length === 0) zero += 1;
    if (want.has(found[0] ?? '')) top1 += 1;
    const rank = top.findIndex((path) => want.has(path));
    if (rank >= 0) mrr += 1 / (rank + 1);
    if (rank >= 0) hit += 1;
    const k = Math.min(10, want.size);
    fill += found.slice(0, k).filter((path) => want.has(path)).length / k;
  }
  const round = (x: number) => Math.round((x / n) * 1000) / 1000;
  return {
    queries: judged.length,
    recallAt10: round(recall),
    zeroResultRate: round(zero),
    top1: round(top1),
    mrr: round(mrr),
    found: round(hit),
    fill: round(fill),
  };
}

/** Computes the figures for every category and for all queries together. */
export function figuresByCategory(judged: readonly Judged[]): Record<string, Figures> {
  const categories = [...new Set(judged.map((j) => j.category))];
  return {
    all: figures(judged),
    ...Object.fromEntries(categories.map((c) => [c, figures(judged.filter((j) => j.category === c))])),
  };
}
