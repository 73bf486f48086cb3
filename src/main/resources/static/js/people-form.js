// The record form's history tables: rows are added from a blank template row and removed,
// and the inputs are renumbered list[0], list[1], … so that the server binds them in order.
(function () {
  function renumber(list) {
    var index = 0;
    var pattern = new RegExp('^' + list + '\\[(\\d+|NEW)\\]\\.');
    document.querySelectorAll('table[data-list="' + list + '"] tbody tr').forEach(function (row) {
      row.querySelectorAll('input, select, textarea').forEach(function (field) {
        if (pattern.test(field.name)) {
          field.name = field.name.replace(pattern, list + '[' + index + '].');
        }
      });
      index++;
    });
  }

  document.addEventListener('click', function (event) {
    var add = event.target.closest('.add-row');
    if (add) {
      var template = document.getElementById(add.dataset.template);
      var table = document.getElementById(add.dataset.table);
      if (template && table) {
        var row = template.content.querySelector('tr').cloneNode(true);
        table.querySelector('tbody').appendChild(row);
        renumber(table.dataset.list);
        var first = row.querySelector('input:not([type=hidden]), select, textarea');
        if (first) {
          first.focus();
        }
      }
      return;
    }
    var remove = event.target.closest('.remove-row');
    if (remove) {
      var tableOfRow = remove.closest('table');
      remove.closest('tr').remove();
      renumber(tableOfRow.dataset.list);
    }
  });
})();
