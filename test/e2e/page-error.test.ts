/**
 * A page that throws never stops the build (src/site/page-guard.ts), checked on a real build:
 * the datasets of the e2e build with one of the Ministerio del Interior's flags corrupted (its
 * field is "constructor": valid for the schema, and the profile's flag index throws on it) build
 * the whole site with `astro build`. The Ministerio's profile exists and says in Spanish that it
 * could not be built and why; the build log has one line naming the page; every other page of
 * the e2e build is there, and only the Ministerio's three chart embeds are gone (its failed
 * profile has no figures).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flag } from '../../src/schema/datasets.ts';
import { dataDir } from '../../src/site/data.ts';
import { E2E_BASE, E2E_DIST, htmlPages } from '../support/site.ts';

// Inside the project (git-ignored .tmp-*), so Astro's build cache stays with this build.
const tmp = mkdtempSync(join(process.cwd(), '.tmp-page-error-'));
const DATA = join(tmp, 'data');
const SITE = join(tmp, 'site');
const MDI = 'ministerio-del-interior';
const PAGE = `${E2E_BASE}instituciones/${MDI}/`;
let log = '';
let status: number | null = null;

beforeAll(() => {
  cpSync(dataDir(), DATA, { recursive: true });
  const file = join(DATA, 'flags.json');
  const flags = JSON.parse(readFileSync(file, 'utf8')) as Flag[];
  const at = flags.findIndex((f) => f.institution_id === MDI && f.field !== null);
  flags[at] = { ...flags[at]!, field: 'constructor' };
  writeFileSync(file, JSON.stringify(flags));
  const r = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BASE_PATH: E2E_BASE, SITE_URL: 'https://example.org', DATA_DIR: DATA, OUT_DIR: SITE },
  });
  status = r.status;
  log = `${r.stdout}\n${r.stderr}`;
}, 600_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a profile whose records make it throw, in a real build', () => {
  it('the build finishes and its log names the page and the error once', () => {
    expect(status, log.split('\n').slice(-30).join('\n')).toBe(0);
    const lines = log.split('\n').filter((l) => l.includes('Cuentas Abiertas: página publicada sin sus datos'));
    expect(lines).toEqual([`Cuentas Abiertas: página publicada sin sus datos por un error al construirla: ${PAGE} (TypeError: byField[k].push is not a function)`]);
  });

  it('the profile exists with the Spanish notice and the error, without its sections', () => {
    const html = readFileSync(join(SITE, 'instituciones', MDI, 'index.html'), 'utf8');
    expect(html).toContain('No se pudo construir esta página');
    expect(html).toContain('TypeError: byField[k].push is not a function');
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
