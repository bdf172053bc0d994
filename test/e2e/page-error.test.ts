/**
 * A page that throws never stops the build (src/site/page-guard.ts), checked on a real build:
 * `astro build` of the e2e datasets with PAGE_FAULT naming the Ministerio del Interior's profile
 * (its build context's test fault makes that page's model throw; no record of the data does).
 * The Ministerio's profile exists and says in Spanish that it could not be built and why; the
 * build log has one line naming the page; every other page of the e2e build is there, and only
 * the Ministerio's three chart embeds are gone (its failed profile has no figures).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../../src/site/data.ts';
import { E2E_BASE, E2E_DIST, htmlPages } from '../support/site.ts';

// Inside the project (git-ignored .tmp-*), so Astro's build cache stays with this build.
const tmp = mkdtempSync(join(process.cwd(), '.tmp-page-error-'));
const SITE = join(tmp, 'site');
const MDI = 'ministerio-del-interior';
const PAGE = `${E2E_BASE}instituciones/${MDI}/`;
const ERROR = `Error: fallo provocado por una prueba: ${PAGE} (PAGE_FAULT)`;
let log = '';
let status: number | null = null;

beforeAll(() => {
  const r = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BASE_PATH: E2E_BASE, SITE_URL: 'https://example.org', DATA_DIR: dataDir(), OUT_DIR: SITE, PAGE_FAULT: PAGE },
  });
  status = r.status;
  log = `${r.stdout}\n${r.stderr}`;
}, 600_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a profile whose model throws, in a real build', () => {
  it('the build finishes and its log names the page and the error once', () => {
    expect(status, log.split('\n').slice(-30).join('\n')).toBe(0);
    const lines = log.split('\n').filter((l) => l.includes('Cuentas Abiertas: página publicada sin sus datos'));
    expect(lines).toEqual([`Cuentas Abiertas: página publicada sin sus datos por un error al construirla: ${PAGE} (${ERROR})`]);
  });

  it('the profile exists with the Spanish notice and the error, without its sections', () => {
    const html = readFileSync(join(SITE, 'instituciones', MDI, 'index.html'), 'utf8');
    expect(html).toContain('No se pudo construir esta página');
    expect(html).toContain(ERROR);
    expect(html).toContain('<h1>Ministerio del Interior');
    expect(html).not.toContain('id="presupuesto"');
    expect(html).not.toContain('id="alertas"');
  });

  it('every other page of the e2e build is built; only the failed profile\'s chart embeds are missing', () => {
    const built = new Set(htmlPages(SITE));
    const missing = htmlPages(E2E_DIST).filter((p) => !built.has(p));
    expect(missing).toEqual(['contratacion', 'metas', 'presupuesto'].map((c) => `embed/instituciones/${MDI}/${c}/index.html`));
  });
});
