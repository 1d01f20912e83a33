// Search (/search/?q=...) over the index the build writes to search/
// (its format: src/search/mod.rs). Every query word must match; a word
// matches an indexed term when one starts with the other — the terms are
// stems, so «библиотеками» finds «библиотек» — and a term longer than the
// word is a word being typed. Results: title, date, library, excerpt with
// the matching words marked; twenty at a time.
(function () {
  "use strict";
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  if (!list || !status) { return; }
  var query = new URLSearchParams(location.search).get("q") || "";
  var input = document.getElementById("search-q");
  if (input) { input.value = query; }
  var words = split(query);
  if (!words.length) { return; }
  var base = (document.documentElement.getAttribute("data-root") || "/") + "search/";
  var PAGE = 20;
  // How many letters an ending may have: «книг» finds «книгами», not «книгоиздательство».
  var ENDING = 5;

  // As src/search/words.rs splits text: letters and digits, lowercase, ё = е.
  function split(text) {
    return text.toLowerCase().replace(/ё/g, "е").split(/[^\p{Alphabetic}\p{N}]+/u)
      .filter(function (w) { return Array.from(w).length >= 2; });
  }
  function chars(s) { return Array.from(s).length; }
  function matches(word, term) {
    return term.startsWith(word) || (word.startsWith(term) && chars(word) - chars(term) <= ENDING);
  }
  function hex(s) {
    return Array.from(new TextEncoder().encode(s), function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }
  function get(path, version) {
    return fetch(base + path + "?v=" + version).then(function (r) {
      if (!r.ok) { throw new Error(path + ": " + r.status); }
      return r.json();
    });
  }

  // Events matching one word: id → weight (3 title, 2 summary or term, 1 text).
  // Its terms are in the shards on its path: keys it starts with (three
  // letters, then one more for shards split for size) and keys that start
  // with it; a two-letter word only in its own.
  function lookup(word, index) {
    var n = chars(word);
    var keys = index.shards.filter(function (k) {
      return n < 3 ? k === word : chars(k) >= 3 && (word.startsWith(k) || k.startsWith(word));
    });
    return Promise.all(keys.map(function (k) { return get("t/" + hex(k) + ".json", index.version); })).then(function (shards) {
      var found = new Map();
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (term) {
          if (!matches(word, term)) { return; }
          var id = -1;
          shard[term].forEach(function (p) {
            id += Math.floor(p / 4);
            found.set(id, Math.max(found.get(id) || 0, p % 4));
          });
        });
      });
      return found;
    });
  }

  function mark(text) {
    var p = document.createElement("p");
    text.split(/([\p{Alphabetic}\p{N}]+)/u).forEach(function (part, i) {
      var norm = part.toLowerCase().replace(/ё/g, "е");
      if (i % 2 && words.some(function (w) { return shared(w, norm) >= Math.max(3, Math.min(chars(w), chars(norm)) - ENDING); })) {
        var m = document.createElement("mark");
        m.textContent = part;
        p.append(m);
      } else {
        p.append(part);
      }
    });
    return p;
  }
  function shared(a, b) {
    var x = Array.from(a), y = Array.from(b), n = 0;
    while (n < x.length && n < y.length && x[n] === y[n]) { n += 1; }
    return n;
  }

  fetch(base + "index.json", { cache: "no-cache" }).then(function (r) {
    if (!r.ok) { throw new Error("index.json: " + r.status); }
    return r.json();
  }).then(function (index) {
    return Promise.all(words.map(function (w) { return lookup(w, index); })).then(function (maps) {
      var scores = new Map(maps[0]);
      maps.slice(1).forEach(function (m) {
        scores.forEach(function (score, id) {
          if (m.has(id)) { scores.set(id, score + m.get(id)); } else { scores.delete(id); }
        });
      });
      var ids = Array.from(scores.keys()).sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
      var shown = 0;
      var chunks = {};
      function chunk(n) {
        if (!chunks[n]) { chunks[n] = get("d/" + n + ".json", index.version); }
        return chunks[n];
      }
      function show() {
        var page = ids.slice(shown, shown + PAGE);
        shown += page.length;
        return Promise.all(page.map(function (id) {
          return chunk(Math.floor(id / index.chunk)).then(function (docs) { return docs[id % index.chunk]; });
        })).then(function (docs) {
          docs.forEach(function (d) {
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = d[0];
            a.textContent = d[1];
            var meta = document.createElement("p");
            meta.className = "meta";
            meta.textContent = [d[2], d[3]].filter(Boolean).join(" · ");
            li.append(a, meta);
            if (d[4]) { li.append(mark(d[4])); }
            list.append(li);
          });
          if (more) { more.hidden = shown >= ids.length; }
        });
      }
      if (more) {
        more.addEventListener("click", function () {
          var first = shown;
          show().then(function () {
            var link = list.children[first] && list.children[first].querySelector("a");
            if (link) { link.focus(); }
          });
        });
      }
      // Announced once the first results are on the page.
      return show().then(function () {
        status.textContent = ids.length ? status.getAttribute("data-found") + ids.length : status.getAttribute("data-none");
      });
    });
  }).catch(function () {
    status.textContent = status.getAttribute("data-error");
  });
})();
