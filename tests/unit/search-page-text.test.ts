import { describe, expect, it } from 'vitest';
import { pageText, searchableSlice } from '../../src/lib/search/page-text.ts';

const page = (
  body: string,
  before = '<header><nav><a href="/">首页</a></nav></header>',
  after = '<footer>页脚</footer>',
) =>
  `<!doctype html><html lang="zh-CN"><head><title>页</title><script>var x = "<main data-pagefind-body>";</script></head><body>${before}${body}${after}</body></html>`;

describe('pageText', () => {
  it('reads the searchable body: blocks end a line, inline elements join, skipped and ignored parts left out', () => {
    const html = page(
      '<main id="main" tabindex="-1" data-pagefind-body><h1>讲座 <span>预告</span></h1><p>参加<a href="/x/">大讲堂</a>活动</p>' +
        '<div data-pagefind-ignore>不搜</div><p hidden>隐藏</p><script>var y=1</script><ul><li>一</li><li>二</li></ul></main>',
    );
    expect(pageText(html)).toEqual({ title: '讲座 预告', text: '讲座 预告\n参加大讲堂活动\n一\n二' });
  });

  it('leaves out the header and footer around a <main> body', () => {
    expect(pageText(page('<main data-pagefind-body><p>正文</p></main>'))?.text).toBe('正文');
  });

  it('finds a body on another element by reading the whole page', () => {
    const html = page('<main><div class="x" data-pagefind-body=""><h1>标题</h1>内容</div><p>别处</p></main>');
    expect(searchableSlice(html)).toBe(html);
    expect(pageText(html)).toEqual({ title: '标题', text: '标题\n内容' });
  });

  it('is undefined for a page without a searchable body', () => {
    expect(pageText(page('<main><p>不收录</p></main>'))).toBeUndefined();
  });

  it('falls back to the whole page when the <main> it cut out holds no body after all', () => {
    const html = page(
      '<main title=" data-pagefind-body "><p>别处</p></main><section data-pagefind-body><p>这里</p></section>',
    );
    expect(pageText(html)?.text).toBe('这里');
  });
});

describe('searchableSlice', () => {
  it('cuts a <main> body with what it holds, up to the last </main>', () => {
    const html = page('<main id="main" data-pagefind-body><p>正文</p></main>');
    expect(searchableSlice(html)).toBe('<main id="main" data-pagefind-body><p>正文</p></main>');
  });
});
