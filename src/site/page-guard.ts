/**
 * One page that throws never stops the build. A page's model is built through `guarded`: when
 * it throws, the failure is recorded in the build context once per page, written to the build
 * log, and the page gets a fallback model built from it, so the page still exists and tells the
 * reader in Spanish what went wrong (components/PageError.astro) while the rest of the site builds.
 */
import type { Datasets } from '../schema/datasets.ts';
import { contextOf, type PageFailure } from './context.ts';

export type { PageFailure } from './context.ts';

/** The failure of `page` from what it threw. */
export function pageFailure(page: string, thrown: unknown): PageFailure {
  const error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  return { page, error, message: `página publicada sin sus datos por un error al construirla: ${page} (${error})` };
}

/**
 * `build()`, or, when it (or the context's test fault for `page`) throws, `fallback(failure)`: the failure is recorded in the build
 * context of `ds` and logged once per page (a page asked twice logs once).
 */
export function guarded<T>(ds: Datasets, page: string, build: () => T, fallback: (failure: PageFailure) => T): T {
  try {
    contextOf(ds).fault(page);
    return build();
  } catch (thrown) {
    const ctx = contextOf(ds);
    let failure = ctx.failures.find((f) => f.page === page);
    if (!failure) {
      failure = pageFailure(page, thrown);
      ctx.failures.push(failure);
      ctx.log(`Cuentas Abiertas: ${failure.message}`);
    }
    return fallback(failure);
  }
}

/** The pages of this build that failed so far. */
export function pageFailures(ds: Datasets): readonly PageFailure[] {
  return contextOf(ds).failures;
}
