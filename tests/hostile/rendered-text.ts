/** Markup from the hostile payloads that would run or render if a page showed it unescaped. */
const LIVE_MARKUP = ["<script>alert(", "<img src=x onerror="];

/** The hostile markup found raw in `html` (none when everything was escaped). */
export function unescapedMarkup(html: string): string[] {
  return LIVE_MARKUP.filter((m) => html.includes(m));
}

/**
 * Whether `text` appears in `html` outside form fields. A form shows what was typed back in its
 * fields as typed (attribute values and textarea contents, escaped), so saving again keeps it;
 * everywhere else a bidi control must be shown as a visible "[U+202E]".
 */
export function shownOutsideFormFields(html: string, text: string): boolean {
  const outside = html.replace(/\svalue="[^"]*"/g, "").replace(/(<textarea\b[^>]*>)[\s\S]*?(<\/textarea>)/g, "$1$2");
  return outside.includes(text);
}
