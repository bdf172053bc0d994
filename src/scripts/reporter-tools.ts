/**
 * Reporter tools in the browser (one small module for every figure; progressive enhancement:
 * without JavaScript the <details> still offers the permalink, the CSV link, the citation and
 * the <iframe> snippet). With it:
 * - [data-copy-link] copies the URL of the figure (current query + #figure-id);
 * - [data-download=svg|png] saves the visible chart as a standalone SVG (XML declaration,
 *   xmlns, title, takeaway, footnotes and source line around it) or as a PNG drawn from that SVG on a
 *   <canvas> (no server);
 * - [data-today] gets today's date (es-EC) and [data-cite-url] the current URL, so the
 *   citation is ready to paste; [data-copy] copies the text of its target;
 * - textarea[data-embed-src] gets the current filters in the embed URL (comparisons);
 * - [data-cite-sentence] («Citar esta cifra») gets the access date; table[data-cite-cells]
 *   rows get a «Citar cifras» button (./cite-cells.ts).
 */
import { citeCells } from './cite-cells.ts';

const NS = 'http://www.w3.org/2000/svg';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unesc = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const clean = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const visible = (el: Element) => !el.closest('[hidden]');

function figureUrl(id: string): string {
  return location.origin + location.pathname + location.search + (id ? `#${id}` : '');
}

function today(): string {
  return new Intl.DateTimeFormat('es-EC', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    ta.remove();
    return ok;
  }
}

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Greedy word wrap for `width` px at `size` px (average glyph ≈ 0.56 em). */
function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(10, Math.floor(width / (size * 0.56)));
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > max) { out.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/**
 * The chart of a figure as an SVG element: the visible inline SVG (the wide one when shown), or,
 * for a chart shown as a file (<img data-chart-svg>), its wide SVG file, fetched and parsed.
 */
export async function figureChart(fig: Element): Promise<Element | null> {
  const all = Array.from(fig.querySelectorAll('svg[role="img"]')).filter(visible);
  const inline = all.find((s) => s.closest('.svg-wide')) ?? all[0];
  if (inline) return inline;
  const src = fig.querySelector('img[data-chart-svg]')?.getAttribute('data-chart-svg');
  if (!src) return null;
  const res = await fetch(src);
  if (!res.ok) return null;
  const doc = new DOMParser().parseFromString(await res.text(), 'image/svg+xml');
  return doc.querySelector('parsererror') || doc.documentElement.localName !== 'svg' ? null : doc.documentElement;
}

/** A figure's chart (figureChart) as a standalone SVG document with the figure's title and source. */
export function standaloneSvg(fig: Element, chart: Element | null): { svg: string; width: number; height: number } | null {
  if (!chart) return null;
  const w = Number(chart.getAttribute('width')) || 680;
  const h = Number(chart.getAttribute('height')) || 400;
  const pad = 16;
  const width = w + 2 * pad;
  const inner = width - 2 * pad;
  const title = clean(fig.querySelector('figcaption h2, figcaption h3, figcaption h4, h1'));
  const takeaway = clean(Array.from(fig.querySelectorAll('.takeaway')).find(visible) ?? null);
  // The page's "Tabla de datos: la tabla siguiente" means nothing in a file: the URL leads to it.
  const source = clean(fig.querySelector('.source')).replace(/\s*·?\s*Tabla de datos:.*$/, '');
  // The chart's footnotes (how to read it, what it leaves out): visible notes of the figure outside its caption and tools.
  const notes = Array.from(fig.querySelectorAll('p.small, p.note'))
    .filter((el) => visible(el) && !el.closest('figcaption, .figure-tools, .no-js-only'))
    .map(clean).filter(Boolean);
  const text: string[] = [];
  let y = pad;
  const put = (s: string, size: number, weight: string, color: string) => {
    for (const line of wrap(s, inner, size)) {
      y += size * 1.3;
      text.push(`<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}">${esc(line)}</text>`);
    }
  };
  if (title) put(title, 18, '700', '#1a1a1a');
  if (takeaway) put(takeaway, 14, '400', '#1a1a1a');
  y += 10;
  const body = new XMLSerializer().serializeToString(chart).replace(/^<svg\b/, `<svg x="${pad}" y="${y.toFixed(1)}"`);
  y += h + 6;
  for (const note of notes) put(note, 12, '400', '#1a1a1a');
  if (source) put(source, 12, '400', '#545454');
  put(`Cuentas Abiertas · ${figureUrl(fig.id)}`, 12, '400', '#545454');
  const height = Math.ceil(y + pad);
  const svg = '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" color="#1a1a1a" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">` +
    `<rect width="${width}" height="${height}" fill="#fff"/>${text.join('')}${body}</svg>\n`;
  return { svg, width, height };
}

function png(doc: { svg: string; width: number; height: number }, name: string, done: (ok: boolean) => void): void {
  const img = new Image();
  img.onload = () => {
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = doc.width * scale;
    canvas.height = doc.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) return done(false);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((b) => { if (b) save(b, name); done(!!b); }, 'image/png');
  };
  img.onerror = () => done(false);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(doc.svg)}`;
}

function refresh(box: Element): void {
  const id = box.getAttribute('data-figure') ?? '';
  box.querySelectorAll('[data-today]').forEach((el) => { el.textContent = today(); });
  // «Citar esta cifra»: the server's sentence (no date) with this page's URL and today's date.
  box.querySelectorAll<HTMLElement>('[data-cite-sentence]').forEach((el) => {
    const base = el.dataset.base ?? (el.dataset.base = el.textContent ?? '');
    el.textContent = base.replace(/ (\S+#\S+)\.$/, (_m, u: string) => ` ${u.startsWith('http') ? u : figureUrl(id)}, consultado el ${today()}.`);
  });
  box.querySelectorAll('[data-cite-url]').forEach((el) => { el.textContent = figureUrl(id); });
  box.querySelectorAll<HTMLTextAreaElement>('.figure-tools textarea, textarea[data-embed-src]').forEach((ta) => {
    // The embed page's URL as the build wrote it in the snippet (kept before the first rewrite);
    // absolute even when the build had no SITE_URL (the snippet is pasted into other sites).
    const built = ta.dataset.embedSrc ?? (ta.dataset.embedSrc = unesc(/src="([^"]*)"/.exec(ta.value)?.[1] ?? ''));
    if (!built) return;
    const src = new URL(built, location.href).href + (ta.hasAttribute('data-embed-query') ? location.search : '');
    ta.value = ta.value.replace(/src="[^"]*"/, `src="${esc(src)}"`);
  });
}

function button(label: string, attr: string, value = ''): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'secondary';
  b.setAttribute(attr, value);
  b.textContent = label;
  return b;
}

/**
 * The buttons of a "Compartir / descargar" box (FigureTools.astro) that need this script, and its
 * status line: added here, so that the page does not carry them hidden in every box.
 */
function addFigureButtons(box: Element): void {
  if (!box.classList.contains('figure-tools') || box.querySelector('[data-status]')) return;
  box.querySelector('[data-link-row]')?.prepend(button('Copiar enlace', 'data-copy-link'));
  box.querySelector('[data-download-row]')?.append(button('SVG', 'data-download', 'svg'), ' ', button('PNG', 'data-download', 'png'));
  box.querySelector('[data-copy-block="cita"]')?.append(button('Copiar cita', 'data-copy', '.cite-text'));
  box.querySelector('[data-copy-block="codigo"]')?.append(button('Copiar código', 'data-copy', 'textarea'));
  const status = document.createElement('p');
  status.className = 'tools-status small';
  status.setAttribute('role', 'status');
  status.setAttribute('data-status', '');
  (box.querySelector('.tools-body') ?? box).append(status);
}

function init(box: Element): void {
  addFigureButtons(box);
  const status = box.querySelector('[data-status]');
  const say = (msg: string) => {
    if (!status) return;
    status.textContent = msg;
    setTimeout(() => { if (status.textContent === msg) status.textContent = ''; }, 4000);
  };
  box.querySelectorAll<HTMLElement>('[data-js]').forEach((el) => { el.hidden = false; });
  box.querySelectorAll<HTMLElement>('[data-nojs]').forEach((el) => { el.hidden = true; });
  refresh(box);
  box.addEventListener('toggle', () => refresh(box));
  const fig = box.closest('figure') ?? box;
  const name = box.getAttribute('data-name') || 'grafico';
  box.addEventListener('click', (e) => {
    const btn = (e.target as Element).closest('button');
    if (!btn || !box.contains(btn)) return;
    refresh(box);
    if (btn.hasAttribute('data-copy-link')) {
      void copy(figureUrl(box.getAttribute('data-figure') ?? '')).then((ok) => say(ok ? 'Enlace copiado.' : 'No se pudo copiar: copie la dirección de la barra del navegador.'));
    } else if (btn.hasAttribute('data-copy')) {
      const target = box.querySelector(btn.getAttribute('data-copy') ?? '');
      const text = target instanceof HTMLTextAreaElement ? target.value : clean(target);
      void copy(text).then((ok) => say(ok ? 'Copiado.' : 'No se pudo copiar: seleccione el texto y cópielo.'));
    } else if (btn.hasAttribute('data-download')) {
      const kind = btn.getAttribute('data-download');
      void figureChart(fig).catch(() => null).then((chart) => {
        const doc = standaloneSvg(fig, chart);
        if (!doc) say('No se pudo leer el gráfico.');
        else if (kind === 'svg') save(new Blob([doc.svg], { type: 'image/svg+xml' }), `${name}.svg`);
        else if (kind === 'png') png(doc, `${name}.png`, (ok) => { if (!ok) say('No se pudo generar el PNG; descargue el SVG.'); });
      });
    }
  });
}

document.querySelectorAll('[data-reporter-tools]').forEach(init);
document.querySelectorAll<HTMLTableElement>('table[data-cite-cells]').forEach((t) => citeCells(t, copy));
