/**
 * The build context: the only state src/site keeps. Every value the site computes once and
 * shares between the pages of a build lives here, with its lifetime stated; no other module of
 * src/site, src/components or src/pages keeps a module-level cache.
 *
 * A build reads one datasets folder. `loadedDatasets(dir)` keeps one validated Datasets object
 * per folder, and that object is the build's identity: `contextOf(ds)` is the BuildContext
 * created for it on first use (indexes, comparisons, profiles, hand-offs), kept in a WeakMap so
 * it goes with the object. Tests that load another folder, or build Datasets objects of their own,
 * get a fresh context and never see another build's values.
 *
 * Two smaller memos follow the same rule: `listMemo` (a value per immutable list, such as the
 * position of each flag in a report's flag list, gone with the list) and `reportAvailability`
 * (whether a report file exists, per reports folder and datasets folder).
 *
 * The context also carries the build's one effect on the outside, `log` (a line of the build log,
 * console.warn unless a test sets its own), the pages that failed (./page-guard.ts), and `fault`,
 * the one way a test makes a page's model throw (./page-guard.ts calls it before each model).
 */
import type { Datasets } from '../schema/datasets.ts';

/** A page whose model threw: it is published with a notice instead of stopping the build. */
export interface PageFailure {
  /** The page's path ("/instituciones/ministerio-del-interior/"). */
  page: string;
  /** The error, as "Tipo: mensaje". */
  error: string;
  /** The notice in the project's form: "problema: valor (lugar)". */
  message: string;
}

export interface BuildContext {
  readonly ds: Datasets;
  /** Values computed once per build by name (memo() in lookup.ts: indexes, comparisons, profiles). */
  readonly memos: Map<string, unknown>;
  /** Values one page computes and a known number of later pages take (handOffOf() in lookup.ts). */
  readonly handOffs: Map<string, { value: unknown; left: number }>;
  /** Pages of this build whose model threw, in the order they failed (one entry per page). */
  readonly failures: PageFailure[];
  /** Writes one line to the build log. */
  log: (line: string) => void;
  /**
   * Called with each guarded page's path before its model is built; throws to make that page
   * fail. A no-op unless a test sets it (faultOfPage, or PAGE_FAULT for a real build: data.ts).
   */
  fault: (page: string) => void;
}

const contexts = new WeakMap<Datasets, BuildContext>();

/** The build context of `ds`, created on first use and kept for the life of the object. */
export function contextOf(ds: Datasets): BuildContext {
  let c = contexts.get(ds);
  if (!c) {
    c = { ds, memos: new Map(), handOffs: new Map(), failures: [], log: (line) => console.warn(line), fault: () => {} };
    contexts.set(ds, c);
  }
  return c;
}

/** A fault that throws for `page` only: the page-guard tests' failing page. */
export function faultOfPage(page: string): (p: string) => void {
  return (p) => {
    if (p === page) throw new Error(`fallo provocado por una prueba: ${p} (PAGE_FAULT)`);
  };
}

const loaded = new Map<string, Datasets>();

/** The Datasets object of a folder (absolute path), read by `load` once per process. */
export function loadedDatasets(dir: string, load: () => Datasets): Datasets {
  let ds = loaded.get(dir);
  if (!ds) {
    ds = load();
    loaded.set(dir, ds);
  }
  return ds;
}

const listMemos = new WeakMap<object, Map<string, unknown>>();

/** A value computed once per immutable list and key, dropped with the list. */
export function listMemo<T>(list: readonly unknown[], key: string, compute: () => T): T {
  let m = listMemos.get(list);
  if (!m) {
    m = new Map();
    listMemos.set(list, m);
  }
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}

const availability = new Map<string, Map<string, number | null>>();

/** Whether each report file is available, per reports folder and datasets folder (both absolute). */
export function reportAvailability(reportsDir: string, dataDir: string): Map<string, number | null> {
  const key = `${reportsDir}\0${dataDir}`;
  let m = availability.get(key);
  if (!m) {
    m = new Map();
    availability.set(key, m);
  }
  return m;
}
