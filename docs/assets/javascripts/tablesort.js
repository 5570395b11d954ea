/* Sortable tables: a small button after each header cell's content sorts the
 * column (numbers as numbers), toggling ascending and descending. The button
 * sits beside the header text, never around it, so header links stay usable.
 * Served from the site itself. */
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.trim() : "";
  }

  function compare(a, b) {
    var x = parseFloat(a.replace(/[,\s%€$£]/g, "")), y = parseFloat(b.replace(/[,\s%€$£]/g, ""));
    var numeric = /^[-+]?[\d.,\s%€$£]+$/;
    if (numeric.test(a) && numeric.test(b) && !isNaN(x) && !isNaN(y)) return x - y;
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  }

  function sortBy(table, index, th) {
    var body = table.tBodies[0];
    if (!body) return;
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) {
      other.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var order = compare(cellValue(r1, index), cellValue(r2, index));
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function enable(table) {
    if (table.dataset.sortable || !table.tHead || !table.tHead.rows.length) return;
    table.dataset.sortable = "true";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = document.createElement("button");
      var label = "Sort by " + (th.textContent.trim() || "column " + (index + 1));
      button.type = "button";
      button.className = "sort-button";
      button.title = label;
      button.setAttribute("aria-label", label);
      button.textContent = "⇅";
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, index, th); });
    });
  }

  function init() {
    document.querySelectorAll("article table").forEach(enable);
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(init); // Material's instant navigation swaps pages without reloading
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
