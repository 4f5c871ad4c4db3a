/** Visits pages in Chromium and reports every CSP violation and console error or warning they cause. */
import type { BrowserContext, Page } from 'playwright-core';

export interface Visit {
  page: Page;
  /** securitypolicyviolation events, as "directive blocked-uri". */
  violations: string[];
  /** Console errors and warnings, including the browser's own CSP reports. */
  console: string[];
}

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Opens a tab that records CSP violations from before the first script of every document it loads. */
export async function recordingPage(context: BrowserContext): Promise<Visit> {
  const page = await context.newPage();
  const visit: Visit = { page, violations: [], console: [] };
  // Init scripts run through the DevTools protocol, so the page's own CSP does not block them.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations!.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      visit.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => visit.console.push(`pageerror: ${error.message}`));
  return visit;
}

/** Loads one URL and collects the violations its document reported. */
export async function load(visit: Visit, url: string): Promise<number> {
  const response = await visit.page.goto(url, { waitUntil: 'load' });
  // Violation events are queued as tasks; one timer turn lets them all arrive.
  visit.violations.push(
    ...(await visit.page.evaluate(
      () => new Promise<string[]>((resolve) => setTimeout(() => resolve(window.cspViolations ?? []), 50)),
    )),
  );
  return response?.status() ?? 0;
}
