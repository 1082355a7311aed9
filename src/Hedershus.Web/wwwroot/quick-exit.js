// Quick exit (SAFETY.md S1–S5). The link works without this script; the script makes leaving leave no trace in
// the back button (location.replace), hides the page at once, and adds the Shift×3 shortcut.
(function () {
  'use strict';
  var root = document.documentElement;
  var exit = document.getElementById('quick-exit');
  if (!exit) { return; }
  var maxGapMs = 5000;
  var presses = [];
  var shiftDown = false;
  var shiftUsedAsModifier = false;

  function leave(event) {
    if (event) { event.preventDefault(); }
    root.classList.add('exiting');
    window.location.replace(exit.href);
  }

  exit.addEventListener('click', leave);
  exit.addEventListener('keydown', function (event) {
    if (event.key === ' ' || event.key === 'Spacebar') { leave(event); }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Shift') {
      if (!event.repeat) { shiftDown = true; shiftUsedAsModifier = false; }
      return;
    }
    // Any other key while Shift is held (a capital letter) makes that Shift a modifier, and resets the count.
    if (shiftDown || event.shiftKey) { shiftUsedAsModifier = true; }
    presses = [];
  }, true);

  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') { return; }
    var alone = shiftDown && !shiftUsedAsModifier;
    shiftDown = false;
    if (!alone) { presses = []; return; }
    var now = Date.now();
    if (presses.length > 0 && now - presses[presses.length - 1] > maxGapMs) { presses = []; }
    presses.push(now);
    if (presses.length >= 3) { presses = []; leave(null); }
  }, true);

  // A page restored from the back/forward cache must not stay hidden behind the exit overlay (S5).
  window.addEventListener('pageshow', function () {
    root.classList.remove('exiting');
    presses = [];
  });

  // Tells styles and tests that the shortcut and location.replace are active.
  root.setAttribute('data-quick-exit', 'ready');
}());
