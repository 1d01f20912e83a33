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
// JavaScript. Here a click filters the cards in place instead: the
// contents count what is shown, the address becomes the filter's own page
// (a reload or a shared link keeps the filter), and «Все мероприятия
// года» or a second click on the same filter shows everything again.
(function () {
  "use strict";
  var links = document.querySelectorAll("a[data-filter]");
  var status = document.querySelector(".filter-status");
  if (!links.length || !status) { return; }
  if (document.querySelector("a[data-filter][aria-current]")) { return; } // a filtered page: plain links
  var yearPage = location.pathname + location.search;
  var cards = document.querySelectorAll(".chronicle .card, .highlights .card");
  var contents = document.querySelectorAll(".contents a[href^='#']");
  var reset = document.createElement("button");
  reset.type = "button";
  reset.className = "filter-reset";
  reset.hidden = true;
  reset.textContent = status.getAttribute("data-clear");
  status.insertAdjacentElement("afterend", reset);
  function count() {
    contents.forEach(function (a) {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      var section = target && target.closest("section");
      var n = a.parentNode.querySelector(".n");
      if (!section || !n) { return; }
      var shown = section.querySelectorAll(".card:not([hidden])").length;
      n.textContent = "(" + shown + ")";
      a.parentNode.hidden = shown === 0;
    });
  }
  function apply(link) {
    var key = link ? link.getAttribute("data-filter") : null;
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
      if (a === link) { a.setAttribute("aria-current", "true"); }
      else { a.removeAttribute("aria-current"); }
    });
    count();
    status.textContent = key ? status.getAttribute("data-shown") + shown : "";
    reset.hidden = !key;
    try { history.replaceState(null, "", link ? link.href : yearPage); } catch (e) { /* a file:// page: the address stays */ }
  }
  var active = null;
  links.forEach(function (a) {
    a.addEventListener("click", function (event) {
      event.preventDefault();
      active = active === a ? null : a;
      apply(active);
    });
  });
  reset.addEventListener("click", function () {
    active = null;
    apply(null);
  });
})();
