import { describe, expect, it } from 'vitest';
import {
  BIGRAM_PREFIX,
  coverBigrams,
  hanRuns,
  isBigramChar,
  queryWords,
  RUN_GAP,
  runWords,
  termWords,
  textWords,
} from '../../src/lib/search/bigrams.ts';
import {
  charPairs,
  compactDates,
  hasPassages,
  hasRun,
  mergeResults,
  needsVerbatimCheck,
  passageExcerpt,
  searchPlan,
  splitApart,
} from '../../src/lib/search/query.ts';

/** Decodes bigram words back to characters, to read the tests. */
const decode = (word: string) => {
  const chars = (codes: string) => {
    const n = parseInt(codes, 36);
    return n < 10 ? String(n) : n === 10 ? '·' : String.fromCodePoint(n - 11 + 0x3000);
  };
  const body = word.slice(BIGRAM_PREFIX.length);
  return body.endsWith('z') && body.length === 4
    ? `${chars(body.slice(0, 3))}$`
    : body.length === 3
      ? `${chars(body)}…`
      : `${chars(body.slice(0, 3))}${chars(body.slice(3))}`;
};

describe('bigram characters and runs', () => {
  it('covers Chinese characters, ASCII digits and middle dots, not letters or punctuation', () => {
    for (const ch of ['学', '〇', '㐀', '9', '·']) expect(isBigramChar(ch), ch).toBe(true);
    for (const ch of ['a', '，', ' ', '《', '𠀀']) expect(isBigramChar(ch), ch).toBe(false);
  });
  it('splits text into runs at everything else', () => {
    expect(hanRuns('2023年，线上 大讲堂（APP）')).toEqual(['2023年', '线上', '大讲堂']);
  });
});

describe('index words', () => {
  it('gives each character of a run one word: its bigram with the next, or itself at the end', () => {
    expect(runWords('线上课').map(decode)).toEqual(['线上', '上课', '课$']);
    expect(runWords('晋').map(decode)).toEqual(['晋$']);
    expect(textWords('埃德加·斯诺 读书').map((w) => (w === RUN_GAP ? w : decode(w)))).toEqual([
      '埃德',
      '德加',
      '加·',
      '·斯',
      '斯诺',
      '诺$',
      RUN_GAP,
      '读书',
      '书$',
      RUN_GAP,
    ]);
  });
  it('writes words that Pagefind keeps whole: lower-case ASCII letters and digits, eight or six long', () => {
    for (const word of textWords('全民终身学习活动周 2023年10月').filter((w) => w !== RUN_GAP))
      expect(word).toMatch(/^qx[0-9a-y][0-9a-z]{2}(?:[0-9a-y][0-9a-z]{2}|z)$/);
  });
  it('never makes a run end word a prefix of a bigram, so Pagefind cannot fall back from a missing bigram to it', () => {
    const ends = textWords('学 习 终 身').filter((w) => w.length === 6);
    const bigrams = textWords('学习终身身学').filter((w) => w.length === 8);
    for (const end of ends) for (const bigram of bigrams) expect(bigram.startsWith(end)).toBe(false);
  });
});

describe('query words', () => {
  it('searches n characters by the bigrams that cover them, and one character by the prefix of every word it begins', () => {
    expect(queryWords('堂线上线').map(decode)).toEqual(['堂线', '上线']);
    expect(queryWords('线上课').map(decode)).toEqual(['线上', '上课']);
    expect(queryWords('社会大讲堂').map(decode)).toEqual(['社会', '大讲', '讲堂']);
    expect(coverBigrams('社会大讲堂').map((b) => b.offset)).toEqual([0, 2, 3]);
    expect(queryWords('晋').map(decode)).toEqual(['晋…']);
    for (const word of textWords('晋中 太原晋祠').filter((w) => w !== RUN_GAP))
      if (decode(word).startsWith('晋')) expect(word.startsWith(queryWords('晋')[0]!)).toBe(true);
  });
  it('keeps Latin words and lists the runs whose bigrams must stand together', () => {
    const { words, runs } = termWords('APP下载指南');
    expect(words[0]).toBe('APP');
    expect(words.slice(1).map(decode)).toEqual(['下载', '指南']);
    expect(runs).toEqual(['下载指南']);
  });
});

describe('searchPlan', () => {
  it('searches the covering bigrams of all terms, and checks the runs of three or more characters', () => {
    const plan = searchPlan('终身学习 太原');
    expect(plan.words.split(' ').map(decode)).toEqual(['终身', '学习', '太原']);
    expect(plan.runs).toHaveLength(1);
    expect(plan.runs[0]!.words.map(decode)).toEqual(['终身', '学习']);
    expect(plan.runs[0]!.offsets).toEqual([0, 2]);
    expect(plan.passages).toEqual(['终身学习', '太原']);
  });
  it('tells a verbatim run from its bigrams apart on the page, by their positions', () => {
    const [run] = searchPlan('社会大讲堂').runs;
    const [a, b, c] = run!.words;
    const on = (positions: Record<string, number[]>) => (word: string) =>
      positions[word] ? new Set(positions[word]) : undefined;
    expect(hasRun(run!, on({ [a!]: [7, 40], [b!]: [42], [c!]: [43] }))).toBe(true);
    expect(hasRun(run!, on({ [a!]: [7], [b!]: [9], [c!]: [20] }))).toBe(false);
    expect(hasRun(run!, on({ [a!]: [7], [b!]: [9] }))).toBe(false);
  });
  it('finds a passage verbatim in index text where it is, and not where it would join two runs', () => {
    // Positions as Pagefind counts them: one per index word, the run gaps included.
    const positions = (text: string) => (word: string) => {
      const at = textWords(text).flatMap((w, i) => (w === word ? [i] : []));
      return at.length ? new Set(at) : undefined;
    };
    const verbatim = (query: string, text: string) =>
      searchPlan(query).runs.every((run) => hasRun(run, positions(text)));
    for (const query of ['社会大讲堂', '会大讲', '线上社会', '大讲堂线上'])
      expect(verbatim(query, '线上社会大讲堂线上线下'), query).toBe(true);
    for (const query of ['活动开展', '动开展', '活动开展工作'])
      expect(verbatim(query, '全民活动，开展工作'), query).toBe(false);
    expect(verbatim('活动开展', '全民活动开展工作')).toBe(true);
  });
  it('leaves punctuation out of the words, which Pagefind would drop and the one-word searches could not find', () => {
    expect(searchPlan('“社长（总编）荐书”活动').words.split(' ').map(decode)).toEqual(['社长', '总编', '荐书', '活动']);
  });
  it('writes dates as pages do, so that a spaced date is still one run', () => {
    expect(compactDates('2023 年 10 月 8 日 讲座')).toBe('2023年10月8日 讲座');
    expect(searchPlan('10 月 8 日').passages).toEqual(['10月8日']);
  });
  it('asks for a verbatim check only where terms are not plain runs', () => {
    expect(needsVerbatimCheck('终身学习 太原')).toBe(false);
    expect(needsVerbatimCheck('示例：赵某')).toBe(true);
    expect(needsVerbatimCheck('APP下载')).toBe(true);
  });
});

describe('passages copied across elements', () => {
  it('lists the neighbours of a query and splits it where no page has them together', () => {
    expect(charPairs('堂线上线 APP下载')).toEqual(['堂线', '线上', '上线', '下载']);
    expect(splitApart('堂线上线 APP下载', (pair) => pair !== '堂线')).toBe('堂 线上线 APP下载');
    expect(splitApart('终身学习', () => true)).toBe('终身学习');
  });
});

describe('passages in page text', () => {
  it('finds passages across the spaces Pagefind puts between elements, and in full-width punctuation', () => {
    expect(hasPassages('参加 线上社会 大讲堂 活动', ['社会大讲堂'])).toBe(true);
    expect(hasPassages('“社长（总编）荐书”活动', ['“社长(总编)荐书”活动'])).toBe(true);
    expect(hasPassages('参加线上社会大讲堂活动', ['社会大讲堂', '太原'])).toBe(false);
  });
  it('cuts an excerpt around the first passage and marks every one, escaping the text', () => {
    expect(passageExcerpt('a<b 终身学习，人人终身学习', ['终身学习'])).toBe(
      'a&lt;b <mark>终身学习</mark>，人人<mark>终身学习</mark>',
    );
    const long = `${'前'.repeat(100)}终身学习${'后'.repeat(100)}`;
    const excerpt = passageExcerpt(long, ['终身学习'], 40)!;
    expect(excerpt).toMatch(/^…前+<mark>终身学习<\/mark>后+…$/);
    expect([...excerpt.replace(/<\/?mark>/g, '')].length).toBe(42);
    expect(passageExcerpt('没有', ['终身学习'])).toBeUndefined();
  });
});

describe('mergeResults with tiers', () => {
  it('keeps the best tier and the best score of a page found twice, and ranks by tier first', () => {
    const merged = mergeResults([
      {
        weight: 1,
        results: [
          { id: 'loose', score: 9, tier: 2 },
          { id: 'a', score: 1, tier: 0 },
        ],
      },
      {
        weight: 0.5,
        results: [
          { id: 'a', score: 4, tier: 1 },
          { id: 'b', score: 2, tier: 1 },
        ],
      },
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 2, tier: 0 },
      { id: 'b', score: 1, tier: 1 },
      { id: 'loose', score: 9, tier: 2 },
    ]);
  });
});
