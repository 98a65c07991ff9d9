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

/* Before we talk: a guided breathing pause and a cooling-off countdown. */
(function () {
  "use strict";

  function clock(seconds) {
    var s = Math.max(0, Math.round(seconds));
    var m = Math.floor(s / 60);
    var r = s % 60;
    return m + ":" + (r < 10 ? "0" : "") + r;
  }

  document.querySelectorAll(".breath").forEach(function (box) {
    var button = box.querySelector(".breath-start");
    var stepText = box.querySelector(".breath-step");
    var timer = box.querySelector(".timer");
    var steps = (box.getAttribute("data-breath-steps") || "").split("|").map(function (part) {
      var bits = part.split(":");
      return { label: bits[0], seconds: parseInt(bits[1], 10) || 4 };
    });
    var rounds = parseInt(box.getAttribute("data-breath-rounds"), 10) || 4;
    var running = null;
    if (!button || !steps.length) { return; }
    button.addEventListener("click", function () {
      if (running) { clearInterval(running); running = null; }
      var total = steps.reduce(function (n, s) { return n + s.seconds; }, 0) * rounds;
      var started = Date.now();
      box.classList.add("running");
      button.textContent = "Start again";
      var lastLabel = "";
      var tick = function () {
        var elapsed = (Date.now() - started) / 1000;
        if (elapsed >= total) {
          clearInterval(running);
          running = null;
          box.classList.remove("running");
          stepText.textContent = "Well done. Notice how you feel now.";
          timer.textContent = clock(0);
          return;
        }
        var inRound = elapsed % (total / rounds);
        var label = steps[0].label;
        var left = 0;
        for (var i = 0, t = 0; i < steps.length; i++) {
          t += steps[i].seconds;
          if (inRound < t) { label = steps[i].label; left = t - inRound; break; }
        }
        if (label !== lastLabel) { stepText.textContent = label; lastLabel = label; }
        timer.textContent = clock(left) + " · " + clock(total - elapsed) + " left";
      };
      tick();
      running = setInterval(tick, 250);
    });
  });

  document.querySelectorAll("[data-countdown-until]").forEach(function (el) {
    var until = Date.parse(el.getAttribute("data-countdown-until"));
    var bar = el.parentNode.querySelector(".countdown-bar");
    if (isNaN(until)) { return; }
    var tick = function () {
      var left = (until - Date.now()) / 1000;
      el.textContent = left > 0 ? clock(left) + " to go" : "Time's up. Check in with yourself: calm enough?";
      if (bar) { bar.value = Math.min(bar.max, bar.max - Math.max(0, left)); }
      if (left <= 0) { clearInterval(handle); }
    };
    var handle = setInterval(tick, 1000);
    tick();
  });
})();
