/* Alongside: small progressive enhancements. Everything works without this file. */
(function () {
  "use strict";

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : "";
  }

  // htmx requests carry the session's CSRF token as a header.
  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = meta("csrf-token");
  });

  // Quick exit: lock at once (even if the page is stale) and replace this page, so
  // "Back" does not return to it.
  function quickExit() {
    var data = new FormData();
    data.append("csrf_token", meta("csrf-token"));
    data.append("away", "1");
    var sent = false;
    try { sent = navigator.sendBeacon("/lock", data); } catch (e) { sent = false; }
    if (!sent) {
      var form = document.getElementById("quick-exit-form");
      if (form) { form.submit(); return; }
    }
    window.location.replace("/away");
  }

  var exitButton = document.getElementById("quick-exit");
  if (exitButton) {
    exitButton.addEventListener("click", function (event) {
      event.preventDefault();
      quickExit();
    });
  }

  var escapes = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    escapes = escapes.filter(function (t) { return now - t < 2000; });
    escapes.push(now);
    if (escapes.length >= 3) { escapes = []; quickExit(); }
  });

  // Copy buttons copy the text of the element named in data-copy.
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.copy") : null;
    if (!button) { return; }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) { return; }
    var text = source.textContent.trim();
    function done() {
      var before = button.textContent;
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = before; }, 1600);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { selectText(source); });
    } else {
      selectText(source);
    }
  });

  function selectText(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // After the quiet period the server locks itself; leave the page so nothing stays on screen.
  if (meta("alongside-unlocked") === "1") {
    var minutes = parseInt(meta("alongside-lock-after"), 10) || 15;
    var timer = null;
    var reset = function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(function () { window.location.replace("/unlock?locked=1"); }, minutes * 60000);
    };
    ["keydown", "pointerdown", "input", "scroll"].forEach(function (name) {
      document.addEventListener(name, reset, { passive: true });
    });
    reset();
  }
})();
