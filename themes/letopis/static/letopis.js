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
