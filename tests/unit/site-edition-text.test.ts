/** Optional parts of an edition print nothing when absent: no bare role, no empty parenthesis. */
import { describe, expect, it } from 'vitest';
import { hostsClause, noticeReference } from '../../src/lib/site/edition.ts';

describe('hostsClause', () => {
  it('names each role its hosts hold, in the notice order', () => {
    expect(
      hostsClause([
        { name: '某某市教育局', role: '协办' },
        { name: '示例省教育厅', role: '主办' },
        { name: '某某市政府', role: '承办' },
        { name: '某某大学', role: '承办' },
      ]),
    ).toBe('示例省教育厅主办，某某市政府、某某大学承办，某某市教育局协办');
  });

  it('gives each organiser its own role, so a sole 主办 is not said to 共同举办', () => {
    expect(
      hostsClause([
        { name: '示例省教育厅', role: '共同举办' },
        { name: '某某大学', role: '共同举办' },
      ]),
    ).toBe('示例省教育厅、某某大学共同举办');
    expect(hostsClause([{ name: '示例省教育厅', role: '主办' }])).toBe('示例省教育厅主办');
  });

  it('prints no 协办 when no host assists', () => {
    const clause = hostsClause([
      { name: '示例省教育厅', role: '主办' },
      { name: '某某市政府', role: '承办' },
    ]);
    expect(clause).toBe('示例省教育厅主办，某某市政府承办');
    expect(clause).not.toMatch(/，协办|^协办/);
  });

  it('is empty without hosts, and skips a role whose names are blank', () => {
    expect(hostsClause([])).toBe('');
    expect(
      hostsClause([
        { name: ' ', role: '协办' },
        { name: '示例省教育厅', role: '主办' },
      ]),
    ).toBe('示例省教育厅主办');
  });
});

describe('noticeReference', () => {
  it('prints nothing for a notice with neither number nor date', () => {
    expect(noticeReference({}, true)).toBe('');
    expect(noticeReference({ date: '2030-08-10' })).toBe('');
  });
});
