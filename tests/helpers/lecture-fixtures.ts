/** Small lectures and contexts for the lecture unit tests; built through the real schema so defaults apply. */
import { lectureSchema, type Lecture } from '../../src/schemas/lecture.ts';
import type { Platform } from '../../src/schemas/platform.ts';
import { toLectureView, type LectureView, type ViewContext } from '../../src/lib/lectures/view.ts';

const platform = (name: string, addresses: Platform['addresses']): Platform => ({
  name,
  level: 'provincial',
  purpose: '学习',
  noticeMentions: [],
  addresses,
  channels: [],
  order: 1,
  sample: false,
});

/** A public page that states b.example.org's address. */
export const checkedSource = {
  url: 'https://news.example.org/1.html',
  date: '2023-10-01',
  quote: '平台网址为 b.example.org',
};

export const context: ViewContext = {
  site: 'https://xuexizhou.example.org',
  base: '/',
  cities: new Map([['taiyuan', { name: '太原市' }]]),
  platforms: new Map([
    ['sxlll', platform('山西终身学习在线平台', [{ url: 'https://www.sx111.cn/' }, { url: 'http://www.sxlll.cn/' }])],
    [
      'checked',
      platform('已核实平台', [
        { url: 'https://a.example.org/' },
        { url: 'https://b.example.org/', source: checkedSource },
      ]),
    ],
  ]),
  books: new Map([['pingfan', { title: '平凡的世界' }]]),
};

/** Parses raw lecture data with the schema (defaults, Beijing-time normalisation). */
export function lecture(data: Record<string, unknown>): Lecture {
  return lectureSchema.parse({
    edition: '2030',
    title: '讲座',
    description: '简介',
    speakers: [{ name: '王老师' }],
    start: '2023-10-16T09:30',
    end: '2023-10-16T11:00',
    mode: 'online',
    organiser: '山西开放大学',
    platform: 'sxlll',
    sample: true,
    ...data,
  });
}

/** Resolves a lecture for presentation under the test context. */
export function view(id: string, data: Record<string, unknown> = {}, ctx: ViewContext = context): LectureView {
  return toLectureView(id, lecture(data), ctx);
}
