/** The site settings are checked once with Chinese messages, and every link is made under the base. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseWithFriendlyErrors } from '../../src/lib/content/friendly-parse.ts';
import { siteConfigEnv, siteConfigSchema, type SiteConfigInput } from '../../src/schemas/site.ts';

const good: SiteConfigInput = {
  site: 'https://week.example.org/',
  base: '/',
  province: '示例省',
  siteName: '示例省全民终身学习活动周',
  currentEdition: '2031',
  lang: 'zh-CN',
  repository: { url: '', branch: 'main' },
  posterFonts: ['/usr/share/fonts/a.ttc'],
};
const label = (field: string) => (siteConfigEnv[field] ? `${field}（环境变量 ${siteConfigEnv[field]}）` : field);
const parse = (input: unknown) => parseWithFriendlyErrors(siteConfigSchema, input, 'src/site.config.ts', label);

describe('site settings', () => {
  it('accept good values and normalise the origin', () => {
    expect(parse(good).site).toBe('https://week.example.org');
    expect(parse({ ...good, base: '/xuexizhou/' }).base).toBe('/xuexizhou/');
  });

  it.each([
    ['base', 'xuexizhou', '字段 base（环境变量 SITE_BASE）：子路径应以 / 开头并以 / 结尾'],
    ['base', '/xuexizhou', '字段 base（环境变量 SITE_BASE）：子路径应以 / 开头并以 / 结尾'],
    ['site', 'week.example.org', '字段 site（环境变量 SITE_URL）：应为网站的完整地址'],
    ['site', 'https://example.org/xuexizhou/', '字段 site（环境变量 SITE_URL）：只写网站的域名部分'],
    ['currentEdition', '2031.json', '字段 currentEdition：应为 content/editions/ 里某个文件的文件名'],
  ])('stop with a Chinese message naming the setting when %s is %j', (field, value, message) => {
    expect(() => parse({ ...good, [field]: value })).toThrow(message);
    expect(() => parse({ ...good, [field]: value })).toThrow(`（看到的值：${JSON.stringify(value)}）`);
  });

  it('list every wrong setting at once, including a misspelt one', () => {
    const error = (() => {
      try {
        parse({ ...good, base: 'x', lang: 'Chinese', siteNmae: 'x' });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/^src\/site\.config\.ts 有 3 处设置不对：/);
    expect(error).toContain('字段 lang：应为语言代码');
  });
});

describe('site paths and URLs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('put every path under the configured base, and take it off again', async () => {
    vi.stubEnv('SITE_BASE', '/xuexizhou/');
    vi.stubEnv('SITE_URL', 'https://portal.example.org');
    const { sitePath, siteUrl, pathWithoutBase } = await import('../../src/lib/site/urls.ts');
    expect(sitePath('/cases/')).toBe('/xuexizhou/cases/');
    expect(sitePath('notice/')).toBe('/xuexizhou/notice/');
    expect(siteUrl('/c/2031-001/')).toBe('https://portal.example.org/xuexizhou/c/2031-001/');
    expect(pathWithoutBase('/xuexizhou/cases/x/')).toBe('/cases/x/');
    expect(pathWithoutBase('/xuexizhou/')).toBe('/');
  });

  it('stop the build when SITE_BASE is not a path', async () => {
    vi.stubEnv('SITE_BASE', 'xuexizhou');
    await expect(import('../../src/site.config.ts')).rejects.toThrow('字段 base（环境变量 SITE_BASE）');
  });
});

describe('a notice’s reference', () => {
  it('prints the number and date the content gives, and no empty parenthesis', async () => {
    const { noticeReference } = await import('../../src/lib/site/edition.ts');
    expect(noticeReference({ number: '示教〔2031〕1号', date: '2031-03-01' })).toBe('（示教〔2031〕1号）');
    expect(noticeReference({ number: '示教〔2031〕1号', date: '2031-03-01' }, true)).toBe(
      '（示教〔2031〕1号，2031年3月1日）',
    );
    expect(noticeReference({ date: '2031-03-01' }, true)).toBe('（2031年3月1日）');
    expect(noticeReference({})).toBe('');
    expect(noticeReference({}, true)).toBe('');
  });
});
