/** Text helpers shared by the parsers: normalization, HTML stripping, slugs, dates. */

/** Lowercase, accents removed, whitespace folded: for matching, never for display. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A stable slug: "Ministerio del Interior" → "ministerio-del-interior". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Report text is untrusted and often carries HTML fragments (`<p>`, `<ul style=...>`,
 * `<b>`). This returns plain text: tags removed (block tags become spaces), entities
 * decoded, bullets and whitespace folded. The site still renders it as text.
 */
export function stripHtml(text: string): string {
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\*\*/g, '')
    .replace(/\\([$*_#])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cleans a table cell for display: HTML stripped, whitespace folded. */
export function cleanCell(text: string | undefined): string {
  return stripHtml(text ?? '');
}

/** Splits a tab-separated line into trimmed cells. */
export function cells(line: string): string[] {
  return line.split('\t').map((c) => c.trim());
}

const MONTHS: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

/** "Febrero 2020" / "febrero de 2020" → "2020-02"; null when it is not a month and year. */
export function parseMonthYear(text: string): string | null {
  const m = /([a-záéíóú]+)\s+(?:de(?:l)?\s+)?(\d{4})/i.exec(fold(stripHtml(text)));
  if (!m) return null;
  const month = MONTHS[m[1]!];
  if (!month) return null;
  return `${m[2]}-${String(month).padStart(2, '0')}`;
}

/** "14/03/2024" → "2024-03-14"; null when it is not a valid dd/mm/yyyy date. */
export function parseDmy(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
