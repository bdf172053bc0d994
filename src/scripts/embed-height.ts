/**
 * Inside an iframe, an embed page (src/layouts/Embed.astro) tells the host page its height:
 * {type: 'cuentas-abiertas:altura', height} (EMBED_HEIGHT_MESSAGE of src/site/reporter.ts); the
 * snippet's listener (public/embed-altura.js) applies it. One bundled file for every embed page
 * instead of the same inline script in each of them.
 */
if (window.parent !== window) {
  let last = 0;
  const send = (again?: unknown) => {
    const h = Math.ceil(document.body.getBoundingClientRect().height);
    if (h === last && again !== true) return;
    last = h;
    window.parent.postMessage({ type: 'cuentas-abiertas:altura', height: h }, '*');
  };
  // The host's listener may load after this page: it asks again.
  addEventListener('message', (e) => { if (e.source === window.parent && e.data === 'cuentas-abiertas:altura?') send(true); });
  addEventListener('load', () => send());
  addEventListener('resize', () => send());
  if (window.ResizeObserver) new ResizeObserver(() => send()).observe(document.body);
}
