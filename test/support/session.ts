/**
 * One browser session per test file: the built site served on 127.0.0.1 under the base path,
 * Debian's Chromium, and the browser contexts the file asks for. Call at the top of a test
 * file; the returned object is filled in beforeAll and closed in afterAll.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { E2E_BASE, E2E_DIST } from './site.ts';

/** The phone-sized viewport of the mobile-first pages. */
export const PHONE = { width: 375, height: 800 } as const;
/** The desktop viewport. */
export const DESKTOP = { width: 1280, height: 900 } as const;

export type Session<K extends string> = { server: StaticServer; browser: Browser } & Record<K, BrowserContext>;

/**
 * Serves `dir` (the e2e build by default), launches Chromium and opens one context per entry of
 * `contexts`; `prepare` runs once they exist (permissions, init scripts).
 */
export function useBrowser<K extends string>(
  contexts: Record<K, BrowserContextOptions>,
  prepare?: (s: Session<K>) => Promise<void>,
  dir = E2E_DIST,
): Session<K> {
  const s = {} as Session<K>;
  const bag = s as Record<string, unknown>;
  beforeAll(async () => {
    s.server = await serveStatic(dir, E2E_BASE);
    s.browser = await launchBrowser();
    for (const [name, options] of Object.entries(contexts) as [K, BrowserContextOptions][]) {
      bag[name] = await s.browser.newContext(options);
    }
    await prepare?.(s);
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  return s;
}

/** `js`: phone viewport, JavaScript on; `nojs`: phone viewport, JavaScript off. */
export type BrowserSession = Session<'js' | 'nojs'>;

export function useBrowserSession(): BrowserSession {
  return useBrowser({ js: { viewport: PHONE }, nojs: { viewport: PHONE, javaScriptEnabled: false } });
}

/** Collects a page's errors and console errors (CSP violations included) from now on. */
export function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return errors;
}
