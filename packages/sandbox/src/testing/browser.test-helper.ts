import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

// Debian's chromium; tests never download a browser of their own.
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling out, which a closed network refuses.
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Why browser tests cannot run here, or undefined when they can. On CI a missing Chromium is a
 * failure (`.ci/run` installs it); on a laptop without it the tests skip with this message.
 */
export function browserUnavailable(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  const reason = `Chromium not found at ${chromiumPath}: browser tests skipped (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env['CI']) throw new Error(`${reason}. CI must install it.`);
  console.warn(reason);
  return reason;
}

/** Starts headless Chromium through playwright-core; close it in afterAll. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}
