/**
 * The project's import graph, read from the source text, and the layering rules the README
 * states ("Understanding the site"). Pure over a list of files so that the rules can be
 * shown to fail on a small made-up tree as well as to pass on the real one.
 */
import { dirname, join, normalize } from 'node:path';

export interface SourceFile {
  /** Path from the project root with forward slashes, e.g. "src/lib/shared/urls.ts". */
  path: string;
  text: string;
}

export interface ImportRef {
  /** The specifier as written. */
  spec: string;
  /** The imported file from the project root, for relative specifiers. */
  target?: string;
  /** Inside a client-side <script> of an .astro file: bundled for the browser. */
  inScript: boolean;
  line: number;
}

export interface Violation {
  rule: string;
  file: string;
  line: number;
  detail: string;
}

// Comments may mention astro:content or import.meta.env in prose; URLs keep their "//".
const stripComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1');

const specPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+|\bexport\s+\*\s+from\s*)(['"])([^'"]+)\1/gm;

/** The code regions of a file, each marked whether it runs in the browser. */
function regions(file: SourceFile): { code: string; inScript: boolean; offset: number }[] {
  if (!file.path.endsWith('.astro')) return [{ code: file.text, inScript: false, offset: 0 }];
  const out: { code: string; inScript: boolean; offset: number }[] = [];
  const front = /^---\n([\s\S]*?)\n---/.exec(file.text);
  if (front) out.push({ code: front[1]!, inScript: false, offset: 4 });
  // Astro bundles <script> without attributes (or with only lang/type="module") for the browser.
  for (const m of file.text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/is:inline|application\/(ld\+)?json|set:html/.test(attrs)) continue;
    out.push({ code: m[2]!, inScript: true, offset: m.index! + m[0].indexOf('>') + 1 });
  }
  return out;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Lists a file's imports, resolving relative specifiers to project paths. */
export function importsOf(file: SourceFile): ImportRef[] {
  const refs: ImportRef[] = [];
  for (const region of regions(file)) {
    const code = stripComments(region.code);
    for (const m of code.matchAll(specPattern)) {
      const spec = m[2]!;
      const ref: ImportRef = { spec, inScript: region.inScript, line: lineAt(file.text, region.offset + m.index!) };
      if (spec.startsWith('.')) ref.target = normalize(join(dirname(file.path), spec)).replaceAll('\\', '/');
      refs.push(ref);
    }
  }
  return refs;
}

/** Tells whether a file's code (comments aside) reads Astro's build-time globals. */
function astroGlobals(file: SourceFile): { line: number; detail: string }[] {
  const found: { line: number; detail: string }[] = [];
  for (const region of regions(file)) {
    const code = stripComments(region.code);
    for (const m of code.matchAll(/import\.meta\.env|(['"])astro:[a-z]+\1/g)) {
      found.push({ line: lineAt(file.text, region.offset + m.index!), detail: m[0] });
    }
  }
  return found;
}

const under = (path: string, ...dirs: string[]) => dirs.some((d) => path.startsWith(d));
const isLoader = (path: string) => /^src\/lib\/[^/]+\/load\.ts$/.test(path);
const isPresentation = (path: string) => under(path, 'src/components/', 'src/layouts/', 'src/pages/');

/**
 * Checks the layering rules and returns every breach:
 * 1. src/lib/shared/ imports nothing from src/ outside itself;
 * 2. src/schemas/ imports only schemas and src/lib/shared/;
 * 3. only src/lib/<domain>/load.ts, components, layouts, pages and content.config.ts use astro:* or import.meta.env;
 * 4. src/lib/ never imports components, layouts or pages;
 * 5. scripts/ never imports tests/;
 * 6. modules bundled into browser scripts import nothing from Node, Astro, i18n or the site config;
 * 7. no import cycles.
 */
export function layeringViolations(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  const graph = new Map(files.map((f) => [f.path, importsOf(f)]));
  const known = new Set(graph.keys());
  const add = (rule: string, file: string, line: number, detail: string) =>
    violations.push({ rule, file, line, detail });

  for (const [path, refs] of graph) {
    for (const ref of refs) {
      const t = ref.target;
      if (path.startsWith('src/lib/shared/') && t?.startsWith('src/') && !t.startsWith('src/lib/shared/')) {
        add('shared leaves import nothing from src/', path, ref.line, ref.spec);
      }
      if (path.startsWith('src/schemas/') && t?.startsWith('src/') && !under(t, 'src/schemas/', 'src/lib/shared/')) {
        add('schemas import only schemas and lib/shared', path, ref.line, ref.spec);
      }
      if (path.startsWith('src/lib/') && t && under(t, 'src/components/', 'src/layouts/', 'src/pages/')) {
        add('lib never imports components, layouts or pages', path, ref.line, ref.spec);
      }
      if (path.startsWith('scripts/') && t?.startsWith('tests/'))
        add('scripts never import tests', path, ref.line, ref.spec);
    }
    if (path.startsWith('src/') && !isLoader(path) && !isPresentation(path) && path !== 'src/content.config.ts') {
      const file = files.find((f) => f.path === path)!;
      for (const use of astroGlobals(file))
        add('only load.ts and presentation use Astro globals', path, use.line, use.detail);
    }
  }

  // Rule 6: everything reachable from a client-side <script>.
  const browser = new Map<string, string>();
  const queue: [string, string][] = [];
  for (const [path, refs] of graph) for (const r of refs) if (r.inScript && r.target) queue.push([r.target, path]);
  while (queue.length) {
    const [mod, via] = queue.pop()!;
    if (browser.has(mod) || !known.has(mod)) continue;
    browser.set(mod, via);
    for (const r of graph.get(mod)!) if (r.target) queue.push([r.target, mod]);
  }
  for (const [mod, via] of browser) {
    for (const r of graph.get(mod)!) {
      const bad =
        r.spec.startsWith('node:') ||
        r.spec.startsWith('astro') ||
        (r.target && (r.target.startsWith('src/i18n/') || r.target === 'src/site.config.ts'));
      if (bad)
        add(
          'browser modules import no Node, Astro, i18n or site config',
          mod,
          r.line,
          `${r.spec} (bundled via ${via})`,
        );
    }
  }

  // Rule 7: depth-first search for back edges.
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const r of graph.get(node) ?? []) {
      if (!r.target || !known.has(r.target)) continue;
      if (state.get(r.target) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(r.target)), r.target];
        add('no import cycles', node, r.line, cycle.join(' → '));
      } else if (!state.has(r.target)) visit(r.target);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...known].sort()) if (!state.has(node)) visit(node);
  return violations;
}
