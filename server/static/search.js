// As-you-type suggestions for the search box in the header: the names /search?format=json returns for
// what has been typed so far, as the box's datalist. Optional: without JavaScript the box submits to
// the /search page. Values are set with .value, never as markup.
(function () {
  "use strict";
  var form = document.querySelector("header.top form.search");
  if (!form || !window.fetch) { return; }
  var input = form.querySelector("input[name=q]");
  var list = form.querySelector("datalist");
  var timer = null;
  var asked = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === asked) { return; }
      asked = q;
      fetch(form.getAttribute("action") + "?format=json&limit=8&q=" + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : { search: [] }; })
        .then(function (data) {
          if (q !== asked) { return; }
          while (list.firstChild) { list.removeChild(list.firstChild); }
          data.search.forEach(function (hit) {
            var option = document.createElement("option");
            option.value = hit.label;
            option.label = hit.description;
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are a convenience; the form still works */ });
    }, 150);
  });
}());
