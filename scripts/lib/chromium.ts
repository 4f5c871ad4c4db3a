/**
 * Launches the system Chromium through playwright-core. Never a downloaded browser:
 * the path comes from CHROMIUM_PATH or Debian's /usr/bin/chromium. Shared by the browser
 * tests, screenshots and the benches, so it lives with the tools rather than in tests/.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every Chromium we start runs with (browser tests, Lighthouse). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Starts Chromium or explains how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `找不到 Chromium（${chromiumPath}）。请运行 apt-get update && apt-get install -y chromium fonts-noto-cjk，或用环境变量 CHROMIUM_PATH 指定路径。` +
        ` (Chromium not found at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH.)`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}
