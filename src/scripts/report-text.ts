/**
 * /informes/{id}/: the «descargar» button of a report shown whole on its page saves the report's
 * text rebuilt from the line view (each line's text, page markers left out, joined by "\n"): the
 * same bytes as the .txt copy the site used to publish beside every view. A report split into
 * several pages keeps its .txt file instead.
 */
export function viewText(list: Element): string {
  return Array.from(list.children, (li) => Array.from(li.childNodes, (n) => (n.nodeType === 3 ? (n as Text).data : '')).join('')).join('\n');
}

for (const btn of document.querySelectorAll<HTMLButtonElement>('button[data-report-text]')) {
  btn.addEventListener('click', () => {
    const list = document.querySelector('ol.source-text');
    if (!list) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([viewText(list)], { type: 'text/plain;charset=utf-8' }));
    a.download = btn.dataset.reportText!;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  });
}
