(function () {
  // letopis serve: reload on rebuild, show build errors over the page.
  var id = "letopis-error-overlay";
  function show(text) {
    var box = document.getElementById(id);
    if (!box) {
      box = document.createElement("div");
      box.id = id;
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
        "background:rgba(30,0,0,.93);color:#fff;padding:2rem;" +
        "font:15px/1.5 ui-monospace,monospace;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    // The server sends the headline in the site's language with the errors.
    box.textContent = text;
  }
  var events = new EventSource("/__letopis/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("build-error", function (e) { show(e.data); });
})();
