/*
 * Cuentas Abiertas: resizes the embedded charts of a page to their content. Each embed page
 * (/embed/...) posts {type: 'cuentas-abiertas:altura', height} to its parent; the iframe that
 * sent it takes that height. Loaded by the embed snippet; safe to load more than once.
 */
(function () {
  if (window.__cuentasAbiertasAltura) return;
  window.__cuentasAbiertasAltura = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'cuentas-abiertas:altura' || typeof d.height !== 'number' || !(d.height > 0)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.min(Math.ceil(d.height), 4000) + 'px';
    }
  });
  // Embeds that loaded before this script: ask each frame for its height again.
  function ask() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow) frames[i].contentWindow.postMessage('cuentas-abiertas:altura?', '*');
  }
  ask();
  window.addEventListener('load', ask);
})();
