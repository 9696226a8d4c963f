// 适老化 mode: large text and high contrast, remembered across pages. Runs in <head> so the page never
// flashes in the other mode; wires the header button once the page is parsed.
(function () {
  var KEY = "sa-large";
  var root = document.documentElement;
  var on = false;
  try { on = localStorage.getItem(KEY) === "1"; } catch (e) { /* storage may be blocked */ }
  if (on) root.classList.add("large-text");
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("prefs-toggle");
    if (!button) return;
    function show(state) {
      button.setAttribute("aria-pressed", state ? "true" : "false");
      button.textContent = state ? button.getAttribute("data-on") : button.getAttribute("data-off");
    }
    show(root.classList.contains("large-text"));
    button.hidden = false;
    button.addEventListener("click", function () {
      var next = !root.classList.contains("large-text");
      root.classList.toggle("large-text", next);
      try { localStorage.setItem(KEY, next ? "1" : "0"); } catch (e) { /* ignore */ }
      show(next);
    });
  });
})();
