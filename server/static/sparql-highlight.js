/* A small SPARQL tokenizer and highlighter for a <textarea> laid over a <pre> (no dependencies).
   Tokens become <span> elements whose text is set with textContent, never markup. */
"use strict";
(function (global) {
  var KEYWORDS = ("BASE PREFIX SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED GRAPH OPTIONAL UNION MINUS FILTER " +
    "BIND VALUES SERVICE SILENT DISTINCT REDUCED AS ORDER BY ASC DESC LIMIT OFFSET GROUP HAVING NOT EXISTS IN " +
    "UNDEF TRUE FALSE COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR STR LANG LANGMATCHES DATATYPE BOUND " +
    "IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS " +
    "STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 " +
    "SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX " +
    "SUBSTR REPLACE").split(" ");
  var KW = {};
  KEYWORDS.forEach(function (k) { KW[k] = true; });
  var RULES = [
    ["comment", /#[^\n]*/y],
    ["string", /"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?/y],
    ["iri", /<[^<>"{}|^`\\\s]*>/y],
    ["variable", /[?$][A-Za-z0-9_\u00C0-\uFFFF]+/y],
    ["langtag", /@[A-Za-z]+(?:-[A-Za-z0-9]+)*/y],
    ["pname", /(?:[A-Za-z][\w.-]*)?:[\w.%:-]*/y],
    ["word", /[A-Za-z_][\w]*/y],
    ["number", /[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)/y],
    ["space", /\s+/y],
    ["punct", /[\s\S]/y]
  ];

  function tokenize(text) {
    var out = [], pos = 0;
    while (pos < text.length) {
      for (var i = 0; i < RULES.length; i++) {
        var re = RULES[i][1];
        re.lastIndex = pos;
        var m = re.exec(text);
        if (m && m[0].length > 0) {
          var kind = RULES[i][0];
          if (kind === "word") kind = (KW[m[0].toUpperCase()] || m[0] === "a") ? "keyword" : "plain";
          out.push([kind, m[0]]);
          pos += m[0].length;
          break;
        }
      }
    }
    return out;
  }

  function render(pre, text) {
    var frag = document.createDocumentFragment();
    tokenize(text).forEach(function (t) {
      if (t[0] === "space" || t[0] === "plain" || t[0] === "punct") {
        frag.appendChild(document.createTextNode(t[1]));
      } else {
        var span = document.createElement("span");
        span.className = "tok-" + t[0];
        span.textContent = t[1];
        frag.appendChild(span);
      }
    });
    frag.appendChild(document.createTextNode("\n"));  /* keeps a trailing newline visible */
    while (pre.firstChild) pre.removeChild(pre.firstChild);
    pre.appendChild(frag);
  }

  function attach(textarea, pre) {
    function update() { render(pre, textarea.value); pre.scrollTop = textarea.scrollTop; pre.scrollLeft = textarea.scrollLeft; }
    textarea.addEventListener("input", update);
    textarea.addEventListener("scroll", function () { pre.scrollTop = textarea.scrollTop; pre.scrollLeft = textarea.scrollLeft; });
    textarea.addEventListener("keydown", function (e) {
      if (e.key === "Tab" && !e.shiftKey) {
        e.preventDefault();
        var s = textarea.selectionStart, end = textarea.selectionEnd;
        textarea.value = textarea.value.slice(0, s) + "  " + textarea.value.slice(end);
        textarea.selectionStart = textarea.selectionEnd = s + 2;
        update();
      }
    });
    update();
    return update;
  }

  global.SparqlHighlight = { tokenize: tokenize, render: render, attach: attach };
})(window);
