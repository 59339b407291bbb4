// Opens the record's IIIF manifest in Mirador (served by Caravan from /vendor/mirador), in book
// view: Mirador lays the pages out, and turns them, in the manifest's viewingDirection, so a
// right-to-left codex reads from its right-hand cover.
(function () {
  var el = document.getElementById('iiif-viewer');
  if (!el || !window.Mirador) return;
  window.caravanViewer = window.Mirador.viewer({
    id: 'iiif-viewer',
    windows: [{ manifestId: el.getAttribute('data-manifest'), view: 'book' }],
    window: { allowClose: false, allowMaximize: false, sideBarOpenByDefault: false },
    workspaceControlPanel: { enabled: false },
  });
})();
