/**
 * scripts/site-size.mjs: the size of a built site per top-level folder, and the last build step
 * that refuses a GitHub Pages deployment over the limit (run as `npm run build` runs it, with a
 * tiny PAGES_LIMIT_BYTES so that a few bytes exceed it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagesLimitError, PAGES_LIMIT_BYTES, ROOT_FOLDER, siteSize } from '../../scripts/site-size.mjs';

let site = '';
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'site-size-'));
  mkdirSync(join(site, 'informes/a'), { recursive: true });
  mkdirSync(join(site, 'og/instituciones'), { recursive: true });
  writeFileSync(join(site, 'index.html'), 'x'.repeat(100));
  writeFileSync(join(site, 'favicon.svg'), 'x'.repeat(20));
  writeFileSync(join(site, 'informes/a/index.html'), 'x'.repeat(1000));
  writeFileSync(join(site, 'informes/a.txt'), 'x'.repeat(300));
  writeFileSync(join(site, 'og/instituciones/a.png'), 'x'.repeat(7));
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

const run = (env: Record<string, string>) => {
  const e: NodeJS.ProcessEnv = { ...process.env, SITE_DIR: site, ...env };
  if (!('DEPLOY_TARGET' in env)) delete e.DEPLOY_TARGET;
  return spawnSync(process.execPath, ['scripts/site-size.mjs'], { env: e, encoding: 'utf8' });
};

describe('site size', () => {
  it('adds up bytes and files per top-level folder, root files apart', () => {
    expect(siteSize(site)).toEqual({
      bytes: 1427,
      files: 5,
      folders: [
        { folder: ROOT_FOLDER, bytes: 120, files: 2 },
        { folder: 'informes', bytes: 1300, files: 2 },
        { folder: 'og', bytes: 7, files: 1 },
      ],
    });
  });

  it('refuses a GitHub Pages site over the limit, in Spanish, with the figure and the README section', () => {
    expect(PAGES_LIMIT_BYTES).toBe(1e9);
    expect(pagesLimitError({ bytes: 1e9, files: 3 })).toBeNull();
    const msg = pagesLimitError({ bytes: 1_234_567_890, files: 3 });
    expect(msg).toBe(
      'sitio demasiado grande para GitHub Pages: 1234.6 MB en 3 archivos (límite 1000.0 MB). ' +
        'Publíquelo en un almacenamiento de objetos o una CDN (README, sección «Publicar en otro alojamiento») ' +
        'y construya con DEPLOY_TARGET=cdn para omitir este control.',
    );
    expect(pagesLimitError({ bytes: 5e9, files: 3 }, { target: 'cdn' })).toBeNull();
  });

  it('the build step fails over a tiny limit and passes under it or with another target', () => {
    const over = run({ PAGES_LIMIT_BYTES: '1000' });
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('sitio demasiado grande para GitHub Pages: 0.0 MB en 5 archivos (límite 0.0 MB)');
    expect(over.stderr).toContain('«Publicar en otro alojamiento»');
    const under = run({ PAGES_LIMIT_BYTES: '1427' });
    expect(under.status).toBe(0);
    expect(under.stdout).toContain('tamaño del sitio: 0.0 MB en 5 archivos');
    const cdn = run({ PAGES_LIMIT_BYTES: '1000', DEPLOY_TARGET: 'cdn' });
    expect(cdn.status).toBe(0);
    expect(run({ PAGES_LIMIT_BYTES: 'mucho' }).status).toBe(2);
  });
});
