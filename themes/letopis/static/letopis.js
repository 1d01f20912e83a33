// letopis: small enhancements; every page works without this file.
// Remembers the low-vision settings («Версия для слабовидящих») between
// pages and visits. The settings themselves are pure CSS.
(function () {
  "use strict";
  var KEY = "letopis-low-vision";
  var inputs = document.querySelectorAll("input[data-lv]");
  var saved = null;
  try { saved = JSON.parse(localStorage.getItem(KEY) || "null"); } catch (e) { saved = null; }
  if (saved && typeof saved === "object") {
    inputs.forEach(function (el) {
      if (el.type === "checkbox") { el.checked = saved[el.id] === true; }
      else if (saved[el.name] !== undefined) { el.checked = saved[el.name] === el.value; }
    });
  }
  function save() {
    var state = {};
    inputs.forEach(function (el) {
      if (el.type === "checkbox") { state[el.id] = el.checked; }
      else if (el.checked) { state[el.name] = el.value; }
    });
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: not remembered */ }
  }
  inputs.forEach(function (el) { el.addEventListener("change", save); });
})();

// Year page filters: the links lead to filtered pages and work without
// JavaScript; here a click filters the cards in place instead, and a
// second click on the same filter shows everything again.
(function () {
  "use strict";
  var links = document.querySelectorAll("a[data-filter]");
  var status = document.querySelector(".filter-status");
  if (!links.length || !status) { return; }
  var cards = document.querySelectorAll(".chronicle .card, .highlights .card");
  function apply(key) {
    var shown = 0;
    cards.forEach(function (card) {
      var keys = (card.getAttribute("data-filter-keys") || "").split(" ");
      var match = !key || keys.indexOf(key) >= 0;
      card.hidden = !match;
      if (match && card.closest(".chronicle")) { shown += 1; }
    });
    document.querySelectorAll(".chronicle .month, .highlights").forEach(function (section) {
      section.hidden = !section.querySelector(".card:not([hidden])");
    });
    links.forEach(function (a) {
      if (a.getAttribute("data-filter") === key) { a.setAttribute("aria-current", "true"); }
      else { a.removeAttribute("aria-current"); }
    });
    status.textContent = key ? status.getAttribute("data-shown") + shown : "";
  }
  var active = null;
  if (document.querySelector("a[data-filter][aria-current]")) { return; } // a filtered page: plain links
  links.forEach(function (a) {
    a.addEventListener("click", function (event) {
      event.preventDefault();
      var key = a.getAttribute("data-filter");
      active = active === key ? null : key;
      apply(active);
    });
  });
})();
