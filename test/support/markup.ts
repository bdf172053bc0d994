/** Markup that must never be in a built page: inline event handlers and javascript: URLs. */
import { parseHTML } from 'linkedom';

const URL_ATTRS = /^(?:href|src|action|formaction|xlink:href|data|poster|background|srcdoc)$/i;

/** Each inline handler attribute or javascript: URL of an HTML document (parsed, so escaped text never counts). */
export function markupProblems(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  for (const el of Array.from(document.querySelectorAll('*')) as Element[]) {
    for (const a of Array.from(el.attributes)) {
      const where = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
      if (/^on/i.test(a.name)) out.push(`inline handler ${a.name}="${a.value.slice(0, 40)}" on ${where}`);
      else if (URL_ATTRS.test(a.name) && /^\s*javascript:/i.test(a.value)) out.push(`javascript: URL in ${a.name} of ${where}`);
    }
  }
  return out;
}
