/**
 * The two-year fixture set (test/fixtures/trends/README.md: every expected figure with its file
 * and line), ingested once per test file.
 */
import { ingest } from '../../src/ingest/build.ts';
import type { Datasets } from '../../src/schema/datasets.ts';

export const TRENDS_REPORTS = 'test/fixtures/trends/reports';
export const TRENDS_INSTITUTIONS = 'test/fixtures/trends/institutions.csv';
/** SERCOP processes of the same institutions in 2022 and 2023 (hand-written; README.md there). */
export const TRENDS_CONTRACTS = 'test/fixtures/trends/contracts';
/** In 2022 and 2023. */
export const LVT = 'gobierno-autonomo-descentralizado-parroquial-rural-de-luis-vargas-torres';
export const LVT_2022 = '2022-gobierno-autonomo-descentralizado-parroquial-rural-de-luis-vargas-torres-cpccs-rendicion.txt';
export const LVT_2023 = '2023-gobierno-autonomo-descentralizado-parroquial-rural-de-luis-vargas-torres-cpccs-rendicion.txt';
/** In 2022 and 2023, no goals in 2023. */
export const SPPAT = 'servicio-publico-para-pago-de-accidentes-de-transito';
/** In 2022 only. */
export const MONTECRISTI = 'gobierno-autonomo-descentralizado-municipal-del-canton-montecristi';

export function trendsDatasets(): Datasets {
  return ingest({ reportsDir: TRENDS_REPORTS, institutionsFile: TRENDS_INSTITUTIONS }).datasets;
}
