// Sunlit public site: search and filters on the list of powers. The list is complete without this
// script; the script only hides rows. No innerHTML: text is set with textContent.
(function () {
  'use strict';
  var form = document.getElementById('power-filter');
  if (!form) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('#power-list tbody tr'));
  var count = document.getElementById('power-count');
  var empty = document.getElementById('power-empty');
  var template = form.getAttribute('data-shown') || '{n}/{total}';
  var index = null;
  form.hidden = false;

  function normalise(text) {
    return String(text).toLowerCase().replace(/\s+/g, ' ');
  }

  function apply() {
    var terms = normalise(form.elements.q.value).trim().split(' ').filter(Boolean);
    var department = form.elements.department.value;
    var category = form.elements.category.value;
    var level = form.elements.level.value;
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!department || row.getAttribute('data-department') === department) &&
        (!category || row.getAttribute('data-category') === category) &&
        (!level || (' ' + row.getAttribute('data-level') + ' ').indexOf(' ' + level + ' ') >= 0);
      if (ok && terms.length > 0) {
        var text = (index && index[row.getAttribute('data-code')]) || normalise(row.textContent);
        ok = terms.every(function (term) { return text.indexOf(term) >= 0; });
      }
      row.hidden = !ok;
      if (ok) shown++;
    });
    if (count) count.textContent = template.replace('{n}', String(shown)).replace('{total}', String(rows.length));
    if (empty) empty.hidden = shown > 0;
  }

  var query = new URLSearchParams(window.location.search);
  ['q', 'department', 'category', 'level'].forEach(function (name) {
    var value = query.get(name);
    if (value !== null && form.elements[name]) form.elements[name].value = value;
  });
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  apply();
  fetch(form.getAttribute('data-index'))
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) {
      if (!data) return;
      index = {};
      data.forEach(function (entry) { index[entry.c] = entry.t; });
      apply();
    })
    .catch(function () { /* the visible text of each row is searched instead */ });
})();
