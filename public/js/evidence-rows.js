// "Add another source" on the review form. Progressive enhancement: without this script the
// form always offers one blank row, and a new blank row appears after each save.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll(".add-source")) {
    const rows = button.closest("fieldset").querySelector(".evidence-rows");
    button.hidden = false;
    button.addEventListener("click", () => addRow(rows));
  }
});

function addRow(rows) {
  const index = rows.children.length;
  const row = rows.lastElementChild.cloneNode(true);
  row.dataset.row = String(index);
  for (const el of row.querySelectorAll("[name], [id], [for], [aria-describedby]")) {
    for (const attr of ["name", "id", "for", "aria-describedby"]) {
      const value = el.getAttribute(attr);
      if (value) el.setAttribute(attr, value.replace(/evidence(\[|-)\d+/, `evidence$1${index}`));
    }
    el.removeAttribute("aria-invalid");
    el.removeAttribute("aria-describedby");
  }
  for (const field of row.querySelectorAll("input, textarea")) field.value = "";
  for (const select of row.querySelectorAll("select")) select.selectedIndex = 0;
  for (const error of row.querySelectorAll(".field-error")) error.remove();
  const title = row.querySelector(".row-title");
  if (title) title.textContent = title.textContent.replace(/\d+/, String(index + 1));
  rows.append(row);
  row.querySelector("input").focus();
}
