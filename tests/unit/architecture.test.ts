/**
 * The layering rules of README "Understanding the site", checked on the real source tree,
 * and shown to catch each kind of breach on a made-up one.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, layeringViolations, type SourceFile } from '../helpers/import-graph.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function projectFiles(): SourceFile[] {
  // Tracked and new files alike, so a rule is checked before the file is committed.
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'scripts', 'tests'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return listed
    .split('\n')
    .filter((p) => /\.(ts|mts|mjs|astro)$/.test(p) && !p.startsWith('tests/fixtures/'))
    .flatMap((path) => {
      try {
        return [{ path, text: readFileSync(`${root}/${path}`, 'utf8') }];
      } catch {
        return []; // deleted in the working tree
      }
    });
}

describe('architecture', () => {
  it('the source tree keeps every layering rule', () => {
    const found = layeringViolations(projectFiles()).map((v) => `${v.file}:${v.line} [${v.rule}] ${v.detail}`);
    expect(found).toEqual([]);
  });

  it('reads static, type-only, side-effect and dynamic imports, and an .astro file’s browser scripts', () => {
    const refs = importsOf({
      path: 'src/components/x/A.astro',
      text: [
        '---',
        "import B from './B.astro';",
        "import type { C } from '../../lib/c.ts';",
        '// import { gone } from "./comment.ts";',
        '---',
        '<script>',
        "  import { d } from '../../lib/d.ts';",
        "  const e = await import('./e.ts');",
        '</script>',
        '<script is:inline>import("./inline.ts")</script>',
      ].join('\n'),
    });
    expect(refs.map((r) => [r.target, r.inScript, r.line])).toEqual([
      ['src/components/x/B.astro', false, 2],
      ['src/lib/c.ts', false, 3],
      ['src/lib/d.ts', true, 7],
      ['src/components/x/e.ts', true, 8],
    ]);
  });

  const breaches: [string, SourceFile[]][] = [
    [
      'shared leaves import nothing from src/',
      [
        { path: 'src/lib/shared/a.ts', text: "import { x } from '../stats/stats.ts';" },
        { path: 'src/lib/stats/stats.ts', text: '' },
      ],
    ],
    [
      'schemas import only schemas and lib/shared',
      [
        { path: 'src/schemas/city.ts', text: "import { rules } from '../lib/stats/stats.ts';" },
        { path: 'src/lib/stats/stats.ts', text: '' },
      ],
    ],
    [
      'only load.ts and presentation use Astro globals',
      [{ path: 'src/lib/books/api.ts', text: "import { getCollection } from 'astro:content';" }],
    ],
    [
      'only load.ts and presentation use Astro globals',
      [{ path: 'src/lib/books/urls.ts', text: 'const b = import.meta.env.BASE_URL;' }],
    ],
    [
      'lib never imports components, layouts or pages',
      [
        { path: 'src/lib/stories/feed.ts', text: "import { render } from '../../components/mdx/index.ts';" },
        { path: 'src/components/mdx/index.ts', text: '' },
      ],
    ],
    [
      'scripts never import tests',
      [
        { path: 'scripts/shots.ts', text: "import { launch } from '../tests/e2e/browser.ts';" },
        { path: 'tests/e2e/browser.ts', text: '' },
      ],
    ],
    [
      'browser modules import no Node, Astro, i18n or site config',
      [
        {
          path: 'src/components/F.astro',
          text: "---\n---\n<script>\nimport { f } from '../lib/books/filter.ts';\n</script>",
        },
        { path: 'src/lib/books/filter.ts', text: "import { t } from '../../i18n/zh-CN.ts';" },
        { path: 'src/i18n/zh-CN.ts', text: '' },
      ],
    ],
    [
      'no import cycles',
      [
        { path: 'src/schemas/city.ts', text: "import { r } from './stats.ts';" },
        { path: 'src/schemas/stats.ts', text: "import type { City } from './city.ts';" },
      ],
    ],
  ];

  it.each(breaches)('catches a breach of “%s”', (rule, files) => {
    expect(layeringViolations(files).map((v) => v.rule)).toContain(rule);
  });

  it('allows what the rules allow', () => {
    const files: SourceFile[] = [
      { path: 'src/schemas/book.ts', text: "import { isbn } from '../lib/shared/isbn.ts';" },
      { path: 'src/lib/shared/isbn.ts', text: '// reads astro:content? no: comments do not count' },
      {
        path: 'src/lib/books/load.ts',
        text: "import { getCollection } from 'astro:content';\nimport { b } from './books.ts';",
      },
      { path: 'src/lib/books/books.ts', text: "import type { Book } from '../../schemas/book.ts';" },
      {
        path: 'src/pages/x.astro',
        text: "---\nconst base = import.meta.env.BASE_URL;\n---\n<script is:inline>import('node:fs')</script>",
      },
    ];
    expect(layeringViolations(files)).toEqual([]);
  });
});
