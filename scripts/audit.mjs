#!/usr/bin/env node
/**
 * Lighthouse audit of the built site (npm run audit), with Debian's Chromium; no browser is
 * ever downloaded.
 *
 *   node scripts/audit.mjs [--dir DIR] [--base /sub/path/] [--out FILE] [--runs N] [--strict] [PAGE...]
 *
 * Serves DIR (default $SITE_DIR, else $OUT_DIR, else dist/) on 127.0.0.1 under its base path (--base, $BASE_PATH,
 * or read from the built home page's favicon link), runs Lighthouse with its default mobile
 * profile (emulated phone, simulated slow 4G and 4× CPU slowdown) on the home page, the
 * Ministerio del Interior profile and the budget comparison (or the PAGEs given, paths under
 * the base), prints the four category scores per page with the audits that cost points, and
 * writes them to FILE (default .tmp-lighthouse.json, git-ignored like the other .tmp-* outputs). With --runs N each
 * page is audited N times and the run with the median performance score is kept (performance
 * on a busy machine varies by tens of points between runs).
 * Targets: performance ≥ 95, accessibility, best practices and SEO 100; --strict exits 1 when a
 * page misses one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { siteDir } from './site-dir.mjs';
import { serveStatic } from './static-server.mjs';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const DEFAULT_PAGES = ['', 'instituciones/ministerio-del-interior/', 'comparar/presupuesto/'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
// The same switches as the browser tests (test/support/browser.ts), headless.
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

function parseArgs(argv) {
  const args = { dir: siteDir(), base: process.env.BASE_PATH || null, out: '.tmp-lighthouse.json', strict: false, runs: 1, pages: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`falta el valor de ${a}`);
      return v;
    };
    if (a === '--dir') args.dir = value();
    else if (a === '--base') args.base = value();
    else if (a === '--out') args.out = value();
    else if (a === '--strict') args.strict = true;
    else if (a === '--runs') args.runs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (a.startsWith('--')) throw new Error(`opción desconocida: ${a}`);
    else args.pages.push(a.replace(/^\//, ''));
  }
  if (!args.pages.length) args.pages = DEFAULT_PAGES;
  return args;
}

function normalizeBase(value) {
  const raw = (value ?? '/').trim() || '/';
  const lead = raw.startsWith('/') ? raw : `/${raw}`;
  return lead.endsWith('/') ? lead : `${lead}/`;
}

/** The base path the site was built with, from the favicon link of its home page. */
function detectBase(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const m = /<link[^>]+rel="icon"[^>]+href="([^"]*)favicon\.svg"/.exec(html) ?? /<link[^>]+href="([^"]*)favicon\.svg"[^>]+rel="icon"/.exec(html);
  return normalizeBase(m ? m[1] : '/');
}

/** One Lighthouse run: the four category scores, the main metrics and the audits that cost points. */
async function auditOnce(port, url) {
  const runner = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) });
  const lhr = runner.lhr;
  if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const scores = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)]));
  const issues = {};
  for (const k of Object.keys(TARGETS)) {
    issues[k] = lhr.categories[k].auditRefs
      .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
      .map((r) => ({ id: r.id, title: lhr.audits[r.id].title, score: lhr.audits[r.id].score, value: lhr.audits[r.id].displayValue ?? null }));
  }
  const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
    .map((id) => [id, lhr.audits[id]?.numericValue ?? null]));
  return { scores, metrics, issues };
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`audit: ${e.message}\nuso: node scripts/audit.mjs [--dir DIR] [--base /ruta/] [--out ARCHIVO] [--runs N] [--strict] [PÁGINA...]`);
    return 2;
  }
  const root = resolve(args.dir);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`audit: no hay un sitio construido en ${root}: ejecute antes \`npm run build\` (o indique --dir).`);
    return 2;
  }
  const base = args.base ? normalizeBase(args.base) : detectBase(root);
  const server = await serveStatic(root, base);
  const origin = `http://127.0.0.1:${server.port}`;
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  const results = [];
  try {
    for (const page of args.pages) {
      const url = `${origin}${base}${page}`;
      const runs = [];
      for (let i = 0; i < args.runs; i++) runs.push(await auditOnce(chrome.port, url));
      const ok = runs.filter((r) => !r.error);
      if (!ok.length) {
        console.log(`${base}${page}  ERROR: ${runs[0].error}`);
        results.push({ page: `${base}${page}`, error: runs[0].error, scores: Object.fromEntries(Object.keys(TARGETS).map((k) => [k, 0])) });
        continue;
      }
      // Lighthouse's advice for noisy machines: keep the run with the median performance score.
      const median = [...ok].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor((ok.length - 1) / 2)];
      const { scores, issues } = median;
      results.push({ page: `${base}${page}`, ...median, ...(args.runs > 1 ? { performanceRuns: runs.map((r) => r.scores?.performance ?? null) } : {}) });
      const misses = Object.entries(TARGETS).filter(([k, t]) => scores[k] < t).map(([k]) => k);
      const spread = args.runs > 1 ? ` (rendimiento en ${args.runs} pasadas: ${runs.map((r) => r.scores?.performance ?? 'error').join(', ')})` : '';
      console.log(`${base}${page}  rendimiento ${scores.performance} · accesibilidad ${scores.accessibility} · buenas prácticas ${scores['best-practices']} · SEO ${scores.seo}${misses.length ? `  (bajo el objetivo: ${misses.join(', ')})` : ''}${spread}`);
      for (const k of Object.keys(TARGETS)) for (const i of issues[k]) console.log(`    ${k}: ${i.id} — ${i.title}${i.value ? ` (${i.value})` : ''}`);
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  const version = JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;
  const report = { lighthouse: version, profile: 'mobile (predeterminado de Lighthouse)', runs: args.runs, targets: TARGETS, pages: results };
  writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`audit: puntajes en ${args.out}`);
  const failed = results.some((r) => Object.entries(TARGETS).some(([k, t]) => r.scores[k] < t));
  return args.strict && failed ? 1 : 0;
}

process.exitCode = await main();
