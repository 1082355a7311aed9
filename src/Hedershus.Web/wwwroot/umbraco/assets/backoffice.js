// Progressive enhancement of the backoffice; every page works without it. Loaded as an external file (no inline
// script under the CSP). htmx loads tree children; this file shows the toggles and keeps aria-expanded true.
(function () {
  'use strict';

  function showScriptOnlyControls(root) {
    root.querySelectorAll('[data-js-only][hidden]').forEach(function (element) { element.hidden = false; });
  }

  function toggle(button) {
    var list = document.getElementById(button.getAttribute('aria-controls'));
    if (!list) { return; }
    var expand = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', expand ? 'true' : 'false');
    list.hidden = !expand;
  }

  document.addEventListener('DOMContentLoaded', function () {
    showScriptOnlyControls(document);
    document.addEventListener('click', function (event) {
      var button = event.target.closest('.bo-tree-toggle');
      if (button) { toggle(button); }
    });
    // Children loaded by htmx carry toggles of their own.
    document.body.addEventListener('htmx:afterSwap', function (event) { showScriptOnlyControls(event.target); });
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
  });
})();
