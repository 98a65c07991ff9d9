/* Alongside: small enhancements, and the page key. Once the record is unlocked, its pages
   are shown only to requests that bring this tab's key (kept in sessionStorage, which no
   other site or port can read): a plain page request gets a loader, and this file fetches
   the page again with the key. Without JavaScript, the locked pages and Help still work. */
(function () {
  "use strict";

  var KEY = "alongside-key";

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : "";
  }

  function pageKey() {
    try { return window.sessionStorage.getItem(KEY) || ""; } catch (e) { return ""; }
  }

  function keepKey(value) {
    try {
      if (value) { window.sessionStorage.setItem(KEY, value); }
      else { window.sessionStorage.removeItem(KEY); }
    } catch (e) { /* storage off: every page will ask for the passphrase */ }
  }

  function showPage(html, url) {
    if (url && url !== window.location.href) { window.history.replaceState(null, "", url); }
    document.open();
    document.write(html);
    document.close();
  }

  // The loader: fetch this page again with the key, or ask for the passphrase.
  var opening = document.getElementById("opening");
  var upgrade = meta("alongside-upgrade") === "1";  // a page shown as to a stranger
  if (opening || upgrade) {
    var askPassphrase = function () {
      if (!opening) { return; }  // Help and safety: stays as it is
      keepKey("");
      var box = document.getElementById("opening-unlock");
      if (box) { box.hidden = false; }
      var field = document.getElementById("passphrase");
      if (field) { field.focus(); }
    };
    var key = pageKey();
    if (!key || !window.fetch) {
      askPassphrase();
    } else {
      window.fetch(window.location.href, {
        headers: { "X-CSRF-Token": key },
        credentials: "same-origin",
        cache: "no-store"
      }).then(function (response) {
        if (response.headers.get("X-Alongside-Opening") === "1") { askPassphrase(); return; }
        return response.text().then(function (html) { showPage(html, response.url); });
      }, askPassphrase);
    }
  } else if (document.querySelector('form[action="/unlock"]')) {
    keepKey("");  // the record is locked: an old key is of no use
  }

  // A form with a passphrase is sent with fetch, so that the key comes back to this tab.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form || !form.querySelector || !form.querySelector('input[name="passphrase"]')) { return; }
    if (!window.fetch || !window.URLSearchParams || !window.FormData) { return; }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    window.fetch(form.getAttribute("action") || window.location.pathname, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-Alongside-Opening": "1" }
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === 0) {
        return response.json().then(function (data) {
          keepKey(data.key);
          window.location.replace(data.next);
        });
      }
      return response.text().then(function (html) { showPage(html, null); });
    }, function () { form.submit(); });
  });

  // htmx requests carry the session's CSRF token as a header.
  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = meta("csrf-token");
  });

  // Quick exit: lock at once (even if the page is stale) and replace this page, so
  // "Back" does not return to it.
  function quickExit() {
    keepKey("");
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

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form && form.getAttribute && form.getAttribute("action") === "/lock") { keepKey(""); }
  });

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
