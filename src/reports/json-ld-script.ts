/**
 * JSON for a `<script type="application/ld+json">` block. The block is data, not script, but the
 * HTML parser still ends it at `</script>` and comments at `<!--`: so `<`, `>` and `&` are written as
 * JSON escapes (the same data to a JSON-LD reader), and so are U+2028/U+2029. The result holds no
 * character that HTML treats specially and can be put in the page as is.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
