/**
 * «Citar esta cifra» for the cells of a comparison table (table[data-cite-cells]), in the
 * browser: each row gets a «Citar cifras» button (rows loaded later too) that opens a <dialog>
 * with one citation sentence per figure of the row (src/site/cite-figure.ts), each with its copy
 * button. The URL highlights the row (?resaltar=<institution>#<table id>). Without JavaScript the
 * row's «Fuente» cell links to the report line and the chart's «Citar» gives the page citation.
 */
import { citeWhereOfRef, figureCitationText } from '../site/cite-figure.ts';

/** Columns the site computes from the report's figures (not printed in the report). */
const COMPUTED = new Set(['pct_calculado', 'promedio', 'promedio_tope', 'en_cero', 'sobre_100', 'metas', 'pct_finalizado', 'pct_principal', 'diferencia', 'no_cuadran', 'procesos', 'monto', 'sin_monto']);

/**
 * Comparisons whose row figures are not all printed on the row's source line (its first goal,
 * procurement row or SERCOP process): the citation says where that table starts, and
 * NO_LINE names the figures whose line the row does not carry (the goals total the report states:
 * its line is reports.goals_pct_reported_line, which the profile cites, but not in comparison rows yet).
 */
const TABLE_SCOPE: Record<string, string> = { 'tabla-metas': 'tabla de metas', 'tabla-contratacion': 'tabla de contratación', 'tabla-contratacion-sercop': 'procesos' };
const NO_LINE: Record<string, ReadonlySet<string>> = { 'tabla-metas': new Set(['pct_declarado']) };

/** The place of one figure in its report, from the row's «Fuente». */
export function whereOf(tableId: string, key: string, ref: string): string {
  const where = citeWhereOfRef(ref);
  if (NO_LINE[tableId]?.has(key)) return where.replace(/, líneas? [\d–]+$/, '');
  const scope = TABLE_SCOPE[tableId];
  return scope ? where.replace(/, línea (\d+)$/, `, ${scope} desde la línea $1`) : where;
}

/** The row's year: its data-year, or the «Año» cell (rows loaded on demand carry no data-year). */
function yearOf(table: HTMLTableElement, tr: HTMLTableRowElement): string {
  const j = Array.from(table.tHead?.rows[0]?.cells ?? []).findIndex((h) => h.getAttribute('data-key') === 'anio');
  return tr.getAttribute('data-year') || (j >= 0 ? tr.cells[j]?.getAttribute('data-value') ?? '' : '');
}
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const today = () => new Intl.DateTimeFormat('es-EC', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, content?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (content !== undefined) e.textContent = content;
  return e;
}

/** The sentences of a row: one per figure (numeric cell with a value). */
function rowCitations(table: HTMLTableElement, tr: HTMLTableRowElement): { what: string; sentence: string }[] {
  const heads = Array.from(table.tHead?.rows[0]?.cells ?? []);
  const name = text(tr.cells[0]?.querySelector('a') ?? null);
  const year = yearOf(table, tr);
  const srcCell = Array.from(tr.cells).find((c) => c.classList.contains('src-cell'));
  const ref = text(srcCell?.querySelector('cite') ?? null);
  // The public address (canonical link, from SITE_URL) when the build has one, else this one.
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = `${canonical ?? location.origin + location.pathname}?resaltar=${encodeURIComponent(tr.getAttribute('data-institution') ?? '')}#${table.id}`;
  const out: { what: string; sentence: string }[] = [];
  Array.from(tr.cells).forEach((cell, j) => {
    if (!cell.classList.contains('num') || !cell.getAttribute('data-value')) return;
    const head = heads[j];
    const label = head?.getAttribute('data-label') ?? '';
    const what = (label.charAt(0).toLowerCase() + label.slice(1)).replace(/\s*\(USD\)$/, '').replace(/\(([^)]*), USD\)$/, '($1)');
    const copy = cell.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.flag-mark, .visually-hidden').forEach((x) => x.remove());
    const value = text(copy);
    const key = head?.getAttribute('data-key') ?? '';
    const where = whereOf(table.id, key, ref);
    out.push({ what: label, sentence: figureCitationText({ institution: name, what, year, value, where, computed: COMPUTED.has(key), url }, today()) });
  });
  return out;
}

export function citeCells(table: HTMLTableElement, copy: (s: string) => Promise<boolean>): void {
  const dialog = el('dialog', { class: 'cite-dialog', 'aria-labelledby': `${table.id}-citar-titulo` });
  const title = el('h2', { id: `${table.id}-citar-titulo` });
  const list = el('div');
  const status = el('p', { class: 'tools-status small', role: 'status' });
  const close = el('button', { type: 'button', class: 'secondary' }, 'Cerrar');
  close.addEventListener('click', () => dialog.close());
  // «Cerrar» first: on a phone the list of sentences is longer than the screen.
  const head = el('div', { class: 'cite-dialog-head' });
  head.append(title, close);
  dialog.append(head, list, status);
  table.after(dialog);

  function open(tr: HTMLTableRowElement): void {
    title.textContent = `Citar cifras: ${text(tr.cells[0]?.querySelector('a') ?? null)} (${yearOf(table, tr)})`;
    list.textContent = '';
    rowCitations(table, tr).forEach((c, i) => {
      const id = `${table.id}-cita-${i}`;
      const block = el('div', { class: 'tools-block' });
      block.append(el('p', { class: 'tools-label' }, c.what), el('p', { class: 'cite-text', id }, c.sentence));
      const b = el('button', { type: 'button', class: 'secondary' }, 'Copiar cita');
      b.append(el('span', { class: 'visually-hidden' }, `: ${c.what}`));
      b.addEventListener('click', () => { void copy(c.sentence).then((ok) => { status.textContent = ok ? 'Cita copiada.' : 'No se pudo copiar: seleccione el texto y cópielo.'; }); });
      block.append(b);
      list.append(block);
    });
    status.textContent = '';
    dialog.showModal();
  }

  const decorate = () => {
    Array.from(table.tBodies[0]?.rows ?? []).forEach((tr) => {
      const th = tr.cells[0];
      if (!th || th.querySelector('[data-cite-row]')) return;
      const b = el('button', { type: 'button', class: 'link cite-row', 'data-cite-row': '' }, 'Citar cifras');
      b.append(el('span', { class: 'visually-hidden' }, ` de ${text(th.querySelector('a'))}, ${yearOf(table, tr)}`));
      b.addEventListener('click', () => open(tr));
      th.append(' ', b);
    });
  };
  decorate();
  const body = table.tBodies[0];
  if (body) new MutationObserver(decorate).observe(body, { childList: true });
}
