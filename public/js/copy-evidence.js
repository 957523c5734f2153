// Copying an earlier check's evidence saves the claim and reloads its page, which would drop what
// the reviewer typed in the review form and has not saved: ask first when that form was changed.

/** The option a select shows before anyone touches it: the one marked selected, else the first. */
const defaultIndex = (select) =>
  Math.max(
    0,
    [...select.options].findIndex((option) => option.defaultSelected),
  );

const changed = (field) =>
  field instanceof HTMLSelectElement
    ? field.selectedIndex !== defaultIndex(field)
    : (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && field.type !== "hidden" && field.value !== field.defaultValue;

document.addEventListener("submit", (event) => {
  const form = event.target instanceof HTMLFormElement && event.target.matches(".copy-evidence-form") ? event.target : null;
  const review = document.querySelector("form.review-form");
  if (!form || !review) return;
  if ([...review.elements].some(changed) && !window.confirm(form.dataset.unsaved)) event.preventDefault();
});
