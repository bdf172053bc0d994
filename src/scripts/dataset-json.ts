/**
 * /datos/: the «JSON» button of a dataset published only as CSV fetches the CSV and saves the
 * JSON derived from it (lib/csv-json.ts: the same bytes the build would have written), named
 * NAME.json. The button carries the CSV's URL (data-csv) and the column types (data-columns).
 */
import { jsonFromCsv, type DatasetColumn } from '../lib/csv-json.ts';

for (const btn of document.querySelectorAll<HTMLButtonElement>('button[data-json]')) {
  btn.addEventListener('click', async () => {
    // Busy without changing the label: a wider «Preparando…» moved the rows below while the
    // reader (or a test) was about to click the next button.
    btn.disabled = true;
    btn.setAttribute('aria-busy', 'true');
    try {
      const res = await fetch(btn.dataset.csv!);
      if (!res.ok) throw new Error(`${res.status}`);
      const json = jsonFromCsv(await res.text(), JSON.parse(btn.dataset.columns!) as DatasetColumn[]);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      a.download = `${btn.dataset.json}.json`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (e) {
      btn.textContent = `No se pudo generar el JSON (${(e as Error).message}); descargue el CSV`;
    } finally {
      btn.disabled = false;
      btn.removeAttribute('aria-busy');
    }
  });
}
