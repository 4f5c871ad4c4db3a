/** UI sentences that name a province's facts take them from content, never from code. */
import { describe, expect, it } from 'vitest';
import { readingDescription } from '../../src/lib/books/reading-text.ts';
import { lecturesIntro, lecturesSampleNote } from '../../src/lib/lectures/intro.ts';
import { platformsLead } from '../../src/lib/platforms/lead.ts';
import { divisionWords } from '../../src/lib/site/divisions.ts';
import { siteConfig } from '../../src/site.config.ts';

/** The site's words for itself and its parts (siteConfig.divisions), which these strings use. */
const w = divisionWords(siteConfig.divisions);

describe('platformsLead', () => {
  it('names the provincial platforms from content, in their order', () => {
    expect(
      platformsLead([
        { name: '国家平台', level: 'national', order: 1 },
        { name: '示例省乙平台', level: 'provincial', order: 20 },
        { name: '示例省学习平台', level: 'provincial', order: 10 },
      ]),
    ).toBe('通知要求用好以下平台的优质课程资源，并与示例省学习平台、示例省乙平台互联互通。');
  });

  it('names none when the province has no platform of its own', () => {
    expect(platformsLead([{ name: '国家平台', level: 'national', order: 1 }])).toBe(
      '通知要求用好以下平台的优质课程资源。',
    );
  });
});

describe('lecturesIntro', () => {
  it('adds the organisers of the province-wide lectures (no city), once each', () => {
    expect(
      lecturesIntro(
        [
          { edition: '2030', organiser: '某某开放大学' },
          { edition: '2030', organiser: '某某市教育局', city: { id: 'moushi', name: '某某市' } },
          { edition: '2030', organiser: '某某开放大学' },
          { edition: '2030', organiser: '示例省图书馆' },
        ],
        '2030',
      ),
    ).toBe(
      `按照通知“开设线上社会大讲堂”的要求，${w.parts}、各学校和某某开放大学、示例省图书馆线上线下相结合，举办满足不同人群学习需求的公开课和讲座。`,
    );
  });

  it('names only cities and schools when every lecture belongs to a city', () => {
    expect(lecturesIntro([{ edition: '2030', organiser: '某某市教育局', city: 'moushi' }], '2030')).toBe(
      `按照通知“开设线上社会大讲堂”的要求，${w.parts}、各学校线上线下相结合，举办满足不同人群学习需求的公开课和讲座。`,
    );
  });
});

describe('lecturesIntro across editions', () => {
  it("names only the organisers of the edition whose notice it quotes, not other years' lectures", () => {
    expect(
      lecturesIntro(
        [
          { edition: '2030', organiser: '某某开放大学' },
          { edition: '2031', organiser: '另一届的主办单位' },
        ],
        '2030',
      ),
    ).toBe(
      `按照通知“开设线上社会大讲堂”的要求，${w.parts}、各学校和某某开放大学线上线下相结合，举办满足不同人群学习需求的公开课和讲座。`,
    );
    expect(lecturesIntro([{ edition: '2031', organiser: '另一届的主办单位' }], '2030')).toBe(
      `按照通知“开设线上社会大讲堂”的要求，${w.parts}、各学校线上线下相结合，举办满足不同人群学习需求的公开课和讲座。`,
    );
  });
});

describe('lecturesSampleNote', () => {
  it('quotes the last line that has a period note, by its name', () => {
    expect(
      lecturesSampleNote([
        { name: '全民阅读活动', periodNote: '持续全年' },
        { name: '2030年全民终身学习活动周', periodNote: '拟于2030年10月举办，具体事宜另行通知' },
      ]),
    ).toBe(
      '本页日程是示例数据：通知只说2030年全民终身学习活动周“拟于2030年10月举办，具体事宜另行通知”，这里的日期、主讲人和场地是为演示网站而拟，并非真实安排。',
    );
  });

  it('quotes nothing when no line has a note', () => {
    expect(lecturesSampleNote([{ name: '全民终身学习活动周' }])).toBe(
      '本页日程是示例数据：这里的日期、主讲人和场地是为演示网站而拟，并非真实安排。',
    );
  });
});

describe('readingDescription', () => {
  it("lists the edition's own reading activities", () => {
    expect(readingDescription([{ name: '主题阅读活动' }, { name: '好书诵读' }])).toBe(
      '全民阅读活动：主题阅读活动、好书诵读，以及推荐书单、推荐图书、导学导读和读书征文。',
    );
  });
});
