/**
 * One browser session per test file: the built site served on 127.0.0.1 under the base path,
 * Debian's Chromium, and two phone-sized contexts (JavaScript on and off). Call at the top of
 * a test file; the returned object is filled in beforeAll and closed in afterAll.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { E2E_BASE, E2E_DIST } from './site.ts';

export interface BrowserSession {
  server: StaticServer;
  browser: Browser;
  /** 375 × 800 viewport, JavaScript on. */
  js: BrowserContext;
  /** 375 × 800 viewport, JavaScript off. */
  nojs: BrowserContext;
}

export function useBrowserSession(): BrowserSession {
  const s = {} as BrowserSession;
  beforeAll(async () => {
    s.server = await serveStatic(E2E_DIST, E2E_BASE);
    s.browser = await launchBrowser();
    s.js = await s.browser.newContext({ viewport: { width: 375, height: 800 } });
    s.nojs = await s.browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  return s;
}
