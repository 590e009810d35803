// Optional: filters the index by name as you type. Without JavaScript the field stays hidden and every row shows.
(function () {
  var form = document.getElementById('filter');
  var input = document.getElementById('filter-namn');
  var status = document.getElementById('filter-status');
  if (!form || !input) return;
  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  var norm = function (s) { return s.toLocaleLowerCase('sv').normalize('NFD').replace(/[\u0300-\u036f]/g, ''); };
  input.addEventListener('input', function () {
    var q = norm(input.value.trim());
    var shown = 0;
    document.querySelectorAll('[data-namn]').forEach(function (row) {
      var hit = !q || norm(row.getAttribute('data-namn')).indexOf(q) >= 0;
      row.hidden = !hit;
      if (hit) shown++;
    });
    document.querySelectorAll('section[data-lan]').forEach(function (sec) {
      sec.hidden = !!q && !sec.querySelector('[data-namn]:not([hidden])');
    });
    if (status) status.textContent = q ? shown + (shown === 1 ? ' träff' : ' träffar') : '';
  });
})();
