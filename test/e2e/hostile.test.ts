/**
 * Hostile report text: a copy of the bundled reports plus a real CPCCS report whose text cells
 * carry <script>, <img onerror>, <svg onload>, attribute-breaking quotes and javascript: links
 * (test/support/hostile.ts), built into its own site under the sub-path and opened in
 * Chromium. No dialog fires, no report script or inline handler reaches the DOM, javascript:
 * never becomes a URL, the text is shown inert (literal, or stripped of its tags), links from
 * reports are only http(s) with rel="nofollow noopener", and the report's figures still show.
 * Escaping is checked with the CSP bypassed (so the CSP cannot hide a hole), then the pages
 * are opened again under the CSP, which must report nothing.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { HOSTILE_FILE, PAYLOADS, hostileReport } from '../support/hostile.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { E2E_BASE, htmlPages, readPage } from '../support/site.ts';
import { markupProblems } from '../support/markup.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ca-hostile-'));
const REPORTS = join(tmp, 'reports');
const DATA = join(tmp, 'data');
const SITE = join(tmp, 'site');
const REPORT_ID = HOSTILE_FILE.replace(/\.txt$/, '');

let server: StaticServer;
let browser: Browser;
let bypass: BrowserContext;
let strict: BrowserContext;
let institutionId = '';
/** Hosts of the links written in the reports (they may only become nofollow http(s) links). */
let reportHosts = new Set<string>();

beforeAll(async () => {
  cpSync('data/reports', REPORTS, { recursive: true });
  writeFileSync(join(REPORTS, HOSTILE_FILE), hostileReport());
  reportHosts = new Set(
    readdirSync(REPORTS).filter((f) => f.endsWith('.txt'))
      .flatMap((f) => [...readFileSync(join(REPORTS, f), 'utf8').matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!.toLowerCase())),
  );
  buildSite({ reports: REPORTS, data: DATA, site: SITE });
  const reports = JSON.parse(readFileSync(join(DATA, 'reports.json'), 'utf8')) as { id: string; institution_id: string }[];
  institutionId = reports.find((r) => r.id === REPORT_ID)?.institution_id ?? '';
  server = await serveStatic(SITE, E2E_BASE);
  browser = await launchBrowser();
  bypass = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  strict = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (!process.env.KEEP_HOSTILE_SITE) rmSync(tmp, { recursive: true, force: true });
});

/** The hostile site's page types, the hostile institution's pages and embeds included. */
function pages(): { name: string; path: string }[] {
  const list = [
    { name: 'home', path: '' },
    { name: 'institutions table', path: 'instituciones/' },
    { name: 'hostile profile', path: `instituciones/${institutionId}/` },
    { name: 'budget comparison', path: 'comparar/presupuesto/' },
    { name: 'goals comparison', path: 'comparar/metas/' },
    { name: 'procurement comparison', path: 'comparar/contratacion/' },
    { name: 'hostile report source view', path: `informes/${REPORT_ID}/` },
    { name: 'data', path: 'datos/' },
    { name: 'search for the hostile institution', path: 'buscar/?q=hostil' },
  ];
  const embeds = join(SITE, 'embed', 'instituciones', institutionId);
  if (existsSync(embeds)) {
    for (const chart of readdirSync(embeds).sort()) list.push({ name: `hostile embed ${chart}`, path: `embed/instituciones/${institutionId}/${chart}/` });
  }
  return list;
}

interface DomReport { handlers: string[]; scripts: string[]; jsUrls: string[]; badLinks: string[]; images: string[]; snippets: string[] }

/** Everything in the live DOM that would mean report text became markup. */
async function inspect(page: Page, hosts: string[]): Promise<DomReport> {
  return page.evaluate((reportHosts) => {
    const out: DomReport = { handlers: [], scripts: [], jsUrls: [], badLinks: [], images: [], snippets: [] };
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${el.outerHTML.slice(0, 100)}`;
    const scan = (root: Document | Element, into: string[], where: string) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) {
          if (/^on/i.test(a.name)) into.push(`${where}${describe(el)} has ${a.name}`);
          if (/^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction|xlink:href|data|poster|srcdoc)$/i.test(a.name)) into.push(`${where}${describe(el)} ${a.name}=${a.value}`);
        }
      }
    };
    scan(document, out.handlers, '');
    out.jsUrls = out.handlers.filter((h) => /javascript:/i.test(h) && !/ has on/.test(h));
    out.handlers = out.handlers.filter((h) => / has on/.test(h));
    for (const s of Array.from(document.scripts)) {
      if (/alert\(/.test(s.text) || /(^|\/)x$/.test(s.getAttribute('src') ?? '')) out.scripts.push(describe(s));
    }
    for (const img of Array.from(document.images)) if (/(^|\/)x$/.test(img.getAttribute('src') ?? '')) out.images.push(describe(img));
    for (const a of Array.from(document.querySelectorAll('a[href]'))) {
      const u = new URL((a as HTMLAnchorElement).href, location.href);
      if (u.origin === location.origin) continue;
      if (!/^https?:$/.test(u.protocol)) out.badLinks.push(`${describe(a)}: protocol ${u.protocol}`);
      else if (reportHosts.includes(u.hostname.toLowerCase())) {
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('nofollow') || !rel.includes('noopener')) out.badLinks.push(`${describe(a)}: report link without rel="nofollow noopener"`);
      }
    }
    // Copy-paste embed codes must stay inert where a newsroom pastes them.
    for (const el of Array.from(document.querySelectorAll('textarea, code, pre, input'))) {
      const code = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.textContent ?? '';
      if (!/<iframe|<script/i.test(code)) continue;
      const doc = new DOMParser().parseFromString(code, 'text/html');
      const found: string[] = [];
      scan(doc, found, 'embed code: ');
      for (const s of Array.from(doc.querySelectorAll('script'))) if (!s.src) found.push(`embed code: inline script ${s.outerHTML.slice(0, 80)}`);
      out.snippets.push(...found);
    }
    return out;
  }, hosts);
}

describe('a hostile report builds into an inert site', () => {
  it('the hostile report is read as its own institution, with its figures', () => {
    expect(institutionId, 'the hostile report has an institution').toMatch(/^ministerio-hostil/);
    const summaries = JSON.parse(readFileSync(join(DATA, 'budget_summaries.json'), 'utf8')) as { report_id: string; planned: number; pct_reported: number }[];
    const s = summaries.find((x) => x.report_id === REPORT_ID);
    expect(s?.planned).toBe(78537516.23);
    expect(s?.pct_reported).toBe(40.39);
  });

  it('no built page holds the payloads as markup (only escaped text)', () => {
    const problems: string[] = [];
    const raw = [PAYLOADS.script, PAYLOADS.img, PAYLOADS.svg, PAYLOADS.jsLink, 'href="javascript:', "href='javascript:", 'src="javascript:'];
    for (const rel of htmlPages(SITE)) {
      const html = readPage(rel, SITE);
      for (const p of raw) if (html.includes(p)) problems.push(`${rel}: raw ${JSON.stringify(p)} in the HTML`);
      // The quote payload is harmless in text (a bare " is valid there) but must never open an attribute.
      problems.push(...markupProblems(html).map((p) => `${rel}: ${p}`));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it.each(['bypass', 'strict'] as const)('every page type in Chromium (CSP %s): no dialog, no handler, no script, no javascript: URL', async (mode) => {
    const problems: string[] = [];
    const hosts = [...reportHosts];
    for (const p of pages()) {
      const page = await (mode === 'bypass' ? bypass : strict).newPage();
      const dialogs: string[] = [];
      const csp: string[] = [];
      page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
      page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) csp.push(m.text()); });
      const res = await page.goto(server.url + p.path);
      if (res?.status() !== 200) problems.push(`${p.name}: HTTP ${res?.status()}`);
      if (p.path.startsWith('buscar/')) await page.locator(`main a[href*="${institutionId}"]:visible`).first().waitFor({ timeout: 15_000 }).catch(() => problems.push(`${p.name}: no result for the hostile institution`));
      // Hover the elements that show the onmouseover payload (the DOM check below is the proof;
      // this would make a handler that slipped through fire its dialog).
      if (mode === 'bypass') {
        const carriers = page.locator('h1, main th, main td, main li, main p, main figure').filter({ hasText: 'onmouseover' });
        const n = Math.min(await carriers.count(), 8);
        for (let i = 0; i < n; i++) await carriers.nth(i).hover({ timeout: 1000, force: true }).catch(() => undefined);
      }
      const r = await inspect(page, hosts);
      for (const [k, list] of Object.entries(r)) for (const item of list as string[]) problems.push(`${p.name}: ${k}: ${item}`);
      for (const d of dialogs) problems.push(`${p.name}: a dialog fired (${d})`);
      for (const c of csp) problems.push(`${p.name}: CSP report: ${c.slice(0, 200)}`);
      await page.close();
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the hostile profile shows the text inert and the report\'s figures', async () => {
    const page = await bypass.newPage();
    await page.goto(`${server.url}instituciones/${institutionId}/`);
    const main = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
    // Names keep their text: tags are stripped at ingest, the quote payload stays visible as text.
    expect(await page.locator('h1').innerText()).toContain(`MINISTERIO HOSTIL ${PAYLOADS.attr}`);
    expect(main).toContain(`Bienes y servicios de consumo ${PAYLOADS.attr}`);
    expect(main).toContain('Egresos en personal');
    expect(main).not.toMatch(/<(script|img|svg)\b/i);
    for (const figure of ['$78.537.516,23', '40,39 %', '112,37 %', '$15.666.193,21', '$836.038,94']) expect(main, `hostile profile shows ${figure}`).toContain(figure);
    expect(await page.title()).toContain('MINISTERIO HOSTIL');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description ?? '').not.toMatch(/<script/i);
    // Chart labels stay text (aria-label and <text>), never attributes of their own.
    expect(await page.locator('svg [onmouseover], svg[onload]').count()).toBe(0);
    await page.close();
  });

  it('the report source view shows the original payloads as literal text', async () => {
    const page = await bypass.newPage();
    await page.goto(`${server.url}informes/${REPORT_ID}/`);
    const main = await page.locator('main').innerText();
    for (const p of [PAYLOADS.script, PAYLOADS.img, PAYLOADS.svg, PAYLOADS.js, PAYLOADS.jsLink]) expect(main, `source view shows ${p}`).toContain(p);
    expect(main).toContain('$78.537.516,23');
    expect(await page.locator('main a[href^="javascript:" i]').count()).toBe(0);
    await page.close();
  });
});
