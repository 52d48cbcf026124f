// The inventory entry grid: arrow/Enter navigation, pasting a block from a spreadsheet,
// row and column MWh sums in the person's number format, and the source/note panel of
// the focused cell. The emissions come from the server (htmx, see the form's #live-totals).
(function () {
  'use strict';

  function separators(lang) {
    var parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
    var group = ',';
    var decimal = '.';
    parts.forEach(function (part) {
      if (part.type === 'group') { group = part.value; }
      if (part.type === 'decimal') { decimal = part.value; }
    });
    return { group: group, decimal: decimal };
  }

  // A number typed in the person's language, NaN when it is not one, null when empty.
  function parser(lang) {
    var sep = separators(lang);
    var spaceGroup = /\s/.test(sep.group) || sep.group === '\u202f' || sep.group === '\u00a0';
    return function (text) {
      var value = (text || '').trim();
      if (value === '') { return null; }
      value = value.replace('\u2212', '-');
      if (spaceGroup) {
        value = value.replace(/[\s\u00a0\u202f\u2009]/g, '');
      } else {
        var grouped = value.split(sep.decimal)[0];
        if (grouped.indexOf(sep.group) >= 0 && !/^-?\d{1,3}(\D\d{3})+$/.test(grouped)) { return NaN; }
        value = value.split(sep.group).join('');
      }
      if (value.split(sep.decimal).length > 2) { return NaN; }
      value = value.replace(sep.decimal, '.');
      return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    };
  }

  function init() {
    var form = document.getElementById('inventory-form');
    var grid = document.getElementById('grid');
    if (!form || !grid) { return; }
    var lang = form.getAttribute('data-lang') || document.documentElement.lang || 'en';
    var parse = parser(lang);
    var format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    var rows = Array.prototype.map.call(grid.querySelectorAll('tbody tr'), function (tr) {
      return Array.prototype.slice.call(tr.querySelectorAll('input.grid-cell'));
    });

    function visibleRows() {
      return rows.filter(function (cells) { return cells.length && cells[0].offsetParent !== null; });
    }

    function position(input) {
      var visible = visibleRows();
      for (var r = 0; r < visible.length; r++) {
        var c = visible[r].indexOf(input);
        if (c >= 0) { return { rows: visible, r: r, c: c }; }
      }
      return null;
    }

    function focusCell(target) {
      if (target) { target.focus(); target.select(); }
    }

    function sums() {
      var columns = [];
      var grand = 0;
      rows.forEach(function (cells) {
        var total = 0;
        var any = false;
        cells.forEach(function (input, c) {
          var value = parse(input.value);
          if (typeof value === 'number' && !isNaN(value)) {
            total += value;
            columns[c] = (columns[c] || 0) + value;
            any = true;
          }
        });
        var cell = cells.length ? cells[0].closest('tr').querySelector('.row-total') : null;
        if (cell) { cell.textContent = any ? format.format(total) : ''; }
        grand += total;
      });
      grid.querySelectorAll('tfoot .col-total').forEach(function (cell, c) {
        cell.textContent = columns[c] !== undefined ? format.format(columns[c]) : '';
      });
      var grandCell = grid.querySelector('tfoot .grand-total');
      if (grandCell) { grandCell.textContent = format.format(grand); }
    }

    // The source and note of the focused cell, kept in the cell's hidden inputs.
    var current = null;
    var panelCell = document.getElementById('details-cell');
    var provenance = document.getElementById('details-provenance');
    var note = document.getElementById('details-note');
    var back = document.getElementById('details-back');

    function hidden(prefix, input) { return document.getElementById(prefix + input.id); }

    function markNote(input) {
      var n = hidden('n-', input);
      var p = hidden('p-', input);
      input.classList.toggle('has-note', !!((n && n.value) || (p && p.value)));
    }

    function select(input) {
      current = input;
      panelCell.textContent = input.getAttribute('aria-label');
      provenance.disabled = false;
      note.disabled = false;
      back.disabled = false;
      provenance.value = hidden('p-', input).value;
      note.value = hidden('n-', input).value;
    }

    provenance.addEventListener('change', function () {
      if (current) { hidden('p-', current).value = provenance.value; markNote(current); }
    });
    note.addEventListener('input', function () {
      if (current) { hidden('n-', current).value = note.value; markNote(current); }
    });
    [provenance, note].forEach(function (element) {
      element.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && current) { event.preventDefault(); focusCell(current); }
      });
    });
    back.addEventListener('click', function () { focusCell(current); });

    grid.addEventListener('focusin', function (event) {
      if (event.target.classList.contains('grid-cell')) { select(event.target); }
    });

    grid.addEventListener('keydown', function (event) {
      var input = event.target;
      if (!input.classList || !input.classList.contains('grid-cell')) { return; }
      var at = position(input);
      if (!at) { return; }
      var target = null;
      var start = input.selectionStart;
      var end = input.selectionEnd;
      var atStart = start === 0 && end === 0;
      var atEnd = start === input.value.length && end === input.value.length;
      var whole = start === 0 && end === input.value.length;
      switch (event.key) {
        case 'ArrowUp':
          target = at.r > 0 ? at.rows[at.r - 1][at.c] : null;
          break;
        case 'ArrowDown':
        case 'Enter':
          target = at.r < at.rows.length - 1 ? at.rows[at.r + 1][at.c] : null;
          if (event.key === 'Enter') { event.preventDefault(); }
          break;
        case 'ArrowLeft':
          if (atStart || whole) { target = at.c > 0 ? at.rows[at.r][at.c - 1] : null; }
          break;
        case 'ArrowRight':
          if (atEnd || whole) { target = at.c < at.rows[at.r].length - 1 ? at.rows[at.r][at.c + 1] : null; }
          break;
        case 'F2':
          event.preventDefault();
          provenance.focus();
          return;
        default:
          return;
      }
      if (target) { event.preventDefault(); focusCell(target); }
    });

    // A block copied from a spreadsheet: tab-separated columns, one line per row.
    grid.addEventListener('paste', function (event) {
      var input = event.target;
      if (!input.classList || !input.classList.contains('grid-cell')) { return; }
      var text = (event.clipboardData || window.clipboardData).getData('text/plain');
      if (!text || (text.indexOf('\t') < 0 && text.indexOf('\n') < 0)) { return; }
      event.preventDefault();
      var lines = text.replace(/\r/g, '').replace(/\n$/, '').split('\n');
      var at = position(input);
      lines.forEach(function (line, i) {
        var row = at.rows[at.r + i];
        if (!row) { return; }
        line.split('\t').forEach(function (value, j) {
          var cell = row[at.c + j];
          if (cell) { cell.value = value.trim(); }
        });
      });
      sums();
      form.dispatchEvent(new Event('input', { bubbles: true }));
    });

    form.addEventListener('input', function (event) {
      if (event.target.classList && event.target.classList.contains('grid-cell')) { sums(); }
    });

    // Enter in a field outside the grid saves and computes (never adds a plant row).
    form.addEventListener('keydown', function (event) {
      var target = event.target;
      if (event.key === 'Enter' && target.tagName === 'INPUT' && !target.classList.contains('grid-cell')) {
        event.preventDefault();
        document.getElementById('save-compute').click();
      }
    });

    // With script, a plant row is added in place instead of sending the form.
    var addPlant = document.getElementById('add-plant');
    if (addPlant) {
      addPlant.addEventListener('click', function (event) {
        var body = document.querySelector('#plants tbody');
        var last = body.querySelector('tr.plant-row:last-child');
        if (!last) { return; }
        event.preventDefault();
        var index = body.querySelectorAll('tr.plant-row').length;
        var copy = last.cloneNode(true);
        copy.querySelectorAll('input, select').forEach(function (field) {
          field.name = field.name.replace(/plant\[\d+\]/, 'plant[' + index + ']');
          field.id = field.id.replace(/plant-\d+-/, 'plant-' + index + '-');
          var label = field.getAttribute('aria-label');
          if (label) { field.setAttribute('aria-label', label.replace(/\d+/, String(index + 1))); }
          field.classList.remove('is-invalid');
          if (field.tagName === 'INPUT') { field.value = ''; } else { field.selectedIndex = 0; }
        });
        copy.querySelectorAll('.invalid-feedback').forEach(function (error) { error.remove(); });
        body.appendChild(copy);
        copy.querySelector('select').focus();
      });
    }

    rows.forEach(function (cells) { cells.forEach(markNote); });
    sums();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
