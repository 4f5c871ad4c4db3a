/**
 * Build guard: checks content/ before Astro reads it (friendly Chinese messages instead of
 * stack traces). The published-URL manifest is checked after the build by published-urls.ts.
 */
import { watch } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Plugin } from 'vite';
import { checkContent } from '../lib/content/check.ts';
import { devReportPage } from '../lib/content/dev-report.ts';
import { formatReport, formatWarnings, type Problem } from '../lib/content/problems.ts';
import { siteSettingsOf } from '../lib/content/site-rules.ts';
import { prewarmPosters } from './poster-prewarm.ts';
import { siteConfig } from '../site.config.ts';

/** The one content check, with this build's site settings: exactly what `npm run validate` runs. */
const check = (root: string) => checkContent(root, siteSettingsOf(siteConfig));

/** Drops the stack trace: an editor's mistake is not a program error, and the trace buries the message. */
export function quiet(error: AstroError): AstroError {
  error.stack = '';
  return error;
}

/**
 * Once `npm run dev` is up, it keeps running while content is broken: each save under content/
 * is checked again, the Chinese report goes to the terminal, and pages show the list
 * (reloading by themselves once the files are fixed) instead of Astro's English error.
 */
function devContentGuard(root: string): Plugin {
  let problems: Problem[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    name: 'content-guard-dev',
    configureServer(server) {
      const recheck = () => {
        void check(root).then((result) => {
          const before = problems.length;
          problems = result.problems;
          if (problems.length > 0) process.stderr.write(`\n${formatReport(problems)}\n\n`);
          else if (before > 0) process.stdout.write('\n内容检查已通过，预览恢复。\n\n');
          server.ws.send({ type: 'full-reload' });
        });
      };
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(`${root}content/`) && !file.startsWith(`${root}/content/`)) return;
        clearTimeout(timer);
        timer = setTimeout(recheck, 150);
      });
      server.middlewares.use((req, res, next) => {
        if (problems.length === 0 || !(req.headers.accept ?? '').includes('text/html')) return next();
        res.statusCode = 500;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(devReportPage(problems));
      });
    },
  };
}

/**
 * Astro's content layer refuses to start the dev server on an invalid entry, with zod's English
 * message. So `npm run dev` first waits here, watching content/, until the files pass.
 */
function waitForCleanContent(root: string): Promise<void> {
  process.stderr.write('预览服务器在等你修改：改好并保存上面列出的文件后，会自动继续启动（按 Ctrl+C 退出）。\n\n');
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watcher = watch(`${root}/content`, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const { problems } = await check(root);
        if (problems.length > 0) {
          process.stderr.write(`\n${formatReport(problems)}\n\n`);
          return;
        }
        watcher.close();
        process.stdout.write('\n内容检查已通过，继续启动预览。\n\n');
        resolve();
      }, 150);
    });
  });
}

export function contentGuard(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command === 'preview') return;
        const { problems, warnings, entries } = await check(root);
        if (warnings.length > 0) process.stdout.write(`\n${formatWarnings(warnings)}\n\n`);
        if (command === 'dev') {
          if (problems.length > 0) {
            process.stderr.write(`\n${formatReport(problems)}\n\n`);
            await waitForCleanContent(root);
          }
          updateConfig({ vite: { plugins: [devContentGuard(root)] } });
          return;
        }
        if (problems.length > 0) {
          // Printed as-is: Astro's error formatter rewrites Markdown links and URLs inside messages.
          process.stderr.write(`\n${formatReport(problems)}\n\n`);
          throw quiet(
            new AstroError(
              `内容检查未通过：共 ${problems.length} 处错误，详见上方列表。`,
              '修改上面列出的文件后重新运行。Fix the files listed above and run again.',
            ),
          );
        }
        // Only a build renders posters; `astro sync` and `astro check` would wait for them to exit.
        if (command === 'build') prewarmPosters(entries);
      },
    },
  };
}
