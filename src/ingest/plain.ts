/**
 * Plain text for the datasets. Report text is untrusted: it may carry control characters (a
 * NUL, an ESC, a vertical tab…) that break every XML consumer downstream (the social-card SVG
 * renderer stops the build on one), and HTML markup, raw or entity-escaped, that a data user's
 * tool may render. Two layers, both reported as flags, never silent:
 *
 * - removeControlCharacters: on the decoded text of a file, before any parser sees it. Keeps
 *   TAB, LF and FF (pdftotext's page break); removes the other C0 controls and DEL.
 * - plainRecord: on every string (and string array) of every record the ingest publishes, after
 *   the parser (whose stripHtml decoded entities once and removed tags): any tag or
 *   XML-invalid character still there is removed.
 */

/** C0 controls except TAB (9), LF (10), FF (12); DEL. (CR is already gone after decoding.) */
const TEXT_CONTROL = /[\x00-\x08\x0b\x0d-\x1f\x7f]/;
const TEXT_CONTROL_ALL = /[\x00-\x08\x0b\x0d-\x1f\x7f]/g;

/** Characters XML 1.0 forbids (except TAB, LF, CR which are legal but never in a dataset value
 * other than LF/TAB): C0 controls but TAB/LF, DEL, U+FFFE/U+FFFF. Lone surrogates are handled apart. */
const XML_INVALID_ALL = /[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]/g;
/** A lone surrogate (not part of a valid pair). */
const LONE_SURROGATE_ALL = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** An HTML tag, comment, declaration or processing instruction. */
const TAG_ALL = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->|<![a-zA-Z][^<>]*>|<\?[^<>]*>/g;
/** Cheap pre-test: a string that can contain none of the above is returned as is. */
const MAYBE_DIRTY = /[\x00-\x08\x0b-\x1f\x7f<\ud800-\udfff\ufffe\uffff]/;

export interface ControlLine {
  /** 1-based line number. */
  line: number;
  /** Code points removed on that line, "U+0000" form, distinct, in order of appearance. */
  codes: string[];
  count: number;
}

/** The text without control characters (see TEXT_CONTROL) and the lines that had them. */
export function removeControlCharacters(text: string): { text: string; lines: ControlLine[] } {
  if (!TEXT_CONTROL.test(text)) return { text, lines: [] };
  const lines: ControlLine[] = [];
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    if (!TEXT_CONTROL.test(l)) continue;
    const codes: string[] = [];
    let count = 0;
    raw[i] = l.replace(TEXT_CONTROL_ALL, (c) => {
      count++;
      const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      if (!codes.includes(code)) codes.push(code);
      return '';
    });
    lines.push({ line: i + 1, codes, count });
  }
  return { text: raw.join('\n'), lines };
}

export interface PlainResult {
  text: string;
  /** Tags (or comments…) removed. */
  tags: number;
  /** XML-invalid characters or lone surrogates removed. */
  controls: number;
}

/** A dataset string as plain text: tags and XML-invalid characters removed. */
export function plainText(s: string): PlainResult {
  if (!MAYBE_DIRTY.test(s)) return { text: s, tags: 0, controls: 0 };
  let controls = 0;
  let t = s.replace(XML_INVALID_ALL, () => {
    controls++;
    return '';
  });
  t = t.replace(LONE_SURROGATE_ALL, () => {
    controls++;
    return '';
  });
  let tags = 0;
  if (t.includes('<')) {
    // Removing a tag can join "<" and the rest of another into a new one ("<<b>img …>"): repeat.
    for (;;) {
      let n = 0;
      t = t.replace(TAG_ALL, () => {
        n++;
        return ' ';
      });
      tags += n;
      if (n === 0) break;
    }
    if (tags) t = t.replace(/[ \t]{2,}/g, ' ').trim();
  }
  return { text: t, tags, controls };
}

/** Whether a string holds markup (a tag, comment, declaration or processing instruction). */
export function hasMarkup(s: string): boolean {
  TAG_ALL.lastIndex = 0;
  const found = TAG_ALL.test(s);
  TAG_ALL.lastIndex = 0;
  return found;
}

/** What plainRecord removed from one field. */
export interface DirtyField {
  field: string;
  /** The cleaned value (first 80 characters). */
  value: string;
  tags: number;
  controls: number;
}

/**
 * Cleans every string and string-array field of a record but source_file in place (plainText);
 * returns what it removed, one entry per field touched.
 */
export function plainRecord(record: Record<string, unknown>): DirtyField[] {
  const dirty: DirtyField[] = [];
  for (const key of Object.keys(record)) {
    // The file name is provenance, kept exact (listReportFiles refuses names with markup).
    if (key === 'source_file') continue;
    const v = record[key];
    if (typeof v === 'string') {
      if (!MAYBE_DIRTY.test(v)) continue;
      const r = plainText(v);
      if (r.tags || r.controls) {
        record[key] = r.text;
        dirty.push({ field: key, value: r.text.slice(0, 80), tags: r.tags, controls: r.controls });
      }
    } else if (Array.isArray(v) && v.some((x) => typeof x === 'string' && MAYBE_DIRTY.test(x))) {
      let tags = 0;
      let controls = 0;
      const next = v.map((x) => {
        if (typeof x !== 'string') return x;
        const r = plainText(x);
        tags += r.tags;
        controls += r.controls;
        return r.text;
      });
      if (tags || controls) {
        record[key] = next;
        dirty.push({ field: key, value: next.join('|').slice(0, 80), tags, controls });
      }
    }
  }
  return dirty;
}
