/* The query page: stored-query picker, Run, results table, downloads, inline errors.
   All data reaches the page through textContent / attributes, never innerHTML. */
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("page-data").textContent);
  var root = data.root || "";
  var byName = {};
  data.stored.forEach(function (q) { byName[q.name] = q; });

  var editor = document.getElementById("editor");
  var pre = document.getElementById("highlight");
  var picker = document.getElementById("stored");
  var paramsBox = document.getElementById("params");
  var descr = document.getElementById("stored-description");
  var runButton = document.getElementById("run");
  var statusEl = document.getElementById("status");
  var errorEl = document.getElementById("error");
  var resultsBox = document.getElementById("results-box");
  var downloadsEl = document.getElementById("downloads");
  var refresh = SparqlHighlight.attach(editor, pre);

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function safeHref(iri) {
    if (data.base_iri && iri.indexOf(data.base_iri) === 0) return root + "/" + iri.slice(data.base_iri.length);
    if (/^https?:\/\//i.test(iri)) return iri;
    return null;  /* javascript:, data:, file: … are shown, never linked */
  }

  function selectStored(name) {
    var q = byName[name];
    clear(paramsBox);
    descr.textContent = "";
    if (!q) return;
    picker.value = name;
    editor.value = q.sparql;
    refresh();
    descr.textContent = q.description || "";
    q.parameters.forEach(function (p) {
      var label = el("label", {}, p.name + " ");
      label.appendChild(el("small", {}, "(" + p.type + ")"));
      var input = el("input", {name: p.name, "data-param": p.name, title: p.description || ""});
      input.value = p.default || "";
      label.appendChild(input);
      paramsBox.appendChild(label);
    });
  }

  picker.addEventListener("change", function () {
    if (picker.value) selectStored(picker.value); else { clear(paramsBox); descr.textContent = ""; }
  });

  function paramValues() {
    var out = {};
    paramsBox.querySelectorAll("input[data-param]").forEach(function (i) { out[i.getAttribute("data-param")] = i.value; });
    return out;
  }
  function query(obj) {
    return Object.keys(obj).map(function (k) { return encodeURIComponent(k) + "=" + encodeURIComponent(obj[k]); }).join("&");
  }

  function showError(text) {
    errorEl.hidden = false;
    errorEl.textContent = text;
  }

  function cellFor(term) {
    var td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      var href = safeHref(term.value);
      td.appendChild(href ? el("a", {href: href, title: term.value}, term.value) : el("span", {"class": "iri"}, term.value));
    } else if (term.type === "bnode") {
      td.appendChild(el("span", {"class": "bnode"}, "_:" + term.value));
    } else {
      td.appendChild(el("span", {"class": "lit"}, term.value));
      if (term["xml:lang"]) td.appendChild(el("span", {"class": "lang"}, "@" + term["xml:lang"]));
      else if (term.datatype && !/#string$/.test(term.datatype)) td.appendChild(el("span", {"class": "dt", title: term.datatype}, "^^" + term.datatype.replace(/^.*[#\/]/, "")));
    }
    return td;
  }

  function table(vars, rows) {
    var t = el("table", {"class": "results", id: "results"});
    var head = el("thead"), hr = el("tr");
    vars.forEach(function (v) { hr.appendChild(el("th", {}, v)); });
    head.appendChild(hr);
    t.appendChild(head);
    var body = el("tbody");
    rows.forEach(function (r) {
      var tr = el("tr");
      vars.forEach(function (v) { tr.appendChild(cellFor(r[v])); });
      body.appendChild(tr);
    });
    t.appendChild(body);
    return t;
  }

  /* N-Triples, one triple a line, into rows of {s, p, o} terms in the SPARQL JSON shape. */
  var NT_TERM = /\s*(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)/y;
  function unescapeNt(s) {
    return s.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})|\\(.)/g, function (m, u4, u8, c) {
      if (u4) return String.fromCharCode(parseInt(u4, 16));
      if (u8) return String.fromCodePoint(parseInt(u8, 16));
      return {t: "\t", n: "\n", r: "\r", b: "\b", f: "\f"}[c] || c;
    });
  }
  function ntTerm(tok) {
    if (tok[0] === "<") return {type: "uri", value: tok.slice(1, -1)};
    if (tok[0] === "_") return {type: "bnode", value: tok.slice(2)};
    var end = tok.lastIndexOf('"');
    var term = {type: "literal", value: unescapeNt(tok.slice(1, end))};
    var rest = tok.slice(end + 1);
    if (rest[0] === "@") term["xml:lang"] = rest.slice(1);
    else if (rest.slice(0, 2) === "^^") term.datatype = rest.slice(3, -1);
    return term;
  }
  function parseNt(text) {
    var rows = [];
    text.split("\n").forEach(function (line) {
      if (!line.trim() || line.trim()[0] === "#") return;
      var terms = [], pos = 0;
      for (var i = 0; i < 3; i++) {
        NT_TERM.lastIndex = pos;
        var m = NT_TERM.exec(line);
        if (!m) return;
        terms.push(ntTerm(m[1]));
        pos = NT_TERM.lastIndex;
      }
      rows.push({subject: terms[0], predicate: terms[1], object: terms[2]});
    });
    return rows;
  }

  function setDownloads(kind, makeUrl) {
    clear(downloadsEl);
    var formats = kind === "graph" ? ["turtle", "nt", "jsonld", "rdfxml"] : ["json", "xml", "csv", "tsv"];
    downloadsEl.appendChild(document.createTextNode("Download: "));
    formats.forEach(function (f, i) {
      if (i) downloadsEl.appendChild(document.createTextNode(" · "));
      downloadsEl.appendChild(el("a", {href: makeUrl(f), download: "", "class": "download", "data-format": f}, f.toUpperCase()));
    });
  }

  function run() {
    errorEl.hidden = true;
    errorEl.textContent = "";
    clear(resultsBox);
    clear(downloadsEl);
    statusEl.textContent = "Running…";
    runButton.disabled = true;
    var stored = byName[picker.value];
    var started = performance.now();
    var request, makeUrl;
    if (stored && editor.value === stored.sparql) {
      var params = paramValues();
      var base = root + "/queries/" + encodeURIComponent(stored.name);
      makeUrl = function (f) { return base + "?" + query(Object.assign({}, params, {format: f})); };
      request = fetch(makeUrl("json"), {headers: {Accept: "application/sparql-results+json"}});
    } else {
      var text = editor.value;
      makeUrl = function (f) { return root + "/sparql?" + query({query: text, format: f}); };
      request = fetch(root + "/sparql", {
        method: "POST",
        headers: {"Content-Type": "application/x-www-form-urlencoded",
                  Accept: "application/sparql-results+json, application/n-triples;q=0.9"},
        body: query({query: text})
      });
    }
    request.then(function (resp) {
      return resp.text().then(function (body) { return {resp: resp, body: body}; });
    }).then(function (r) {
      var ms = Math.round(performance.now() - started);
      if (!r.resp.ok) {
        statusEl.textContent = "Error " + r.resp.status + " (" + ms + " ms)";
        showError(r.body || r.resp.statusText);
        return;
      }
      var type = (r.resp.headers.get("Content-Type") || "").split(";")[0].trim();
      if (type === "application/n-triples") {
        var triples = parseNt(r.body);
        resultsBox.appendChild(table(["subject", "predicate", "object"], triples));
        statusEl.textContent = triples.length + " triple" + (triples.length === 1 ? "" : "s") + " (" + ms + " ms)";
        setDownloads("graph", makeUrl);
        return;
      }
      var json = JSON.parse(r.body);
      if (typeof json.boolean === "boolean") {
        resultsBox.appendChild(el("p", {id: "boolean", "class": "boolean"}, String(json.boolean)));
        statusEl.textContent = "ASK (" + ms + " ms)";
      } else {
        var rows = json.results.bindings;
        resultsBox.appendChild(table(json.head.vars, rows));
        statusEl.textContent = rows.length + " row" + (rows.length === 1 ? "" : "s") + " (" + ms + " ms)";
      }
      setDownloads("select", makeUrl);
    }).catch(function (err) {
      statusEl.textContent = "Failed";
      showError(String(err));
    }).then(function () { runButton.disabled = false; });
  }

  /* A stored query whose text was edited runs as typed through /sparql: say that its parameters no
     longer apply, rather than letting unbound variables surprise. */
  editor.addEventListener("input", function () {
    var stored = byName[picker.value];
    if (!stored) return;
    var edited = editor.value !== stored.sparql;
    paramsBox.querySelectorAll("input[data-param]").forEach(function (i) { i.disabled = edited; });
    descr.textContent = edited ? "Edited: runs as typed; the parameters below are not bound."
                               : (stored.description || "");
  });

  runButton.addEventListener("click", run);
  editor.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });

  var params = new URLSearchParams(window.location.search);
  if (params.get("stored") && byName[params.get("stored")]) selectStored(params.get("stored"));
  else if (params.get("query")) { editor.value = params.get("query"); refresh(); }
})();
