/** Bidi embedding, override and isolate controls: invisible, and able to reorder what follows. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Makes invisible direction-control characters visible (U+202E shows as "[U+202E]") in text people
 * typed, so a name or note cannot hide or reverse what it says. Used with `<%= %>`, which escapes HTML.
 */
export function revealControls(text: string | null | undefined): string {
  return (text ?? "").replace(BIDI_CONTROLS, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]`);
}

/**
 * A URL for an href: bidi controls percent-encoded (the address a browser would request anyway),
 * so no raw control character is left anywhere in the page. Everything else is kept as stored.
 */
export function safeHref(url: string | null | undefined): string {
  return (url ?? "").replace(BIDI_CONTROLS, (c) => encodeURIComponent(c));
}
