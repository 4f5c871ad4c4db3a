/**
 * Runs the one content check (src/lib/content/check.ts, the very check the build's content guard
 * runs) with the project's own site settings, and formats the result for a terminal.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContent } from '../../../src/lib/content/check.ts';
import { byPlace, formatProblem, formatWarnings, type Problem } from '../../../src/lib/content/problems.ts';
import { SITE_CONFIG_FILE, siteSettingsOf, type SiteSettings } from '../../../src/lib/content/site-rules.ts';

export interface Validation {
  files: number;
  errors: Problem[];
  warnings: Problem[];
}

/**
 * Reads src/site.config.ts of the project at `root` as the build does (importing it runs its own
 * check). A folder without one (a bare content fixture) has no settings; a setting that is wrong
 * becomes a problem of that file, in the words the build would stop with.
 */
export async function loadSiteSettings(root: string): Promise<SiteSettings | Problem | undefined> {
  const path = join(root, SITE_CONFIG_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const { siteConfig } = (await import(pathToFileURL(path).href)) as {
      siteConfig: Parameters<typeof siteSettingsOf>[0];
    };
    return siteSettingsOf(siteConfig);
  } catch (error) {
    return { file: SITE_CONFIG_FILE, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Checks all content under `root` (the project folder). */
export async function validateProject(root: string): Promise<Validation> {
  const settings = await loadSiteSettings(root);
  const broken = settings && 'message' in settings ? settings : undefined;
  const site = settings && !('message' in settings) ? settings : undefined;
  const { problems, warnings, entries } = await checkContent(root, site);
  return {
    files: new Set(entries.map((e) => e.file)).size,
    errors: broken ? [broken, ...problems].sort(byPlace) : problems,
    warnings,
  };
}

/** Chinese report: errors numbered, then warnings, then one summary line. */
export function formatValidation(result: Validation, elapsedMs?: number): string {
  const lines: string[] = [];
  if (result.errors.length > 0) {
    lines.push(`错误 ${result.errors.length} 处（必须改，否则网站不能发布）：`);
    result.errors.forEach((p, i) => lines.push(`${i + 1}. ${formatProblem(p)}`));
  }
  if (result.warnings.length > 0) {
    if (lines.length) lines.push('');
    lines.push(formatWarnings(result.warnings));
  }
  if (lines.length) lines.push('');
  const time = elapsedMs === undefined ? '' : `，用时 ${(elapsedMs / 1000).toFixed(1)} 秒`;
  lines.push(
    result.errors.length === 0
      ? `检查通过：${result.files} 个内容文件没有错误${time}。`
      : `检查未通过：${result.errors.length} 处错误${time}。改好后再运行 npm run validate。`,
  );
  return lines.join('\n');
}
