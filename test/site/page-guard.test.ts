/**
 * A page whose model throws never stops the build (src/site/page-guard.ts): the profile of an
 * institution whose model throws (made to, by the build context's test fault) becomes a page with
 * a notice naming the page and the error, the build log gets one line, and every other page is
 * built as before. A flag whose field is "constructor" or "__proto__" (it used to make the
 * profile throw: flags were grouped in a plain object) is attached and shown like any other.
 */
import { describe, expect, it } from 'vitest';
import type { Datasets } from '../../src/schema/datasets.ts';
import { contextOf, faultOfPage } from '../../src/site/context.ts';
import { profileFigures } from '../../src/site/figures.ts';
import { guarded, pageFailure, pageFailures } from '../../src/site/page-guard.ts';
import { institutionProfile, ProfileNotFound } from '../../src/site/profile.ts';
import { profileView } from '../../src/site/profile-view.ts';
import { institutionUrl } from '../../src/site/paths.ts';
import { FlagIndex, fieldFlags, rowFlags } from '../../src/site/flags.ts';
import { readerSentence } from '../../src/site/flag-text.ts';
import { fixture, MDI } from './helpers.ts';

const SITE = 'https://example.org';

/**
 * The fixture whose build context makes the Ministerio's profile throw (context.fault, the one
 * way a test makes a page's model throw): every record is valid, and no record of the fixture
 * makes a view model throw.
 */
function failing(log: string[]): { ds: Datasets } {
  const ds: Datasets = { ...fixture() };
  contextOf(ds).log = (line) => log.push(line);
  contextOf(ds).fault = faultOfPage(institutionUrl(MDI));
  return { ds };
}

describe('a profile whose model throws', () => {
  it('is built with a notice instead of its sections: a notice naming the page and the error, one build-log line', () => {
    const log: string[] = [];
    const { ds } = failing(log);
    const v = profileView(ds, MDI, SITE);
    expect(v.failure).not.toBeNull();
    expect(v.failure!.page).toBe('/instituciones/ministerio-del-interior/');
    expect(v.failure!.error).toBe('Error: fallo provocado por una prueba: /instituciones/ministerio-del-interior/ (PAGE_FAULT)');
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
    const { ds } = failing(log);
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

  it('the same profile without the fault has no failure and its figures', () => {
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

describe.each(['constructor', '__proto__', 'toString'])('a flag whose field is "%s"', (field) => {
  const base = fixture();
  const at = base.flags.findIndex((f) => f.institution_id === MDI && f.field !== null && f.dataset !== null && f.source_line !== null);
  const flag = { ...base.flags[at]!, field };
  const ds: Datasets = { ...base, flags: base.flags.map((f, i) => (i === at ? flag : f)) };
  const rec = { source_file: flag.source_file, source_line: flag.source_line! };

  it('is attached to its record under that field, and shown once for the row', () => {
    const rf = new FlagIndex(ds.flags).attach(flag.dataset!, rec);
    expect(rf.all).toContain(flag);
    expect(fieldFlags(rf, field)).toEqual([flag]);
    expect(rowFlags(rf, ['planned', 'executed'])).toContain(flag);
    expect(readerSentence(flag)).not.toMatch(/undefined|function/);
  });

  it('the profile is built, with the flag among its alerts, as with the original field', () => {
    const log: string[] = [];
    contextOf(ds).log = (line) => log.push(line);
    const v = profileView(ds, MDI, SITE);
    const w = profileView(fixture(), MDI, SITE);
    expect(v.failure).toBeNull();
    expect(log).toEqual([]);
    expect(v.all).toContain(flag);
    expect(v.all.length).toBe(w.all.length);
    expect(v.alertGroups.find((g) => g.code === flag.code)!.flags).toContain(flag);
    expect([v.budget.length, v.goals.length, v.procurement.length, v.headline.length]).toEqual([w.budget.length, w.goals.length, w.procurement.length, w.headline.length]);
  });
});
