// "Add the selected words as a claim": select words in the article text and the add-claim form is
// filled in (words and, when they occur more than once, which occurrence). Progressive enhancement:
// without this script the button stays hidden and the words can be pasted into the form.
document.addEventListener("DOMContentLoaded", () => {
  const text = document.querySelector(".article-text");
  const button = document.querySelector(".use-selection");
  const form = document.getElementById("add-claim");
  if (!text || !button || !form) return;

  const selectedRange = () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return text.contains(range.commonAncestorContainer) && range.toString().trim() ? range : null;
  };

  document.addEventListener("selectionchange", () => {
    button.hidden = selectedRange() === null;
  });

  // Keep the selection when the button is pressed (a mousedown would otherwise clear it first).
  button.addEventListener("mousedown", (event) => event.preventDefault());
  button.addEventListener("click", () => {
    const range = selectedRange();
    if (!range) return;
    const words = range.toString().trim();
    const before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const occurrences = occurrencesOf(text.textContent, words);
    const at = before.toString().length;
    const nearest = occurrences.reduce((best, start, i) => (Math.abs(start - at) < Math.abs(occurrences[best] - at) ? i : best), 0);
    form.querySelector("#add-text").value = words;
    form.querySelector("#add-occurrence").value = occurrences.length > 1 ? String(nearest + 1) : "";
    button.hidden = true;
    form.scrollIntoView({ block: "start" });
    form.querySelector("#add-speaker").focus({ preventScroll: true });
  });
});

/** Where `words` start in `haystack`, whitespace-insensitive and on word edges (as the server matches them). */
function occurrencesOf(haystack, words) {
  const body = words
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, "gu");
  return [...haystack.matchAll(pattern)].map((m) => m.index);
}
