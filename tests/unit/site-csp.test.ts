import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildPolicy,
  collectInlineHashes,
  cspHash,
  emptyHashes,
  isExecutableScriptType,
  MAX_POLICY_LENGTH,
  toNginxCspInclude,
} from '../../src/lib/site/csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('cspHash', () => {
  it('hashes UTF-8 text as browsers do, with CRLF read as LF', () => {
    expect(cspHash("alert('长辈模式')")).toBe(sha("alert('长辈模式')"));
    expect(cspHash('a();\r\nb();\rc();')).toBe(sha('a();\nb();\nc();'));
  });
});

describe('isExecutableScriptType', () => {
  it('counts classic, module, import-map and speculation-rule scripts, not data blocks', () => {
    for (const type of [
      undefined,
      '',
      ' module ',
      'text/javascript',
      'application/ecmascript',
      'importmap',
      'speculationrules',
    ]) {
      expect(isExecutableScriptType(type), String(type)).toBe(true);
    }
    for (const type of ['application/ld+json', 'application/json', 'text/plain'])
      expect(isExecutableScriptType(type), type).toBe(false);
  });
});

describe('collectInlineHashes', () => {
  const html = [
    '<head><script>try{a()}catch(e){}</script><script type="module">b("<p style=\'x\'>")</script>',
    '<script src="/_astro/c.js"></script><script type="application/ld+json">{"@type":"Event"}</script>',
    '<style>p{color:red}</style></head>',
    '<body><p title="a > b" style="width: 40%">x</p><div data-note=\'style="no"\'></div><td style="text-align:right;content:&quot;&quot;">y</td></body>',
  ].join('');

  it('hashes inline executable scripts only: not external ones, not JSON-LD', () => {
    const hashes = collectInlineHashes(html, emptyHashes());
    expect([...hashes.scripts].sort()).toEqual([sha('try{a()}catch(e){}'), sha('b("<p style=\'x\'>")')].sort());
  });

  it('hashes <style> bodies and decoded style attributes, ignoring look-alikes inside scripts and other attributes', () => {
    const hashes = collectInlineHashes(html, emptyHashes());
    expect([...hashes.styles]).toEqual([sha('p{color:red}')]);
    expect([...hashes.styleAttributes].sort()).toEqual([sha('width: 40%'), sha('text-align:right;content:""')].sort());
  });

  it('accumulates across pages without duplicates', () => {
    const hashes = emptyHashes();
    collectInlineHashes('<script>x()</script>', hashes);
    collectInlineHashes('<script>x()</script><script>y()</script>', hashes);
    expect(hashes.scripts.size).toBe(2);
  });
});

describe('buildPolicy', () => {
  it('allows inline code only by hash and nothing from other origins', () => {
    const hashes = collectInlineHashes('<script>x()</script><style>p{}</style>', emptyHashes());
    expect(buildPolicy(hashes, { webAssembly: false })).toBe(
      `default-src 'self'; script-src 'self' ${sha('x()')}; style-src 'self' ${sha('p{}')}; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'`,
    );
  });

  it('adds style-src-attr only when pages carry style attributes, and WebAssembly only when the site ships it', () => {
    const hashes = collectInlineHashes('<p style="color:red">x</p>', emptyHashes());
    const policy = buildPolicy(hashes, { webAssembly: true });
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${sha('color:red')}`);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(buildPolicy(emptyHashes(), { webAssembly: false })).not.toMatch(/style-src-attr|wasm/);
  });

  it('refuses a policy too long for a response header, and says why in Chinese', () => {
    const hashes = emptyHashes();
    for (let i = 0; i < 200; i++) collectInlineHashes(`<script>page(${i})</script>`, hashes);
    expect(() => buildPolicy(hashes, { webAssembly: false })).toThrow(
      `超过 ${MAX_POLICY_LENGTH}：页面中各不相同的内联脚本或样式太多（脚本 200 种`,
    );
  });
});

describe('toNginxCspInclude', () => {
  it('writes one always-sent add_header line and refuses characters nginx would misread', () => {
    expect(toNginxCspInclude("default-src 'self'")).toMatch(
      /^# Generated[^\n]*\nadd_header Content-Security-Policy "default-src 'self'" always;\n$/,
    );
    expect(() => toNginxCspInclude('default-src $host')).toThrow();
  });
});
