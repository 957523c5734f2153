// Error summaries: the summary itself takes focus on load through its autofocus attribute (no script
// needed). This script only makes a summary's links move focus to their field, not just scroll to it,
// so the person can type at once.
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest(".error-summary a[href^='#']") : null;
  const field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: "center" });
  field.focus({ preventScroll: true });
});
