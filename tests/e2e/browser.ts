/**
 * Opens browser contexts for the viewing conditions the gates cover, with a
 * watcher that records console errors and failed or foreign requests.
 */
import type { Browser, BrowserContext } from 'playwright-core';

export type Mode = 'normal' | 'elder';

/** One viewing condition: a viewport width and the reading mode. */
export interface View {
  width: number;
  mode: Mode;
}

/** Every viewing condition the gates cover: phone and desktop widths, normal and 长辈模式. */
export const views: readonly View[] = [390, 1280].flatMap((width) =>
  (['normal', 'elder'] as const).map((mode) => ({ width, mode })),
);

/** Names a view in test titles and failure messages, e.g. "elder 390px". */
export const viewName = (view: View): string => `${view.mode} ${view.width}px`;

export interface ViewContext {
  context: BrowserContext;
  /** Returns the problems recorded since the last call and forgets them. */
  takeProblems(): string[];
}

export interface ViewOptions {
  /** The only origin pages may load from; anything else is recorded and aborted. */
  origin: string;
  /** Paths whose document is expected to answer 404 (the not-found page). */
  expect404?: readonly string[];
  javaScript?: boolean;
}

/**
 * Opens a context at the view's width, in 长辈模式 remembered in localStorage as a returning
 * reader's would be, that records every console error, page error, failed request, HTTP error
 * and request to another origin, and aborts the latter so a test can never reach the internet.
 */
export async function openView(browser: Browser, view: View, options: ViewOptions): Promise<ViewContext> {
  const { origin, expect404 = [], javaScript = true } = options;
  const context = await browser.newContext({
    viewport: { width: view.width, height: 900 },
    javaScriptEnabled: javaScript,
  });
  // Only site documents: about:blank has no storage and would throw.
  if (view.mode === 'elder')
    await context.addInitScript(() => location.protocol === 'http:' && localStorage.setItem('mode', 'elder'));
  const missing = new Set(expect404.map((path) => new URL(path, origin).href));
  const local = (url: string) => url.startsWith(`${origin}/`) || /^(data|blob|about):/.test(url);
  let problems: string[] = [];
  const note = (what: string) => problems.push(`[${viewName(view)}${javaScript ? '' : ', no JS'}] ${what}`);

  await context.route(
    (url) => !local(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  context.on('request', (request) => {
    if (!local(request.url())) note(`request to another origin: ${request.url()}`);
  });
  context.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // ERR_ABORTED is the next navigation cancelling a request still in flight (the favicon, usually).
    if (local(request.url()) && error !== 'net::ERR_ABORTED') note(`request failed: ${request.url()} (${error})`);
  });
  context.on('response', (response) => {
    const expected =
      response.status() === 404 && response.request().isNavigationRequest() && missing.has(response.url());
    if (response.status() >= 400 && !expected) note(`HTTP ${response.status()}: ${response.url()}`);
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const at = message.location().url;
    // Chromium logs the intended 404 status of the not-found page itself as a console error.
    if (missing.has(at) && message.text().startsWith('Failed to load resource')) return;
    note(`console error on ${message.page()?.url() ?? at}: ${message.text()}`);
  });
  context.on('weberror', (error) => note(`uncaught error on ${error.page()?.url()}: ${error.error().message}`));

  return {
    context,
    takeProblems() {
      const taken = problems;
      problems = [];
      return taken;
    },
  };
}
