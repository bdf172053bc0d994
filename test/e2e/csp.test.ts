/**
 * Content-Security-Policy of the built site (src/integrations/csp.mjs):
 * - every built page carries one CSP <meta> before any script or stylesheet, with only what the
 *   site needs (no 'unsafe-inline'/'unsafe-eval' for scripts, no foreign hosts) and exactly the
 *   hashes of its own inline scripts; no inline event handlers, no javascript: URLs;
 *   'wasm-unsafe-eval' only where Pagefind is loaded;
 * - in Chromium with JavaScript on, no page type reports a CSP violation (console message or
 *   securitypolicyviolation event), including while it is used: searching (Pagefind), filtering
 *   a comparison and downloading its CSV, opening a deep link.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, useBrowser } from '../support/session.ts';
import { E2E_BASE, htmlPages, readPage } from '../support/site.ts';
import { PROFILE, allPageTypes } from '../support/pages.ts';
import { markupProblems } from '../support/markup.ts';

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(m[1]!)?.[1]?.trim().toLowerCase() ?? '';
    if (!JS_TYPES.has(type) || /\ssrc\s*=/i.test(m[1]!)) continue;
    if (m[2]) out.push(m[2]);
  }
  return out;
}

const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('CSP meta of every built page', () => {
  const pages = htmlPages();

  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('one CSP meta first in <head>, strict directives, exactly the page\'s inline script hashes', () => {
    const problems: string[] = [];
    for (const rel of pages) {
      const html = readPage(rel);
      const metas = [...html.matchAll(META)];
      if (metas.length !== 1) {
        problems.push(`${rel}: ${metas.length} CSP meta elements`);
        continue;
      }
      const at = metas[0]!.index!;
      const firstResource = html.search(/<(?:script|style|link)\b/i);
      if (firstResource >= 0 && firstResource < at) problems.push(`${rel}: CSP meta after a script/style/link (it only applies to what follows it)`);
      const d = directives(metas[0]![1]!.replace(/&#39;|&apos;/g, "'"));
      const expectExact: Record<string, string> = {
        'default-src': "'self'", 'object-src': "'none'", 'base-uri': "'self'", 'form-action': "'self'", 'img-src': "'self' data: blob:",
      };
      for (const [k, v] of Object.entries(expectExact)) if ((d.get(k) ?? []).join(' ') !== v) problems.push(`${rel}: ${k} is "${(d.get(k) ?? []).join(' ')}", expected "${v}"`);
      const script = d.get('script-src') ?? [];
      if (!script.includes("'self'")) problems.push(`${rel}: script-src without 'self'`);
      for (const bad of script.filter((s) => !/^'(self|sha256-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$/.test(s))) problems.push(`${rel}: script-src allows ${bad}`);
      for (const [k, v] of d) if (v.some((s) => /^(https?:|\*|\/\/)/.test(s) || /^[a-z0-9-]+\.[a-z]/i.test(s))) problems.push(`${rel}: ${k} allows a foreign source: ${v.join(' ')}`);
      const want = [...new Set(inlineScripts(html).map(sha))].sort();
      const have = script.filter((s) => s.startsWith("'sha256-")).sort();
      if (want.join() !== have.join()) problems.push(`${rel}: script-src hashes ${have.length} ≠ inline scripts ${want.length} (${want.filter((h) => !have.includes(h)).join(' ') || 'extra hashes'})`);
      const pagefind = /pagefind\//.test(html.replace(META, ''));
      if (script.includes("'wasm-unsafe-eval'") !== pagefind && !/\ssrc="[^"]+\.js"/.test(html)) problems.push(`${rel}: 'wasm-unsafe-eval' ${pagefind ? 'missing (page loads Pagefind)' : 'on a page without Pagefind'}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('search (Pagefind) may run WebAssembly; the rest may not', () => {
    const policy = (rel: string) => [...readPage(rel).matchAll(META)][0]?.[1] ?? '';
    expect(policy('buscar/index.html')).toContain("'wasm-unsafe-eval'");
    expect(policy('instituciones/ministerio-del-interior/index.html')).not.toContain("'wasm-unsafe-eval'");
  });

  it('no inline event handlers and no javascript: URLs in any page', () => {
    const problems: string[] = [];
    for (const rel of pages) problems.push(...markupProblems(readPage(rel)).map((p) => `${rel}: ${p}`));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

const session = useBrowser({ ctx: { viewport: DESKTOP, acceptDownloads: true } }, async ({ ctx }) => {
  // Violations also fire a DOM event; record them where the test can read them.
  await ctx.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
});

/** Opens a page and collects its CSP reports (console and events). */
async function openWatched(path: string): Promise<{ page: Page; reports: () => Promise<string[]> }> {
  const page = await session.ctx.newPage();
  const messages: string[] = [];
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) messages.push(m.text()); });
  page.on('pageerror', (e) => { if (/Content.Security.Policy/i.test(e.message)) messages.push(e.message); });
  await page.goto(session.server.url + path, { waitUntil: 'load' });
  return {
    page,
    reports: async () => [...messages, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))],
  };
}

describe('no CSP violation in Chromium with JavaScript on', () => {
  it.each(allPageTypes().map((p) => [p.name, p] as const))('%s', async (name, p) => {
    const { page, reports } = await openWatched(p.path);
    const r = await reports();
    expect(r, `${name} (${E2E_BASE}${p.path}): ${r.join('\n')}`).toEqual([]);
    await page.close();
  });

  it('search: typing a query loads Pagefind and shows results without violations', async () => {
    const { page, reports } = await openWatched('buscar/');
    const box = page.locator('main input[type="search"]').first();
    await box.fill('interior');
    await box.press('Enter');
    await page.locator(`main a[href*="${E2E_BASE}instituciones/"]:visible`).first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const r = await reports();
    expect(r, `search: ${r.join('\n')}`).toEqual([]);
    await page.close();
  });

  it('budget comparison: filtering and downloading the shown rows as CSV without violations', async () => {
    const { page, reports } = await openWatched('comparar/presupuesto/');
    await page.locator('form.filters select[name="year"]').selectOption('2023');
    const csv = page.locator('button[data-csv-for="tabla-presupuesto"]:visible').first();
    if (await csv.count()) {
      const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
    }
    const r = await reports();
    expect(r, `budget comparison: ${r.join('\n')}`).toEqual([]);
    await page.close();
  });

  it('profile: a deep link into a collapsed table and the data downloads page without violations', async () => {
    const cne = await openWatched('instituciones/consejo-nacional-electoral/#meta-2023-150');
    const r1 = await cne.reports();
    expect(r1, `CNE profile deep link: ${r1.join('\n')}`).toEqual([]);
    await cne.page.close();
    const data = await openWatched('datos/');
    const link = data.page.locator('main a[href$=".csv"][download]').first();
    const [download] = await Promise.all([data.page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const r2 = await data.reports();
    expect(r2, `data page: ${r2.join('\n')}`).toEqual([]);
    await data.page.close();
    const profile = await openWatched(`${PROFILE}#metas`);
    const r3 = await profile.reports();
    expect(r3, `profile: ${r3.join('\n')}`).toEqual([]);
    await profile.page.close();
  });
});
