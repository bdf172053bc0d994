/**
 * A page whose model throws never stops the build (src/site/page-guard.ts): the profile of an
 * institution with a corrupted record becomes a page with a notice naming the page and the
 * error, the build log gets one line, and every other page is built as before.
 */
import { describe, expect, it } from 'vitest';
import { DATASETS, type Datasets } from '../../src/schema/datasets.ts';
import { contextOf } from '../../src/site/context.ts';
import { profileFigures } from '../../src/site/figures.ts';
import { guarded, pageFailure, pageFailures } from '../../src/site/page-guard.ts';
import { institutionProfile, ProfileNotFound } from '../../src/site/profile.ts';
import { profileView } from '../../src/site/profile-view.ts';
import { fixture, MDI } from './helpers.ts';

const SITE = 'https://example.org';

/**
 * The fixture with one of the Ministerio's flags corrupted: its field is "constructor". The
 * record is valid for the flags schema (field is any string), and the profile's flag index,
 * an object keyed by field, throws on it.
 */
function corrupted(log: string[]): { ds: Datasets; flag: Datasets['flags'][number] } {
  const base = fixture();
  const at = base.flags.findIndex((f) => f.institution_id === MDI && f.field !== null);
  const flag = { ...base.flags[at]!, field: 'constructor' };
  const ds: Datasets = { ...base, flags: base.flags.map((f, i) => (i === at ? flag : f)) };
  contextOf(ds).log = (line) => log.push(line);
  return { ds, flag };
}

describe('a profile whose records make it throw', () => {
  it('is built from the corrupted record: a notice naming the page and the error, one build-log line', () => {
    const log: string[] = [];
    const { ds, flag } = corrupted(log);
    expect(DATASETS.flags.safeParse(flag).success).toBe(true);
    const v = profileView(ds, MDI, SITE);
    expect(v.failure).not.toBeNull();
    expect(v.failure!.page).toBe('/instituciones/ministerio-del-interior/');
    expect(v.failure!.error).toMatch(/^TypeError: /);
    expect(v.failure!.message).toBe(`página publicada sin sus datos por un error al construirla: /instituciones/ministerio-del-interior/ (${v.failure!.error})`);
    expect(log).toEqual([`Cuentas Abiertas: ${v.failure!.message}`]);
    // Who the institution is stays; no figure of the failed records is shown.
    expect(v.profile.institution.name).toBe('Ministerio del Interior');
    expect([v.budget.length, v.goals.length, v.procurement.length, v.headline.length, v.all.length]).toEqual([0, 0, 0, 0, 0]);
    expect(v.profile.summary).toBe(
      `No se pudieron mostrar los datos del Ministerio del Interior: un error al construir esta página (${v.failure!.error}). El resto del sitio no se ve afectado.`,
    );
    expect(pageFailures(ds)).toEqual([v.failure]);
  });

  it('its embeds, CSVs and card ask for the same profile: no figures, no second log line; other profiles are whole', () => {
    const log: string[] = [];
    const { ds } = corrupted(log);
    const good = fixture();
    profileView(ds, MDI, SITE);
    expect(profileFigures(institutionProfile(ds, MDI), ds.reports)).toEqual([]);
    expect(log).toHaveLength(1);
    for (const inst of ds.institutions.filter((i) => i.id !== MDI)) {
      const v = profileView(ds, inst.id, SITE);
      expect(v.failure, inst.id).toBeNull();
      const w = profileView(good, inst.id, SITE);
      expect([v.budget.length, v.goals.length, v.procurement.length, v.all.length, v.profile.summary], inst.id)
        .toEqual([w.budget.length, w.goals.length, w.procurement.length, w.all.length, w.profile.summary]);
    }
    expect(log).toHaveLength(1);
  });

  it('the same profile without the corruption has no failure and its figures', () => {
    const v = profileView(fixture(), MDI, SITE);
    expect(v.failure).toBeNull();
    expect(v.budget.length).toBeGreaterThan(0);
    expect(v.headline.length).toBeGreaterThan(0);
  });

  it('an unknown institution is still an error (a wrong link, not a bad record)', () => {
    expect(() => profileView(fixture(), 'no-existe', SITE)).toThrow(ProfileNotFound);
  });
});

describe('guarded', () => {
  it('returns the model, or the fallback built from the failure, logging each page once', () => {
    const ds = { ...fixture() };
    const log: string[] = [];
    contextOf(ds).log = (line) => log.push(line);
    expect(guarded(ds, '/a/', () => 1, () => 2)).toBe(1);
    const boom = () => { throw new RangeError('fuera de rango'); };
    expect(guarded(ds, '/b/', boom, (f) => f.error)).toBe('RangeError: fuera de rango');
    expect(guarded(ds, '/b/', boom, (f) => f.page)).toBe('/b/');
    expect(log).toEqual(['Cuentas Abiertas: página publicada sin sus datos por un error al construirla: /b/ (RangeError: fuera de rango)']);
    expect(pageFailure('/c/', 'texto').error).toBe('texto');
  });
});
