/** The performance budgets in budgets.json (top level), typed and checked on load. */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];

const budgetsSchema = z.object({
  about: z.string(),
  pageWeight: z
    .object({
      about: z.string(),
      maxGzipBytes: z.number().int().positive(),
      renderBlockingScripts: z.boolean(),
      otherOrigins: z.boolean(),
      webFonts: z.boolean(),
    })
    .strict(),
  lighthouse: z
    .object({
      about: z.string(),
      minScore: z.number().min(0).max(100),
      notApplicable: z.array(
        z.object({ template: z.string(), category: z.enum(lighthouseCategories), why: z.string() }).strict(),
      ),
    })
    .strict(),
  build: z
    .object({
      about: z.string(),
      minPagesPerSecond: z.number().positive(),
      atEntries: z.number().int().positive(),
      maxRatioToBare: z.number().positive(),
      maxPeakRssBytes: z.number().int().positive(),
      minWallRateToBare: z.number().positive(),
      maxWarmShare: z.number().positive().max(1),
      maxPerPageGrowth: z.number().positive(),
    })
    .strict(),
});

export type Budgets = z.infer<typeof budgetsSchema>;

export const budgetsFile = new URL('../../budgets.json', import.meta.url).pathname;

/** Reads and validates budgets.json; throws with the offending field when it is malformed. */
export function loadBudgets(file = budgetsFile): Budgets {
  const result = budgetsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** Tells whether a category's Lighthouse score is exempt on a template (see budgets.json lighthouse.notApplicable). */
export function isExempt(budgets: Budgets, template: string, category: LighthouseCategory): boolean {
  return budgets.lighthouse.notApplicable.some((n) => n.template === template && n.category === category);
}
